import { describe, expect, test } from 'vitest';
import { publicAdLines } from './public-ad.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// A portal sets a 公益广告 banner between a story's paragraphs; saved as text, its slogan, label and
// sign-off stay among them. They are the site's, not the story's.

const HEAD = ['某某县人民政府门户网站', '某某县召开春季森林防火工作推进会', '发布时间：2023-05-08'];
const MORE = '会议还对清明节期间祭扫用火管理作出安排，要求各地设立劝导点，引导群众文明祭扫。';

describe('正文段落之间的公益广告', () => {
	test('标签下的标语不进正文', () => {
		const [a] = itemsOf([...HEAD, LEAD[0]!, '公益广告', '文明交通　安全出行', LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([...LEAD, MORE]);
	});

	test('方括号标签开头的标语不进正文', () => {
		const [a] = itemsOf([...HEAD, LEAD[0]!, '【公益宣传】爱护环境　人人有责', LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([...LEAD, MORE]);
	});

	test('没有标签、与正文无关的对仗标语和它的落款不进正文', () => {
		const [a] = itemsOf([
			...HEAD,
			LEAD[0]!,
			'诚信兴商　和谐共赢',
			'—— 某某县文明委宣',
			LEAD[1]!,
			MORE,
		]);
		expect(a!.paragraphs).toEqual([...LEAD, MORE]);
	});

	test.each([['讲文明　树新风　公益广告'], ['爱护环境　人人有责（公益广告）']])(
		'标签排在标语后面的同一行“%s”不进正文',
		(banner) => {
			const [a] = itemsOf([...HEAD, LEAD[0]!, banner, LEAD[1]!, MORE]);
			expect(a!.paragraphs).toEqual([...LEAD, MORE]);
		},
	);

	test.each([
		['【公益】文明出行　礼让行人'],
		['反诈提醒：守好钱袋　谨防受骗'],
		['公益广告：光盘行动　从我做起'],
	])('简称标签或冒号标签开头的标语“%s”不进正文', (banner) => {
		const [a] = itemsOf([...HEAD, LEAD[0]!, banner, LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([...LEAD, MORE]);
	});

	test.each([['☆ 保护绿水青山　人人有责 ☆'], ['◆垃圾分类新时尚　你我共参与◆']])(
		'两头加装饰符号的长短句标语“%s”不进正文',
		(banner) => {
			const [a] = itemsOf([...HEAD, LEAD[0]!, banner, LEAD[1]!, MORE]);
			expect(a!.paragraphs).toEqual([...LEAD, MORE]);
		},
	);

	test('标语下面一行不分段的小标题仍是正文', () => {
		const heading = '各乡镇同步开展林区巡查';
		const [a] = itemsOf([...HEAD, LEAD[0]!, '【公益】文明出行　礼让行人', heading, LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([LEAD[0], heading, LEAD[1], MORE]);
	});

	test('嵌着本地地名的文明标语（文明某某县　人人共建）不进正文', () => {
		const [a] = itemsOf([...HEAD, LEAD[0]!, '文明某某县　人人共建', LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([...LEAD, MORE]);
	});

	test('六字一组的环保标语（保护湿地生态　共建美丽家园）不进正文', () => {
		const [a] = itemsOf([...HEAD, LEAD[0]!, '保护湿地生态　共建美丽家园', LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([...LEAD, MORE]);
	});

	test('末段后面的标语不算页脚：下面的作者说明照留', () => {
		const note = '（作者为某某县林业局局长，本报记者王某某采访整理）';
		const [a] = itemsOf([...HEAD, ...LEAD, MORE, '节约用水　人人有责', note]);
		expect(a!.paragraphs).toEqual([...LEAD, MORE, note]);
	});

	test('与正文有关的对仗小标题留在正文里', () => {
		const heading = '压实责任　严防火情';
		const [a] = itemsOf([...HEAD, LEAD[0]!, heading, LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([LEAD[0], heading.replace('　', ' '), LEAD[1], MORE]);
	});
});

describe('标语形状却不是公益广告的行', () => {
	const adsIn = (texts: string[]) =>
		[
			...publicAdLines(
				texts.map((text, line) => ({ text, line })),
				furniture.publicAds,
			),
		].map((i) => texts[i]);

	test('段落下两位记者的三字署名不当标语', () => {
		expect(adsIn([LEAD[0]!, '王立新　赵明远', LEAD[1]!])).toEqual([]);
	});

	test('段落下的记者署名、摄影署名不当标语', () => {
		expect(adsIn([LEAD[0]!, '本报记者　欧阳明月', LEAD[1]!])).toEqual([]);
		expect(adsIn([LEAD[0]!, '本报记者　王立新摄', LEAD[1]!])).toEqual([]);
	});

	test('成组的四字对仗小标题，即使与正文不共字，也不当标语', () => {
		const page = [LEAD[0]!, '春风化雨　润物无声', LEAD[1]!, '久久为功　行稳致远', MORE];
		expect(adsIn(page)).toEqual([]);
	});

	test('单独一条三字对仗而旁边没有标签、落款的，不当标语', () => {
		expect(adsIn([LEAD[0]!, '促和谐　保平安', LEAD[1]!])).toEqual([]);
	});

	test('单独一条与正文不共字、却不讲公益主题的四字对仗（报纸上的短标题）不当标语', () => {
		expect(adsIn([LEAD[0]!, '春耕备耕　抢抓农时', LEAD[1]!])).toEqual([]);
	});

	test('讲本地创建文明城市的正文中，带地名的对仗小标题不当标语', () => {
		const text = '今年，某某县把创建全国文明城市作为头号工程，发动全县干部群众人人参与、共建共享。';
		expect(adsIn([text, '创建文明某某县　共建共享', LEAD[1]!])).toEqual([]);
	});

	test('冒号后是一句话的“温馨提示”不当标语', () => {
		expect(adsIn([LEAD[0]!, '安全提示：请市民雨天减少外出', LEAD[1]!])).toEqual([]);
	});

	test('两头加星号的小标题只有一段文字、不是并列短语的，不当标语', () => {
		expect(adsIn([LEAD[0]!, '★本期关注★', LEAD[1]!])).toEqual([]);
	});

	test('对仗标题下破折号起头的副题不是公益广告的落款', () => {
		const page = [LEAD[0]!, '守正创新　行稳致远', '——各地多措并举推动文化事业繁荣发展', LEAD[1]!];
		expect(adsIn(page)).toEqual([]);
	});
});
