import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { readEpaperHeader } from './epaper-header.ts';

// Page headers of saved e-paper pages, written from how national papers label their pages: the
// paper's name, the date in any of its printings, the weekday, the page's number and its
// name, in any order, set off by spaces, bars, dots or brackets.

describe('readEpaperHeader', () => {
	test.each([
		['光明日报 2021年03月09日 星期二', '2021-03-09', '光明日报'],
		['经济日报 2021-03-09 第三版 综合', '2021-03-09', '经济日报'],
		['综合 丨 第03版 丨 2021.03.09', '2021-03-09', undefined],
		['第03版：综合 2021年3月9日 星期二', '2021-03-09', undefined],
		['《光明日报》（2021年03月09日 03版）', '2021-03-09', '光明日报'],
		['光明日报（2021年3月9日，第3版）', '2021-03-09', '光明日报'],
		['经济日报 第03版 2021/03/09', '2021-03-09', '经济日报'],
		['03 综合 光明日报 2021年3月9日', '2021-03-09', '光明日报'],
		['光明网-光明日报 2021年03月09日 第十二版', '2021-03-09', '光明日报'],
		['中国青年报电子版 · 2021年3月9日 · 第五版 · 要闻', '2021-03-09', '中国青年报'],
		// The paper's name makes a page's name or bare number a header's without the other piece.
		['光明日报 2021年3月9日 综合', '2021-03-09', '光明日报'],
		['光明日报　综合　03', undefined, '光明日报'],
		['光明日报　副刊　03', undefined, '光明日报'],
		['综合 03 经济日报', undefined, '经济日报'],
		// A menu's arrow or a list's bullet sets pieces apart as a bar does.
		['往期回顾 ▾ 2021．03．09 光明日报', '2021-03-09', '光明日报'],
		['经济日报 ▸ 第03版 ▸ 要闻 ▸ 2021- 03-09', '2021-03-09', '经济日报'],
		['■ 光明日报 ◆ 2021年3月9日 ◆ 第5版', '2021-03-09', '光明日报'],
		// A name the outlet list does not know heads a line that prints the page and the date: the
		// paper's, as a masthead's name stands first.
		['云岭县民生一周 第03版：综合  2021·6·8', '2021-06-08', '云岭县民生一周'],
		// A page's name with its sheet's letter (`要闻·B`); a paper's edition after a dot.
		['光明日报·周末版 第07版：要闻·B  2021. 6. 8', '2021-06-08', '光明日报'],
		['某某市日报社·青山县专刊 第11版：评论·观点  2021·6·8', '2021-06-08', '某某市日报社'],
		// After the page's number a page's name that ends like an outlet's (`县区新闻`) names the page.
		['某某市日报社·青山县专刊 第07版：县区新闻·A  2021. 6. 8', '2021-06-08', '某某市日报社'],
		['云岭县民生一周 第03版：乡镇新闻·A  2021. 6. 8', '2021-06-08', '云岭县民生一周'],
		// An issue's date with its 期 and its running count of issues.
		['青山县新闻周报 2021. 6. 8期 总第10203040期', '2021-06-08', '青山县新闻周报'],
		// A digital edition's word alone marks the line as a paper's.
		['数字报刊平台 · 云岭县民生一周 · 2021. 6. 8', '2021-06-08', '云岭县民生一周'],
	])('「%s」是版头', (line, date, paper) => {
		const header = readEpaperHeader(line);
		expect(header).toBeDefined();
		expect(header?.date).toBe(date);
		expect(header?.paper).toBe(paper);
	});

	test.each([
		'2021年3月9日，全省春耕生产全面展开',
		'3月9日 晴',
		'第三版块：城市更新',
		'经济日报评论员',
		'光明日报记者 王明 2021年3月9日摄',
		'2021年3月9日 星期二',
		'一版再版仍然畅销',
		'要闻 综合 国际 体育',
		'（相关报道见第九版）',
		'（下转第五版）',
		'2021年3月9日 全省 综合',
		'综合 03',
		// No date, page or page's number: a paper's name beside a page's name is no header.
		'光明日报 综合',
		'光明日报电子版 · 要闻',
		// A name and a date without a page: a caption's or a diary's line.
		'云岭县民生一周年庆典 2021·6·8',
		'青山县农民丰收节开幕 2021年6月8日',
	])('「%s」不是版头', (line) => {
		expect(readEpaperHeader(line)).toBeUndefined();
	});
});

test('版头（报名、日期、版次、版名排成一行）不进正文，也不成为标题', () => {
	const text = [
		'综合 丨 第03版 丨 2021.03.09',
		'',
		'市区新增公交线路五条',
		'本报讯 （记者王芳）市交通运输局日前发布消息，市区新开通公交线路五条，覆盖新建居住小区和产业园区。',
		'新线路开通后，沿线居民步行十分钟内即可到达公交站点，早晚高峰发车间隔不超过八分钟。',
		'',
		'《光明日报》（2021年03月09日 03版）',
	].join('\n');
	const items = extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture: readPageFurniture() },
	).articles;
	expect(items.map((a) => a.title)).toEqual(['市区新增公交线路五条']);
	expect(items[0]!.paragraphs.join('')).not.toMatch(/第03版|03版|光明日报/);
	expect(items[0]!.date).toBe('2021-03-09');
});

test('版头前挂着“往期回顾”等按钮时，仍从中读出报名和日期', () => {
	const text = [
		'往期回顾 ▾ 2021- 03-09 光明日报',
		'上一版 | 下一版 | 版面目录',
		'',
		'市区新增公交线路五条',
		'本报讯 （记者王芳）市交通运输局日前发布消息，市区新开通公交线路五条，覆盖新建居住小区和产业园区。',
		'新线路开通后，沿线居民步行十分钟内即可到达公交站点，早晚高峰发车间隔不超过八分钟。',
	].join('\n');
	const items = extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture: readPageFurniture() },
	).articles;
	expect(items.map((a) => [a.title, a.date, a.source])).toEqual([
		['市区新增公交线路五条', '2021-03-09', '光明日报'],
	]);
	expect(items[0]!.paragraphs.join('')).not.toMatch(/往期回顾|光明日报/);
});

test.each([[['云岭县民生一周  2021. 3. 9  第12版']], [['云岭县民生一周', '2021·3·9　第03版']]])(
	'报名不以“报”结尾（%j），版头照样给出报名和日期',
	(head) => {
		const text = [
			...head,
			'',
			'多地春耕备耕有序展开',
			'本报讯 （记者王芳）眼下正值春耕备耕关键时期，各地抢抓农时，组织农机下田，保障农资供应。',
			'农业农村部门派出技术人员深入田间地头，指导农户科学施肥、合理灌溉，确保春播顺利进行。',
		].join('\n');
		const items = extractArticles(
			{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
			{ furniture: readPageFurniture() },
		).articles;
		expect(items.map((a) => [a.title, a.date, a.source])).toEqual([
			['多地春耕备耕有序展开', '2021-03-09', '云岭县民生一周'],
		]);
	},
);
