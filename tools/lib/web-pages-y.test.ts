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
	allAfterBody,
	bodySpan,
	familyLines,
	hasFamily,
	isoDates,
	linesOf,
	linesOfFamily,
} from './web-pages-test-pages.ts';
import type { SourceArticle } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, three paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'y-1',
		title: '县交通运输局完成农村公路安全生命防护工程',
		headlineLines: ['县交通运输局完成农村公路安全生命防护工程'],
		date: '2024-05-14',
		source: '县交通运输局',
		text: [
			'今年以来，县交通运输局在全县农村公路临水临崖路段新建波形护栏四十二公里，增设警示标志三百余块。',
			'工程实施中，技术人员逐段排查急弯陡坡和桥梁护栏，建立隐患清单，整改一处销号一处。',
			'县交通运输局表示，下一步将把农村公路日常养护与安全巡查结合起来，确保群众出行安全。',
		].join('\n'),
	},
	{
		id: 'y-2',
		title: '县图书馆开展暑期少儿阅读季活动',
		headlineLines: ['县图书馆开展暑期少儿阅读季活动'],
		date: '2024-07-09',
		source: '县文化馆',
		text: [
			'暑假伊始，县图书馆启动少儿阅读季活动，推出绘本共读、小小讲解员等十余项内容。',
			'活动期间，图书馆延长开放时间，并组织志愿者把图书送到乡镇留守儿童之家。',
			'据统计，首周已有八百余名少年儿童参加活动，借阅图书两千余册。',
		].join('\n'),
	},
];

const { page, pagesWith } = splitPages('y', ARTICLES, [
	'县林业局开展春季森林防火专项检查',
	'全县养老服务站点实现乡镇全覆盖',
	'县医保局推进门诊费用跨省直接结算',
]);

const Y = codeFormats('y');
const NEW_KINDS: SplitKind[] = [
	['share-poster', 'portal', Y.sharePoster!.rate],
	['wechat-chrome', 'wechat', Y.wechatChrome!.rate * (1 - Y.wechatCopy!.rate)],
	['author-card', 'reprint', Y.authorCard!.rate],
	['page-directory', 'epaper', Y.pageDirectory!.rate],
];

describe('网页划分 Y（盲写，Z 写成后用于开发）', () => {
	test('Y 排在 X 之后，Z 写成后成为开发划分', () => {
		expect(HELD_OUT_SPLIT).not.toBe('y');
		expect(WEB_SPLITS.indexOf('y')).toBe(WEB_SPLITS.indexOf('x') + 1);
	});

	testSplitKinds('y', NEW_KINDS, {
		page,
		fields: ['sharePoster', 'wechatChrome', 'authorCard', 'pageDirectory'],
		allFieldsOf: ['x', 70],
		alsoIn: ['z', 'aa', 'ab'],
	});
});

describe('Y 的四种新版块', () => {
	test('分享海报只在门户与转载页面的正文之后，重复标题，其出处或日期行记作 meta', () => {
		const pages = (['portal', 'reprint'] as const).flatMap((layout) =>
			pagesWith('y', layout, hasFamily('share-poster')),
		);
		expect(new Set(pages.map((p) => p.layout)).size).toBe(2);
		for (const p of pages) {
			const truth = p.articles[0]!;
			// The poster repeats the headline: its lines are the last of their text on the page.
			const lines = linesOf(p);
			const at = Math.min(...linesOfFamily(p, 'share-poster').map((l) => lines.lastIndexOf(l)));
			expect(at).toBeGreaterThan(bodySpan(p)[1]);
			expect(linesOfFamily(p, 'share-poster')).toContain(truth.title);
			const metaAfter = p.furniture.filter(
				(f) => f.family === 'meta' && lines.lastIndexOf(f.line) > at,
			);
			expect(metaAfter.some((f) => f.line.includes(truth.source))).toBe(true);
		}
		for (const layout of ['wechat', 'epaper'] as const)
			expect(pagesWith('y', layout, hasFamily('share-poster'))).toEqual([]);
	});

	test('微信界面文字只在微信页面的正文之后，不印日子', () => {
		const pages = pagesWith('y', 'wechat', hasFamily('wechat-chrome'));
		for (const p of pages) {
			expect(allAfterBody(p, 'wechat-chrome')).toBe(true);
			expect(linesOfFamily(p, 'wechat-chrome').flatMap(isoDates)).toEqual([]);
		}
		for (const layout of ['portal', 'reprint', 'epaper'] as const)
			expect(pagesWith('y', layout, hasFamily('wechat-chrome'))).toEqual([]);
	});

	test('作者简介在门户、转载与微信页面的正文之后，电子报没有', () => {
		const pages = (['portal', 'reprint', 'wechat'] as const).flatMap((layout) =>
			pagesWith('y', layout, hasFamily('author-card')),
		);
		expect(new Set(pages.map((p) => p.layout)).size).toBe(3);
		for (const p of pages) {
			expect(allAfterBody(p, 'author-card')).toBe(true);
			expect(linesOfFamily(p, 'author-card').flatMap(isoDates)).toEqual([]);
		}
		expect(pagesWith('y', 'epaper', hasFamily('author-card'))).toEqual([]);
	});

	test('版面导航只在电子报上，在第一篇标题之前或正文之后，从第 01 版起', () => {
		const pages = pagesWith('y', 'epaper', hasFamily('page-directory'));
		const places = new Set<string>();
		for (const p of pages) {
			const lines = familyLines(p, 'page-directory');
			// The headline may be broken over two lines: the directory above it is above the text.
			const before = lines.every((at) => at < bodySpan(p)[0]);
			expect(before || allAfterBody(p, 'page-directory')).toBe(true);
			places.add(before ? 'top' : 'bottom');
			expect(linesOfFamily(p, 'page-directory').join(' ')).toMatch(/01/u);
			expect(linesOfFamily(p, 'page-directory').flatMap(isoDates)).toEqual([]);
		}
		expect(places.size).toBe(2);
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			expect(pagesWith('y', layout, hasFamily('page-directory'))).toEqual([]);
	});
});

describe('webSourceArticles 给 Y 的文章', () => {
	test('Y 取 K 的每隔一篇（第四组八篇的第 7 篇），K 只剩第二组的', async () => {
		const ids = await splitIdsOfCorpus('y', 32);
		expect(ids('d')).toEqual(['y-6', 'y-22']);
		expect(ids('k')).toEqual(['y-14']);
		expect(ids('y')).toEqual(['y-30']);
		expect(ids('x')).toEqual(['y-25']);
		expectSplitsDisjoint(ids);
	});
});
