import { describe, expect, test } from 'vitest';
import { briefingHeadLines } from './briefing-head.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// A portal reporting a 新闻发布会 (or 通气会, 吹风会) sets the meeting's card between the headline
// block and the text: what it was (its number, hall, day and hour) and who hosted and spoke, each a
// role keyed by a colon or spaces. The card is the page's, not the story's text.

const HEAD = [
	'某某县人民政府门户网站',
	'我县通报春季农业生产情况',
	'发布时间：2024-03-12　来源：某某县融媒体中心',
];

const headsIn = (texts: string[]) =>
	[
		...briefingHeadLines(
			texts.map((text, line) => ({ text, line })),
			furniture.briefingHeads,
		),
	].map((i) => texts[i]);

describe('新闻发布会的信息卡', () => {
	test('“举行第几场发布会”一句和它下面的主持、发布人不进正文，标题仍是页面的标题', () => {
		const card = [
			'2024年3月12日下午，某某县政府新闻办举行第8场新闻发布会。',
			'主持：某某县委宣传部副部长 王某某',
			'发布：某某县农业农村局局长 李某某，某某县气象局局长 赵某某',
		];
		const [a, ...rest] = itemsOf([...HEAD, ...card, ...LEAD]);
		expect(rest).toEqual([]);
		expect(a!.title).toBe('我县通报春季农业生产情况');
		expect(a!.paragraphs).toEqual(LEAD);
	});

	test('标题行下按“时间　地点　主持人　出席嘉宾”排的卡片，键名字间有空格也认得', () => {
		const card = [
			'某某县政策吹风会（第3期）',
			'时　　间　2024年3月12日上午',
			'地　　点　某某县行政中心二楼会议室',
			'主　持　人　某某县政府新闻发言人 王某某',
			'解读嘉宾　某某县财政局副局长 李某某',
		];
		expect(headsIn([...HEAD, ...card, ...LEAD])).toEqual(card);
	});

	test('时间、地点、主持人、发布人挤在一两行里的卡片也认得', () => {
		const card = [
			'时间：2024年3月12日上午　地点：县政府新闻发布厅',
			'主持人：某某县政府新闻发言人 王某某　发布人：某某县财政局副局长 李某某',
		];
		expect(headsIn([...HEAD, ...card, ...LEAD])).toEqual(card);
	});
});

describe('像信息卡却是正文的行', () => {
	test('页面自己的发布人、发布单位、发布时间一行不是卡片，标题里有“发布会”也不是', () => {
		const meta = '发布人：王某某  发布单位：某某县融媒体中心  发布时间：2024-03-12 10:00';
		expect(headsIn(['某某县人民政府门户网站', '我县召开新闻发布会', meta, ...LEAD])).toEqual([]);
		expect(
			headsIn([
				'某某县人民政府门户网站',
				'我县召开新闻发布会',
				'发布人：王某某',
				'发布时间：2024-03-12',
				...LEAD,
			]),
		).toEqual([]);
	});

	test('会议通知正文里的时间、地点不是发布会的卡片', () => {
		const notice = [
			'时间：2024年3月15日上午9时',
			'地点：县政府三楼会议室',
			'参会人员：各乡镇分管负责同志',
		];
		expect(headsIn([...HEAD, LEAD[0]!, ...notice, LEAD[1]!])).toEqual([]);
	});

	test('正文段落中间、讲发布会的句子和发言人的话不当卡片', () => {
		const lines = [
			...HEAD,
			...LEAD,
			'3月12日，某某县举行新闻发布会，通报一季度经济运行情况。',
			'主持人：请问今年春耕的化肥供应有保障吗？',
			'发布人：今年全县化肥储备充足，能够满足春耕需要。',
		];
		expect(headsIn(lines)).toEqual([]);
	});
});
