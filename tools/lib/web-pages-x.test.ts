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
import { allAfterBody, hasFamily, isoDates, linesOfFamily } from './web-pages-test-pages.ts';
import type { SourceArticle } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, three paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'x-1',
		title: '县水利局完成汛前病险水库除险加固',
		headlineLines: ['县水利局完成汛前病险水库除险加固'],
		date: '2024-04-22',
		source: '县水利局',
		text: [
			'入汛前，县水利局对全县十二座病险小型水库完成除险加固，新建溢洪道三处。',
			'施工期间，技术人员逐库核查坝体渗漏和放水设施，整改隐患二十一处。',
			'县水利局表示，将落实每座水库的巡查责任人，汛期实行二十四小时值守。',
		].join('\n'),
	},
	{
		id: 'x-2',
		title: '县人社局举办春季农民工专场招聘会',
		headlineLines: ['县人社局举办春季农民工专场招聘会'],
		date: '2024-02-26',
		source: '县人力资源和社会保障局',
		text: [
			'县人社局日前在县城广场举办春季农民工专场招聘会，六十余家企业提供岗位一千八百个。',
			'招聘会现场设立政策咨询台，为求职者讲解就业补贴和技能培训政策。',
			'当天共有四百余人与企业达成初步就业意向，其中脱贫劳动力九十人。',
		].join('\n'),
	},
];

const { page, pagesWith } = splitPages('x', ARTICLES, [
	'县自然资源局开展耕地保护专项检查',
	'全县中小学开展防溺水安全教育',
	'县市场监管局抽检春季农资产品质量',
]);

const X = codeFormats('x');
const NEW_KINDS: SplitKind[] = [
	['correction', 'portal', X.correction!.rate],
	['media-focus', 'portal', X.mediaFocus!.rate],
	['weather-box', 'wechat', X.weatherBox!.rate],
	['colophon', 'epaper', X.colophon!.rate],
];

describe('网页划分 X（盲写，Y 写成后用于开发）', () => {
	test('X 排在 W 之后、Y 之前，不再留出', () => {
		expect(HELD_OUT_SPLIT).not.toBe('x');
		expect(WEB_SPLITS.indexOf('x')).toBe(WEB_SPLITS.indexOf('w') + 1);
		expect(WEB_SPLITS.indexOf('y')).toBe(WEB_SPLITS.indexOf('x') + 1);
	});

	testSplitKinds('x', NEW_KINDS, {
		page,
		fields: ['correction', 'mediaFocus', 'weatherBox', 'colophon'],
		alsoIn: ['y', 'z', 'aa', 'ab'],
	});
});

describe('X 的四种新版块', () => {
	test('更正说明只在门户与转载页面的正文之后，所印日子晚于文章的日子', () => {
		const pages = (['portal', 'reprint'] as const).flatMap((layout) =>
			pagesWith('x', layout, hasFamily('correction')),
		);
		expect(new Set(pages.map((p) => p.layout)).size).toBe(2);
		let dated = 0;
		for (const p of pages) {
			expect(allAfterBody(p, 'correction')).toBe(true);
			for (const iso of linesOfFamily(p, 'correction').flatMap(isoDates)) {
				dated++;
				expect(iso > p.articles[0]!.date).toBe(true);
			}
		}
		expect(dated).toBeGreaterThan(0);
		for (const layout of ['wechat', 'epaper'] as const)
			expect(pagesWith('x', layout, hasFamily('correction'))).toEqual([]);
	});

	test('媒体聚焦只在门户页面的正文之后，列的是别的稿子', () => {
		const pages = pagesWith('x', 'portal', hasFamily('media-focus'));
		for (const p of pages) {
			expect(allAfterBody(p, 'media-focus')).toBe(true);
			for (const line of linesOfFamily(p, 'media-focus'))
				expect(line).not.toContain(p.articles[0]!.title);
		}
		for (const layout of ['reprint', 'wechat', 'epaper'] as const)
			expect(pagesWith('x', layout, hasFamily('media-focus'))).toEqual([]);
	});

	test('天气预报只在微信与门户页面的正文之后，从文章当天起逐日往后', () => {
		const pages = (['wechat', 'portal'] as const).flatMap((layout) =>
			pagesWith('x', layout, hasFamily('weather-box')),
		);
		expect(new Set(pages.map((p) => p.layout)).size).toBe(2);
		let dated = 0;
		for (const p of pages) {
			expect(allAfterBody(p, 'weather-box')).toBe(true);
			for (const iso of linesOfFamily(p, 'weather-box').flatMap(isoDates)) {
				dated++;
				expect(iso >= p.articles[0]!.date).toBe(true);
			}
		}
		expect(dated).toBeGreaterThan(0);
		for (const layout of ['reprint', 'epaper'] as const)
			expect(pagesWith('x', layout, hasFamily('weather-box'))).toEqual([]);
	});

	test('电子报的报尾在最后一篇之后，不印文章的日子', () => {
		const pages = pagesWith('x', 'epaper', hasFamily('colophon'));
		for (const p of pages) {
			expect(allAfterBody(p, 'colophon')).toBe(true);
			for (const line of linesOfFamily(p, 'colophon'))
				expect(isoDates(line)).not.toContain(p.articles[0]!.date);
		}
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			expect(pagesWith('x', layout, hasFamily('colophon'))).toEqual([]);
	});
});

describe('webSourceArticles 给 X 的文章', () => {
	test('X 取 O 的每隔一篇（第四组八篇的第 2 篇），O 只剩第二组的', async () => {
		const ids = await splitIdsOfCorpus('x', 32);
		expect(ids('b')).toEqual(['x-1']);
		expect(ids('r')).toEqual(['x-17']);
		expect(ids('o')).toEqual(['x-9']);
		expect(ids('x')).toEqual(['x-25']);
		expectSplitsDisjoint(ids);
	});
});
