import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

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

	test('与正文有关的对仗小标题留在正文里', () => {
		const heading = '压实责任　严防火情';
		const [a] = itemsOf([...HEAD, LEAD[0]!, heading, LEAD[1]!, MORE]);
		expect(a!.paragraphs).toEqual([LEAD[0], heading.replace('　', ' '), LEAD[1], MORE]);
	});
});
