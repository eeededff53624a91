import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { buildWebPages } from './web-pages-eval.ts';
import { HELD_OUT_SPLIT, readWebFurniture, WEB_SPLITS } from './web-pages-furniture.ts';
import {
	expectSplitsDisjoint,
	splitIdsOfCorpus,
	splitPages,
	testSplitKinds,
	type SplitKind,
} from './web-pages-split-tests.ts';
import {
	allAfterBody,
	bodySpan,
	familyLines,
	hasFamily,
	isoDates,
	linesOfFamily,
} from './web-pages-test-pages.ts';
import type { SourceArticle } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, three paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'aa-1',
		title: '县边境管理大队开展抵边村寨安全巡查',
		headlineLines: ['县边境管理大队开展抵边村寨安全巡查'],
		date: '2024-07-09',
		source: '县边境管理大队',
		text: [
			'连日来，县边境管理大队组织民警深入十四个抵边村寨，逐户走访了解群众安全需求。',
			'巡查中，民警向村民讲解防范电信诈骗和禁毒知识，并排查整改安全隐患二十余处。',
			'大队负责人表示，将常态化开展巡查，守护边境群众生命财产安全。',
		].join('\n'),
	},
	{
		id: 'aa-2',
		title: '县卫生健康局为偏远乡镇配送移动诊疗车',
		headlineLines: ['县卫生健康局为偏远乡镇配送移动诊疗车'],
		date: '2024-11-21',
		source: '县卫生健康局',
		text: [
			'县卫生健康局日前为五个偏远乡镇卫生院各配送一辆移动诊疗车，车上配有心电图机和超声设备。',
			'诊疗车将定期进村开展巡回义诊，为行动不便的老人和慢性病患者提供上门服务。',
			'今年以来，全县已组织医务人员下乡义诊一百二十余场次，服务群众两万余人次。',
		].join('\n'),
	},
];

const { page, pagesWith } = splitPages('aa', ARTICLES, [
	'县林草局开展森林防火专项检查',
	'全县抵边自然村实现通硬化路',
	'县民族中学举办民族团结进步主题班会',
]);

const AA = codeFormats('aa');
const NEW_KINDS: SplitKind[] = [
	['alert-banner', 'portal', AA.alertBanner!.rate],
	['press-briefing', 'portal', AA.pressBriefing!.rate],
	['media-matrix', 'portal', AA.mediaMatrix!.rate],
	['subscribe-notice', 'epaper', AA.subscribeNotice!.rate],
];

describe('网页划分 AA（盲写，第一个两个字母的划分，AB 写成后改作开发划分）', () => {
	test('AA 排在 Z 之后，已不是留出划分', () => {
		expect(HELD_OUT_SPLIT).not.toBe('aa');
		expect(WEB_SPLITS.indexOf('aa')).toBe(WEB_SPLITS.indexOf('z') + 1);
	});

	test('AA 的页面编号是 aa 加四位数字', () => {
		const pages = buildWebPages(ARTICLES, readWebFurniture(), 'aa', 2, 1);
		expect(pages.map((p) => p.key)).toEqual(['aa0000', 'aa0001']);
	});

	testSplitKinds('aa', NEW_KINDS, {
		page,
		fields: ['alertBanner', 'pressBriefing', 'mediaMatrix', 'subscribeNotice'],
		allFieldsOf: ['z', 84],
		alsoIn: ['ab'],
	});
});

describe('AA 的四种新版块', () => {
	test('新版块只在各自的版式上', () => {
		for (const [family, layout] of NEW_KINDS)
			for (const other of ['portal', 'wechat', 'reprint', 'epaper'] as const)
				if (other !== layout) expect(pagesWith('aa', other, hasFamily(family))).toEqual([]);
	});

	test('预警信息条在正文之前，印出年份时日子晚于文章', () => {
		const pages = pagesWith('aa', 'portal', hasFamily('alert-banner'));
		for (const p of pages) {
			const [first] = bodySpan(p);
			for (const at of familyLines(p, 'alert-banner')) expect(at).toBeLessThan(first);
			for (const d of linesOfFamily(p, 'alert-banner').flatMap(isoDates))
				expect(d > p.articles[0]!.date).toBe(true);
		}
	});

	test('新闻发布会的表头在正文之前，印出的日子就是文章的日子', () => {
		const pages = pagesWith('aa', 'portal', hasFamily('press-briefing'));
		let dated = 0;
		for (const p of pages) {
			const [first] = bodySpan(p);
			for (const at of familyLines(p, 'press-briefing')) expect(at).toBeLessThan(first);
			const dates = linesOfFamily(p, 'press-briefing').flatMap(isoDates);
			dated += dates.length;
			for (const d of dates) expect(d).toBe(p.articles[0]!.date);
		}
		expect(dated).toBeGreaterThan(0);
	});

	test('政务新媒体矩阵在正文之后，不印日子', () => {
		for (const p of pagesWith('aa', 'portal', hasFamily('media-matrix'))) {
			expect(allAfterBody(p, 'media-matrix')).toBe(true);
			expect(linesOfFamily(p, 'media-matrix').flatMap(isoDates)).toEqual([]);
		}
	});

	test('征订启事征订的是报纸日子的下一年，不印日子', () => {
		const pages = pagesWith('aa', 'epaper', hasFamily('subscribe-notice'));
		for (const p of pages) {
			const lines = linesOfFamily(p, 'subscribe-notice');
			const next = String(Number(p.articles[0]!.date.slice(0, 4)) + 1);
			expect(lines.join('\n')).toContain(`${next}年`);
			expect(lines.flatMap(isoDates)).toEqual([]);
		}
	});
});

describe('webSourceArticles 给 AA 的文章', () => {
	test('AA 取 P 的每隔一篇（每个第 6 篇），P 只剩一半', async () => {
		const ids = await splitIdsOfCorpus('aa', 64);
		expect(ids('i')).toEqual(['aa-5', 'aa-21', 'aa-37', 'aa-53']);
		expect(ids('p')).toEqual(['aa-13', 'aa-45']);
		expect(ids('aa')).toEqual(['aa-29', 'aa-61']);
		expectSplitsDisjoint(ids);
	});
});
