import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';

// An e-paper page keeps the paper's 分类广告 corner between its stories: notices of companies and
// people, each its kind over a fixed formula, signed and dated. They are advertising, not stories.

const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'epaper/node_7.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture: readPageFurniture() },
	).articles;

const HEAD = ['某某日报数字报', '2023年6月12日', '第A06版：综合'];
const ROADS = [
	'某某县新建改建农村公路120公里',
	'今年以来，某某县加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
	'县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点，沿线村民卖果卖茶更方便了。',
];
const NOTICES = [
	'公告·声明',
	'清算公告',
	'某某县兴农果蔬有限公司股东决定解散本公司，已成立清算组，请债权人自本公告见报之日起45日内向清算组申报债权。',
	'特此公告。',
	'某某县兴农果蔬有限公司清算组',
	'2023年6月10日',
	'遗失声明：某某县福源副食店不慎遗失营业执照正本一份，声明作废。',
];

test('版面上的分类广告（公告、遗失声明）不成一篇，也不并进报道', () => {
	for (const page of [
		[...HEAD, ...NOTICES, '', ...ROADS],
		[...HEAD, ...ROADS, '', ...NOTICES],
	]) {
		const items = itemsOf(page);
		expect(items.map((a) => a.title)).toEqual([ROADS[0]]);
		expect(items[0]!.paragraphs).toEqual(ROADS.slice(1));
	}
});

test('机关自己的公告是报道，不是分类广告', () => {
	const notice = [
		'某某县人民政府关于禁止野外用火的公告',
		'为切实做好森林草原防灭火工作，保护人民群众生命财产安全，根据有关法律法规，县政府决定在全县范围内禁止野外用火。',
		'凡违反本公告规定的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。',
		'特此公告。',
	];
	const items = itemsOf([...HEAD, ...notice]);
	expect(items.map((a) => a.title)).toEqual([notice[0]]);
	expect(items[0]!.paragraphs).toEqual(notice.slice(1));
});

test('“公告栏”之类栏名下的遗失声明，和不带声明标题、只署日期的遗失声明，都不成一篇', () => {
	for (const corner of [
		['公告栏', '某某县福源副食店不慎遗失营业执照正本一份，声明作废。', '2023年6月10日'],
		['某某县城关镇卫生院不慎遗失医疗机构执业许可证副本，声明作废。', '2023.06.10'],
	]) {
		for (const page of [
			[...HEAD, ...corner, '', ...ROADS],
			[...HEAD, ...ROADS, '', ...corner],
		]) {
			const items = itemsOf(page);
			expect(
				items.map((a) => a.title),
				corner[0],
			).toEqual([ROADS[0]]);
			expect(items[0]!.paragraphs).toEqual(ROADS.slice(1));
		}
	}
});

test('机关注销公告的正文末句和落款日期照留', () => {
	const notice = [
		'某某县市场监督管理局关于注销部分个体工商户的公告',
		'根据《市场主体登记管理条例》有关规定，对长期停业未经营的个体工商户，我局已依法予以注销登记。',
		'特此公告。',
		'2023年6月10日',
	];
	const items = itemsOf([...HEAD, ...notice]);
	expect(items.map((a) => a.title)).toEqual([notice[0]]);
	expect(items[0]!.paragraphs.join('\n')).toContain('特此公告');
});
