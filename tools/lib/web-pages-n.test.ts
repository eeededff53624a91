import { describe, expect, test } from 'vitest';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import {
	familiesOf,
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	testPageBuilder,
	perfectScores,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 'n-1',
		title: '镇卫生院开设中医理疗门诊',
		headlineLines: ['镇卫生院开设中医理疗门诊'],
		date: '2024-04-08',
		source: '测试县卫生健康局',
		text: [
			'为方便群众就近看病，镇卫生院日前开设中医理疗门诊，配备针灸、推拿、艾灸等设备。',
			'门诊由县中医院派驻医师坐诊，每周一、三、五全天接诊。',
			'理疗项目已纳入医保报销范围，群众持社保卡即可结算。',
		].join('\n'),
	},
	{
		id: 'n-2',
		title: '全县秋粮收购工作有序推进 各收储点每日公布收购价格',
		headlineLines: ['全县秋粮收购工作有序推进 各收储点每日公布收购价格'],
		date: '2023-10-19',
		source: '测试日报',
		text: '入秋以来，全县十二个收储点陆续开秤收购秋粮。\n各收储点每天在门口公布当日收购价格，并安排专人帮助农户装卸。\n截至目前，已累计收购玉米三万余吨。',
	},
];

const page = testPageBuilder('n', (seed) => [ARTICLES[seed % 2]!], [
	'另一篇文章的标题',
	'又一篇文章的标题',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

/** Index of the first line of the page's body, and of its last line. */
function bodySpan(p: WebPage): [number, number] {
	const paras = p.articles[0]!.body.split('\n');
	const lines = linesOf(p);
	const first = lines.findIndex((l) => l.length >= 4 && paras[0]!.startsWith(l));
	const last = lines.findLastIndex((l) => l.length >= 4 && paras.at(-1)!.endsWith(l));
	return [first, last];
}

/** Index of the headline's (first) line: a narrow title box may break it over two lines. */
function titleLine(p: WebPage): number {
	const title = p.articles[0]!.title.replace(/\s/gu, '');
	return linesOf(p).findIndex((l) => l.length >= 4 && title.startsWith(l.replace(/\s/gu, '')));
}

/** Index of the first line of `family` on the page, and of its last. */
function familySpan(p: WebPage, family: string): [number, number] {
	const own = new Set(p.furniture.filter((f) => f.family === family).map((f) => f.line));
	const lines = linesOf(p);
	return [lines.findIndex((l) => own.has(l)), lines.findLastIndex((l) => own.has(l))];
}

const NEW_KINDS: [string, WebLayout][] = [
	['audio-player', 'portal'],
	['audio-player', 'reprint'],
	['audio-player', 'wechat'],
	['review-block', 'portal'],
	['review-block', 'wechat'],
	['catalog-line', 'portal'],
	['account-prompt', 'portal'],
	['account-prompt', 'reprint'],
];

describe('N 划分', () => {
	test('N 排在 A–M 之后，已不再留出（O 留出）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('n');
		expect(WEB_SPLITS.indexOf('n')).toBe(WEB_SPLITS.indexOf('m') + 1);
	});

	test.each(NEW_KINDS)('N 的 %s 页（%s）出现，且完美抽取得满分', (family, layout) => {
		const pages = pagesWith('n', layout, hasFamily(family));
		expect(pages.length).toBeGreaterThan(3);
		const n = pages.length;
		expect(perfectScores(pages)).toEqual([n, n, n, n, n, 0]);
	});

	test.each(
		WEB_SPLITS.filter(
			(sp) =>
				!['n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'y', 'z', 'aa', 'ab'].includes(sp),
		),
	)('%s 划分没有 N 的新页面', (split) => {
		const families = familiesOf(page, split, ['portal', 'reprint', 'wechat']);
		for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
	});

	test('听新闻播放条在标题之后、正文之前，时长随文章长短', () => {
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			for (const p of pagesWith('n', layout, hasFamily('audio-player'))) {
				const [audio] = familySpan(p, 'audio-player');
				const title = titleLine(p);
				expect(title).toBeGreaterThanOrEqual(0);
				expect(audio).toBeGreaterThan(title);
				expect(audio).toBeLessThan(bodySpan(p)[0]);
				expect(p.text).toMatch(/\d\d:\d\d/u);
			}
	});

	test('三审三校块在正文之后，写出审校人', () => {
		for (const layout of ['portal', 'wechat'] as const)
			for (const p of pagesWith('n', layout, hasFamily('review-block'))) {
				const [review] = familySpan(p, 'review-block');
				expect(review).toBeGreaterThan(bodySpan(p)[1]);
				const lines = p.furniture.filter((f) => f.family === 'review-block').map((f) => f.line);
				expect(lines.join(' ')).toMatch(/审/u);
			}
	});

	test('信息公开目录行在标题之上，印出本页的发布机构与发布日期，成文日期不晚于发布日期', () => {
		const pages = pagesWith('n', 'portal', hasFamily('catalog-line'));
		let alone = 0;
		for (const p of pages) {
			const [line] = familySpan(p, 'catalog-line');
			const text = linesOf(p)[line]!;
			expect(line).toBeLessThan(titleLine(p));
			expect(text).toContain(p.articles[0]!.source);
			const [y, m, d] = p.articles[0]!.date.split('-').map(Number);
			const days = [...text.matchAll(/(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/gu)].map((x) =>
				Date.UTC(Number(x[1]), Number(x[2]) - 1, Number(x[3])),
			);
			const published = Date.UTC(y!, m! - 1, d);
			expect(days).toContain(published);
			for (const day of days) expect(day).toBeLessThanOrEqual(published);
			if (!p.furniture.some((f) => f.family === 'meta')) alone++;
		}
		// Some pages print no meta line of their own: the catalogue line alone dates them.
		expect(alone).toBeGreaterThan(0);
	});

	test('公众号转载页：关注提示在正文之前，关注卡片在正文之后，且不写“来源”', () => {
		for (const layout of ['portal', 'reprint'] as const)
			for (const p of pagesWith('n', layout, hasFamily('account-prompt'))) {
				const [head, tail] = familySpan(p, 'account-prompt');
				const [first, last] = bodySpan(p);
				expect(head).toBeLessThan(first);
				expect(tail).toBeGreaterThan(last);
				for (const f of p.furniture.filter((x) => x.family === 'account-prompt'))
					expect(f.line).not.toMatch(/来源/u);
			}
	});
});
