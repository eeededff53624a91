import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS } from './web-pages-furniture.ts';
import {
	expectSplitsDisjoint,
	splitIdsOfCorpus,
	splitPages,
	testSplitKinds,
	type SplitKind,
} from './web-pages-split-tests.ts';
import {
	bodySpan,
	familyLines,
	hasFamily,
	isoDates,
	linesOfFamily,
} from './web-pages-test-pages.ts';
import { yearsBefore } from './web-pages-w-past-days.ts';
import type { SourceArticle } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, four paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'w-1',
		title: '县林草局启动春季森林防火专项巡查',
		headlineLines: ['县林草局启动春季森林防火专项巡查'],
		date: '2024-03-18',
		source: '县林业和草原局',
		text: [
			'三月十七日，县林草局启动春季森林防火专项巡查，抽调四十名护林员组成八个巡查组。',
			'巡查组重点检查林区入口卡点、野外用火管控和扑火物资储备，发现问题当场交办。',
			'各乡镇同步开展防火宣传，在进山路口设置提示牌，向群众发放防火明白卡。',
			'县林草局表示，巡查将持续到五月底，确保全县不发生重大森林火情。',
		].join('\n'),
	},
	{
		id: 'w-2',
		title: '县医保局上线门诊慢特病线上申办服务',
		headlineLines: ['县医保局上线门诊慢特病线上申办服务'],
		date: '2024-02-29',
		source: '县医疗保障局',
		text: [
			'县医保局近日上线门诊慢特病线上申办服务，参保群众通过手机即可提交申请材料。',
			'申办系统与县内定点医院的诊疗数据对接，符合条件的申请最快三个工作日办结。',
			'对不会使用手机的老年人，各乡镇医保服务站提供代办帮办服务。',
			'截至目前，已有二百余名群众通过线上渠道办理了慢特病待遇认定。',
		].join('\n'),
	},
];

const { page, pagesWith } = splitPages('w', ARTICLES, [
	'县交通运输局完成农村公路安全隐患排查',
	'全县春耕备耕物资储备充足',
	'县融媒体中心开展新闻采编业务培训',
]);

const W = codeFormats('w');
const NEW_KINDS: SplitKind[] = [
	['printed-in', 'portal', W.printedIn!.rate],
	['disclaimer', 'reprint', W.disclaimer!.rate],
	['past-days', 'wechat', W.pastDays!.rate],
	['classified-ads', 'epaper', W.classifiedAds!.rate],
];

describe('网页划分 W（盲写）', () => {
	test('W 排在 V 之后，已不是留出划分', () => {
		expect(HELD_OUT_SPLIT).not.toBe('w');
		expect(WEB_SPLITS.indexOf('w')).toBe(WEB_SPLITS.indexOf('v') + 1);
	});

	testSplitKinds('w', NEW_KINDS, {
		page,
		fields: ['printedIn', 'disclaimer', 'pastDays', 'classifiedAds'],
		alsoIn: ['y', 'z', 'aa', 'ab'],
	});

	// A pool entry's own placeholders (a section 看{place}) are filled as a template's are.
	test.each(WEB_SPLITS)('%s 的页面上没有留下未填的占位符', (split) => {
		for (const layout of ['portal', 'reprint', 'wechat', 'epaper'] as const)
			expect(
				pagesWith(split, layout, () => true).flatMap((p) => p.text.match(/\{\w+\}/gu) ?? []),
			).toEqual([]);
	});
});

describe('W 的四种新版块', () => {
	test('刊发信息行在正文前或正文后，印的是报纸的名字和不晚于文章的日子，不是来源', () => {
		const pages = (['portal', 'reprint'] as const).flatMap((layout) =>
			pagesWith('w', layout, hasFamily('printed-in')),
		);
		const above = pages.filter((p) => familyLines(p, 'printed-in')[0]! < bodySpan(p)[0]);
		const below = pages.filter((p) => familyLines(p, 'printed-in')[0]! > bodySpan(p)[1]);
		expect(above.length).toBeGreaterThan(0);
		expect(below.length).toBeGreaterThan(0);
		expect(above.length + below.length).toBe(pages.length);
		for (const p of pages)
			for (const line of linesOfFamily(p, 'printed-in')) {
				expect(line).toMatch(/《[^》]+》/u);
				expect(line).not.toContain(p.articles[0]!.source);
				for (const iso of isoDates(line)) expect(iso <= p.articles[0]!.date).toBe(true);
			}
		expect(pagesWith('w', 'wechat', hasFamily('printed-in'))).toEqual([]);
		expect(pagesWith('w', 'epaper', hasFamily('printed-in'))).toEqual([]);
	});

	test('免责声明只在转载与微信页面上，在正文之后', () => {
		const pages = (['reprint', 'wechat'] as const).flatMap((layout) =>
			pagesWith('w', layout, hasFamily('disclaimer')),
		);
		expect(new Set(pages.map((p) => p.layout)).size).toBe(2);
		for (const p of pages)
			for (const at of familyLines(p, 'disclaimer')) expect(at).toBeGreaterThan(bodySpan(p)[1]);
		expect(pagesWith('w', 'portal', hasFamily('disclaimer'))).toEqual([]);
		expect(pagesWith('w', 'epaper', hasFamily('disclaimer'))).toEqual([]);
	});

	test('往年今日在正文之后，每个日子与文章同月同日、早一年或更多', () => {
		const pages = (['portal', 'reprint', 'wechat'] as const).flatMap((layout) =>
			pagesWith('w', layout, hasFamily('past-days')),
		);
		let dated = 0;
		for (const p of pages) {
			const date = p.articles[0]!.date;
			for (const at of familyLines(p, 'past-days')) expect(at).toBeGreaterThan(bodySpan(p)[1]);
			for (const iso of linesOfFamily(p, 'past-days').flatMap(isoDates)) {
				dated++;
				expect(iso < date).toBe(true);
				expect([date.slice(4), '-02-28']).toContain(iso.slice(4));
			}
		}
		expect(dated).toBeGreaterThan(0);
		expect(pagesWith('w', 'epaper', hasFamily('past-days'))).toEqual([]);
	});

	test('闰日的往年今日落在二月二十八日', () => {
		expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
		expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
		expect(yearsBefore('2024-03-18', 2)).toBe('2022-03-18');
	});

	test('电子报的分类广告在第一篇之前或最后一篇之后，落款早于本期', () => {
		const pages = pagesWith('w', 'epaper', hasFamily('classified-ads'));
		let dated = 0;
		for (const p of pages) {
			const [first, last] = bodySpan(p);
			for (const at of familyLines(p, 'classified-ads')) expect(at < first || at > last).toBe(true);
			for (const iso of linesOfFamily(p, 'classified-ads').flatMap(isoDates)) {
				dated++;
				expect(iso < p.articles[0]!.date).toBe(true);
			}
		}
		expect(dated).toBeGreaterThan(0);
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			expect(pagesWith('w', layout, hasFamily('classified-ads'))).toEqual([]);
	});
});

describe('webSourceArticles 给 W 的文章', () => {
	test('W 取 M 的每隔一篇（第四组八篇的第 4 篇），M 只剩第二组的', async () => {
		const ids = await splitIdsOfCorpus('w', 32);
		expect(ids('c')).toEqual(['w-3']);
		expect(ids('m')).toEqual(['w-11']);
		expect(ids('w')).toEqual(['w-27']);
		expectSplitsDisjoint(ids);
	});
});
