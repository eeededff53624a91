import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { trimWebHead } from './web-head.ts';
import { trimWebTail } from './web-tail.ts';
import type { SourceLine } from './types.ts';

const blocks = (...texts: string[]): SourceLine[] =>
	texts.map((text, i) => ({ text, line: i + 1 }));

const BODY = [
	'4月1日，某某县农业农村局组织农技人员深入田间地头，指导农户做好小麦春季田间管理。',
	'今年全县小麦种植面积稳定在30万亩，农技人员将分片包干，确保春管措施落实到每一块田。',
];

test('标题是正文所回答的那一行：页面标题、站名、导航词和日期栏都在它之前被去掉', () => {
	const lines = blocks(
		'某某县抓好小麦春季田间管理_某某县人民政府',
		'某某县人民政府主办',
		'网站首页  今日某某  政府信息公开  办事服务  互动交流',
		'今天是：2024-04-02',
		'某某县抓好小麦春季田间管理',
		...BODY,
	);
	expect(trimWebHead(lines).map((l) => l.text)).toEqual(['某某县抓好小麦春季田间管理', ...BODY]);
});

test('与正文相关的引题、副题同主题一起留下，标题与正文之间与正文无关的短行去掉', () => {
	const lines = blocks(
		'政务公开  办事服务  互动交流',
		'春管时节农技忙',
		'某某县抓好小麦春季田间管理',
		'——农技人员分片包干指导春管',
		'微博分享',
		'本报记者 王某某',
		...BODY,
	);
	expect(trimWebHead(lines).map((l) => l.text)).toEqual([
		'春管时节农技忙',
		'某某县抓好小麦春季田间管理',
		'——农技人员分片包干指导春管',
		'本报记者 王某某',
		...BODY,
	]);
});

test('开头就是正文、或只有一行标题的页面原样留下', () => {
	expect(trimWebHead(blocks(...BODY)).length).toBe(2);
	expect(trimWebHead(blocks('某某县抓好小麦春季田间管理', ...BODY)).length).toBe(3);
});

test('县政府网站页：导航词连成一行、站名在上，标题仍取新闻标题', () => {
	const text = [
		'某某县人民政府',
		'某某县人民政府主办',
		'首页  新闻中心  政务公开  政务服务  政民互动',
		'某某县抓好小麦春季田间管理',
		'发布时间：2024-04-02 09:30  来源：某某县农业农村局',
		...BODY,
	].join('\n');
	const { articles } = extractArticles(
		{ path: 'gov/page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture: readPageFurniture() },
	);
	expect(articles.map((a) => [a.title, a.kicker])).toEqual([
		['某某县抓好小麦春季田间管理', undefined],
	]);
});

test('正文之后一旦出现页面装饰，其后与正文无关的短行（电话、网址、版权）都是页脚', () => {
	const lines = blocks(
		'某某县抓好小麦春季田间管理',
		...BODY,
		'某某县农业农村局',
		'责任编辑：王某',
		'联系电话：0000-1234567',
		'地址：某某县人民路1号',
		'某某县人民政府 版权所有',
	);
	const kept = lines.filter((l) => !l.text.startsWith('责任编辑'));
	expect(trimWebTail(kept, lines).map((l) => l.text)).toEqual([
		'某某县抓好小麦春季田间管理',
		...BODY,
		'某某县农业农村局',
	]);
});

test('很长的标题（没有逗号句号，几个分句用空格隔开）也是标题', () => {
	const long =
		'某某县农业农村局组织农技人员深入田间地头 指导农户做好小麦春季田间管理 确保春管措施落实到每一块田 今年全县小麦种植面积稳定在30万亩 农技人员将分片包干指导春管';
	const [title] = trimWebHead(blocks('网站首页  政务公开  办事服务', long, ...BODY));
	expect(title).toEqual({ text: long, line: 2, heading: 1 });
});

test('正文之后的“标签：内容”短行（不论措辞）也开始页脚', () => {
	const lines = blocks(
		'某某县抓好小麦春季田间管理',
		...BODY,
		'值班主任：王某',
		'欢迎投稿 共享精彩',
		'某某县融媒体中心出品',
	);
	expect(trimWebTail(lines, lines).map((l) => l.text)).toEqual([
		'某某县抓好小麦春季田间管理',
		...BODY,
	]);
});

test('正文之后不成句的短行（不论措辞）不进正文；落款、记者署名和最后一句短句留下', () => {
	const lines = blocks(
		'某某县抓好小麦春季田间管理',
		...BODY,
		'县农业农村局局长到会讲话。',
		'（记者 王某）',
		'某某县农业农村局',
		'觉得不错就转给身边的朋友',
		'更多精彩内容敬请期待',
	);
	expect(trimWebTail(lines, lines).map((l) => l.text)).toEqual([
		'某某县抓好小麦春季田间管理',
		...BODY,
		'县农业农村局局长到会讲话。',
		'（记者 王某）',
		'某某县农业农村局',
	]);
});

test('书信的结尾（此致、敬礼、落款、日期）是正文的一部分，不是页脚', () => {
	const lines = blocks(
		'致全县广大农民朋友的一封信',
		...BODY,
		'此致',
		'敬礼！',
		'某某县农业农村局',
		'2024年4月1日',
		'扫码关注',
	);
	expect(trimWebTail(lines, lines).map((l) => l.text)).toEqual([
		'致全县广大农民朋友的一封信',
		...BODY,
		'此致',
		'敬礼！',
		'某某县农业农村局',
		'2024年4月1日',
	]);
});

test('正文一字不差重印的导语行是正文的一行，不是标题：它上面与正文相关的标题行才是', () => {
	const lead = '春管时节农技服务不能缺位';
	const lines = blocks(
		'发布日期：2024-04-02',
		'信息来源：某某县农业农村局',
		'小麦春管正当时（一线见闻）',
		'字号：大 中 小 | 打印 | 关闭',
		lead,
		...BODY,
		`${lead}。农技人员分片包干，小麦春管措施落实到每一块田，全县小麦长势良好。`,
	);
	const [item] = extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(lines.map((l) => l.text).join('\n')) },
		{ furniture: readPageFurniture() },
	).articles;
	expect(item?.title).toBe('小麦春管正当时（一线见闻）');
});

test('第一行就是标题时，它与正文之间的工具栏不把页面分成两条', () => {
	const headline =
		'某某县组织农技人员深入田间地头 指导农户抓好小麦春季田间管理 确保全县30万亩小麦春管措施落实到田';
	const lines = [
		'网站首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流',
		headline,
		'【打印本页】 【关闭窗口】',
		...BODY,
		'发布时间：2024-04-01　来源：某某县农业农村局',
	];
	const items = extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture: readPageFurniture() },
	).articles;
	expect(items.map((a) => a.title)).toEqual([headline]);
});
