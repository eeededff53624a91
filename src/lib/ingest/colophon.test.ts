import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { colophonLines } from './colophon.ts';
import { extractArticles } from './extract-articles.ts';

// A newspaper's 报尾 (colophon) closes its page: who runs and publishes the paper, its address and
// post code, its editors-in-chief, its hotlines, its price, its printer. An e-paper saved as text
// keeps it under the last story; it is the paper's, never a story's text.

const furniture = readPageFurniture();
const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'epaper/node_3.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture },
	).articles;
const at = (lines: string[]) =>
	colophonLines(
		lines.map((text, line) => ({ text, line })),
		furniture.colophon,
	);

const STORY = [
	'某某县新建改建农村公路120公里',
	'今年以来，某某县加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
	'县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点。',
];

const CLINIC = [
	'家门口的卫生室有了坐诊医生',
	'走进某某镇中心村卫生室，诊室、药房、观察室一应俱全，来自镇卫生院的医生每周在这里坐诊三天。',
	'镇卫生院与各村卫生室签订帮扶协议，药品统一配送，化验单当天出结果，村民看病不用再往城里跑。',
];

test('版面末尾的报尾（出版、社址、邮编、定价、印刷各行）不进正文', () => {
	const colophon = [
		'某某晚报社出版　社址：某某市建设路88号　邮政编码：100000',
		'总编室电话：1234567　定价：每份1.50元',
		'某某日报印务中心印刷',
	];
	const items = itemsOf([
		'某某晚报电子版 · 2024年5月3日 星期五·07:30',
		'05版  栏目：要闻',
		'',
		...CLINIC,
		'',
		...STORY,
		'',
		...colophon,
	]);
	const text = items.flatMap((a) => a.paragraphs);
	expect(text.slice(-2)).toEqual(STORY.slice(1));
	for (const line of colophon) expect(text.join('\n')).not.toContain(line.slice(0, 8));
});

test('报尾的行：两个以上报社的键，或印务单位印刷；与它相连的键值行一起', () => {
	expect([
		...at([
			STORY[1]!,
			'主管：中共某某市委　主办：某某日报社',
			'社长：张某　总编辑：李某',
			'新闻热线：1234567　投诉电话：7654321',
		]),
	]).toEqual([1, 2, 3]);
	expect([...at([STORY[1]!, '某某日报印务中心印刷'])]).toEqual([1]);
	// A notice's own contacts are no colophon: an address and a phone name no paper.
	expect([...at(['咨询地址：县政务服务中心二楼　咨询电话：1234567', STORY[2]!])]).toEqual([]);
	expect([...at(['该报社址位于市中心，定价每份一元，由本地印刷厂印刷。'])]).toEqual([]);
	// A writer's title under an article names two posts, set off as no fields.
	expect([...at([STORY[1]!, '某某日报社社长兼总编辑  张  某'])]).toEqual([]);
});

test('报纸自己的征订启事：邮发代号那行和它上面写着征订、订阅的标题行是报尾', () => {
	const notice = [
		'欢迎订阅2025年《某某周报》',
		'每份全年120元　邮发代号11-22',
		'订阅电话：1234567',
	];
	const lines = [...STORY, ...notice];
	expect([...at(lines)].map((i) => lines[i])).toEqual(notice);
});

test('杂志封面一行印着邮发代号和出刊的期号、日期，是刊头，不是报尾', () => {
	const cover = '包含二维码、邮发代号12-3、网址www.example.com、2024年第2期(总第790期) 1月16日出版';
	expect([...at([...STORY, cover])]).toEqual([]);
});

test('正文里说到订阅、邮发的句子不是报尾', () => {
	const lines = [...STORY, '今年，全县党员干部订阅党报党刊1.2万份，邮发代号由邮政部门统一编排。'];
	expect([...at(lines)]).toEqual([]);
});
