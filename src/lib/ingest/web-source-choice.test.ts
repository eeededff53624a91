import { describe, expect, test } from 'vitest';
import { fitBoostedTrees } from '../nlp/boosted-trees.ts';
import { extractArticles } from './extract-articles.ts';
import { itemSourceRows, pickWebSource } from './web-source-choice.ts';
import { WEB_SOURCE_FEATURES } from './web-source-features.ts';
import { furniture } from './web-test-page.ts';

// A learned web source overrules the rules only where it doubts their pick: trees fitted here on
// two pages whose source is their 信息来源 field choose that field on a third page where the rules
// found no source.

const page = (head: string[], text: string[], tail: string[]) =>
	[...head, ...text, ...tail].map((t, i) => ({ text: t, line: i + 1 }));
const TEXTS = [
	[
		'5月8日，峄城区召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
		'会议要求，各镇街要加强巡山护林，严格野外用火管理。',
	],
	[
		'6月3日，滕州市举办夏季招聘会，120余家企业提供就业岗位3000余个。',
		'招聘会现场设置政策咨询台，为求职者解答社保、创业扶持等问题。',
	],
	[
		'7月12日，台儿庄区开展防汛应急演练，检验各部门协同处置能力。',
		'演练模拟强降雨引发内涝险情，各救援队伍迅速集结、有序处置。',
	],
];
const PAGES = [
	page(
		['峄城区人民政府 | 首页', '发布时间：2024-05-08  信息来源：峄城区应急管理局  作者：王小明'],
		TEXTS[0]!,
		['主办单位：峄城区人民政府办公室'],
	),
	page(
		['滕州市人民政府 | 首页', '发布时间：2024-06-03  信息来源：滕州市人力资源和社会保障局'],
		TEXTS[1]!,
		['责任编辑：刘洋', '版权所有 © 滕州市人民政府'],
	),
	page(
		['台儿庄区人民政府 | 首页', '发布时间：2024-07-12  信息来源：台儿庄区水务局  作者：陈刚'],
		TEXTS[2]!,
		['主办单位：台儿庄区人民政府办公室'],
	),
];
const TRUTH = ['峄城区应急管理局', '滕州市人力资源和社会保障局', '台儿庄区水务局'];
const rowsOf = (p: number, ruleSource: string) =>
	itemSourceRows(PAGES[p]!, [{ source: ruleSource, paragraphs: TEXTS[p]! }])[0]!;

describe('学到的网页来源', () => {
	test('规则没找到来源时，选信息来源字段的值', () => {
		const train = [0, 1].map((p) => rowsOf(p, TRUTH[p]!));
		const rows = train.flatMap((r) => r.rows);
		const labels = train.flatMap((r, p) => r.names.map((n) => (n === TRUTH[p] ? 1 : 0)));
		const trees = fitBoostedTrees(rows, labels, {
			trees: 20,
			depth: 2,
			rate: 0.3,
			lambda: 1,
			minChild: 0.01,
			bins: 8,
		});
		const missed = rowsOf(2, '');
		expect(missed.names[missed.rule]).toBe('');
		expect(missed.names[pickWebSource(missed, trees, 0, 0)]).toBe('台儿庄区水务局');
		// Where the model trusts the rules' pick (keepAbove below its score), it stays.
		const kept = rowsOf(2, '台儿庄区人民政府');
		expect(kept.names[pickWebSource(kept, trees, 0, -100)]).toBe('台儿庄区人民政府');
	});

	test('只有一个候选（“无”）时不打分', () => {
		const bare = page([], TEXTS[0]!, []);
		expect(itemSourceRows(bare, [{ source: '', paragraphs: TEXTS[0]! }])).toEqual([undefined]);
	});
});

describe('抽取时读来源模型', () => {
	test('网页的稿件：模型信主办单位的名字时，来源取它', () => {
		const sponsor = WEB_SOURCE_FEATURES.indexOf('keySponsor');
		const model = {
			features: [...WEB_SOURCE_FEATURES],
			boosted: { base: 0, trees: [[{ f: sponsor, t: 0.5, l: 1, r: 2 }, { v: -3 }, { v: 3 }]] },
			margin: 1,
			keepAbove: 0,
		};
		const lines = [
			'峄城区召开春季森林防火工作推进会',
			'发布时间：2024-05-08 09:30  信息来源：峄城区应急管理局',
			...TEXTS[0]!,
			'主办单位：峄城区人民政府办公室',
		];
		const read = (webSourceModel?: typeof model) =>
			extractArticles(
				{ path: 'site/content_8.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
				{ furniture: webSourceModel === undefined ? furniture : { ...furniture, webSourceModel } },
			).articles;
		expect(read()[0]!.source).toBe('峄城区应急管理局');
		const [item] = read(model);
		expect(item!.source).toBe('峄城区人民政府办公室');
		expect(item!.sourceFrom).toBe('text');
	});

	test('模型认为正文没有来源时，不抹去批次给的来源（--source）', () => {
		const none = WEB_SOURCE_FEATURES.indexOf('none');
		const model = {
			features: [...WEB_SOURCE_FEATURES],
			boosted: { base: 0, trees: [[{ f: none, t: 0.5, l: 1, r: 2 }, { v: -3 }, { v: 3 }]] },
			margin: 1,
			keepAbove: 0,
		};
		const lines = [
			'峄城区召开春季森林防火工作推进会',
			'发布时间：2024-05-08 09:30  浏览次数：128',
			...TEXTS[0]!,
			'主办单位：峄城区人民政府办公室',
		];
		const [item] = extractArticles(
			{ path: 'site/content_9.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
			{ furniture: { ...furniture, webSourceModel: model }, contextSource: '峄城区融媒体中心' },
		).articles;
		expect(item!.source).toBe('峄城区融媒体中心');
		expect(item!.sourceFrom).toBe('option');
	});
});
