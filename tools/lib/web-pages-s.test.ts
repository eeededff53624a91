import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import {
	bodySpan,
	expectAtRateAllRight,
	expectCaughtInBody,
	familiesOf,
	familyLines,
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	testPageBuilder,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, four paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 's-1',
		title: '郓城县新建十二处村级养老服务站',
		headlineLines: ['郓城县新建十二处村级养老服务站'],
		date: '2024-06-18',
		source: '郓城县民政局',
		text: [
			'今年以来，郓城县把村级养老服务站建设列入民生实事，新建的十二处服务站已全部投入使用。',
			'服务站设有助餐点、日间照料室和康复理疗室，由村集体和社会组织共同运营。',
			'县民政局组织专业人员对服务站工作人员开展培训，提升照护服务水平。',
			'下一步，该县将推动服务站与卫生室结对，为老年人提供健康管理服务。',
		].join('\n'),
	},
	{
		id: 's-2',
		title: '郓城县启动夏季农机跨区作业服务',
		headlineLines: ['郓城县启动夏季农机跨区作业服务'],
		date: '2024-06-18',
		source: '郓城县民政局',
		text: [
			'连日来，郓城县组织农机合作社开展跨区作业，保障夏收夏种顺利进行。',
			'县农业农村部门在主要路口设立农机服务站，为过往机手提供维修和加油服务。',
			'气象部门每天发布作业天气提示，帮助合作社合理安排机具。',
			'截至目前，全县已投入收割机具一千余台，小麦收获进度过半。',
		].join('\n'),
	},
];

const page = testPageBuilder('s', (seed) => [ARTICLES[seed % 2]!], [
	'县人大常委会开展食品安全执法检查',
	'全县中小学暑期安全教育活动启动',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

/** Month-day dates printed in `line`, with the year when it is printed, as ISO dates (the year of `iso` when not). */
function datesIn(line: string, iso: string): string[] {
	const text = line.normalize('NFKC');
	const full = /(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/gu;
	const found = [...text.matchAll(full)].map(([, y, m, d]) => [y!, m!, d!]);
	const short = [...text.replace(full, '').matchAll(/(\d{1,2})月(\d{1,2})日/gu)].map(([, m, d]) => [
		iso.slice(0, 4),
		m!,
		d!,
	]);
	return [...found, ...short].map(
		([y, m, d]) => `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`,
	);
}

const S = codeFormats('s');
const NEW_KINDS: [string, WebLayout, number][] = [
	['edited-notice', 'wechat', S.editedNotice!.rate],
	['collection-tag', 'wechat', S.collectionTag!.rate],
	['link-directory', 'portal', S.linkDirectory!.rate],
	['desk-credits', 'epaper', S.deskCredits!.rate],
];

describe('S 组（已开放，留出的是 T）', () => {
	test('S 不再留出，排在 R 之后', () => {
		expect(HELD_OUT_SPLIT).not.toBe('s');
		expect(WEB_SPLITS.indexOf('s')).toBe(WEB_SPLITS.indexOf('r') + 1);
	});

	test.each(NEW_KINDS)('S 的 %s 按其比例出现（%s），正确的提取各项全对', (family, layout, rate) => {
		// WeChat pages copied as bare articles keep neither WeChat kind: a little under the rate.
		expectAtRateAllRight(pagesWith('s', layout, hasFamily(family)), rate);
	});

	test.each(NEW_KINDS)('S 的 %s 留在正文里算不干净（%s）', (family, layout) => {
		expectCaughtInBody(pagesWith('s', layout, hasFamily(family)).slice(0, 5), family);
	});

	test.each(
		WEB_SPLITS.filter((sp) => !['s', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].includes(sp)),
	)('%s 没有 S 的新版块', (split) => {
		const f = codeFormats(split);
		expect([f.editedNotice, f.collectionTag, f.linkDirectory, f.deskCredits]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		const families = familiesOf(page, split, ['portal', 'reprint', 'wechat', 'epaper']);
		for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
	});

	test('微信文章的“已修改”提示在抬头下或正文后，日期晚于文章日期', () => {
		const pages = pagesWith('s', 'wechat', hasFamily('edited-notice'));
		let above = 0;
		for (const p of pages) {
			const [first, last] = bodySpan(p);
			const [at] = familyLines(p, 'edited-notice');
			expect(at! < first || at! > last).toBe(true);
			if (at! < first) above++;
			const text = p.furniture.filter((f) => f.family === 'edited-notice').map((f) => f.line);
			const dates = datesIn(text.join(' '), p.articles[0]!.date);
			expect(dates.length).toBeGreaterThan(0);
			for (const d of dates) expect(d > p.articles[0]!.date).toBe(true);
		}
		expect(above).toBeGreaterThan(0);
		expect(above).toBeLessThan(pages.length);
	});

	test('合集标签在标题之后、正文之前', () => {
		for (const p of pagesWith('s', 'wechat', hasFamily('collection-tag'))) {
			const title = linesOf(p).indexOf(p.articles[0]!.title);
			const [first] = bodySpan(p);
			// A page saved twice repeats the tags in its second copy, after the first copy's text.
			const [at] = familyLines(p, 'collection-tag');
			expect(at).toBeGreaterThan(title);
			expect(at).toBeLessThan(first);
		}
	});

	test('网站链接块在正文之后、页脚之前，不带文章的日期', () => {
		for (const p of pagesWith('s', 'portal', hasFamily('link-directory'))) {
			const [, last] = bodySpan(p);
			expect(familyLines(p, 'link-directory')[0]).toBeGreaterThan(last);
			// In the order the page was written, up to a second saved copy: the links, then the footers.
			const families = p.furniture.map((f) => f.family);
			const cut = families.indexOf('second-copy');
			const first = cut < 0 ? families : families.slice(0, cut);
			const bottom = first.filter((f) => f === 'link-directory' || f === 'footer').join(' ');
			expect(bottom).toMatch(/^(link-directory ?)+(footer ?)*$/u);
			const text = p.furniture.filter((f) => f.family === 'link-directory').map((f) => f.line);
			expect(text.join(' ')).not.toMatch(/\d{4}\D{1,3}\d{1,2}\D{1,3}\d{1,2}/u);
		}
	});

	test('电子报的本版编辑一行在版头下或最后一篇之后，不夹在文章里', () => {
		let top = 0;
		const pages = pagesWith('s', 'epaper', hasFamily('desk-credits'));
		for (const p of pages) {
			const lines = linesOf(p);
			const titles = p.articles.map((a) => lines.indexOf(a.title)).filter((i) => i >= 0);
			const lastPara = p.articles.at(-1)!.body.split('\n').at(-1)!.slice(-8);
			const end = lines.findLastIndex((l) => l.includes(lastPara));
			for (const at of familyLines(p, 'desk-credits'))
				expect(at < Math.min(...titles) || at > end).toBe(true);
			if (familyLines(p, 'desk-credits')[0]! < Math.min(...titles)) top++;
		}
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(pages.length);
	});
});
