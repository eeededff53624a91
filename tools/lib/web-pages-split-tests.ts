import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { webSourceArticles } from './web-pages-eval.ts';
import { codeFormats, type CodeFormats } from './web-pages-formats.ts';
import { readWebFurniture, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import {
	expectAtRateAllRight,
	expectCaughtInBody,
	familiesOf,
	hasFamily,
	pagesWith,
	testPageBuilder,
	type TestPageBuilder,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

/** A split's new page kind: its furniture family, the layout it shows on, and its rate there. */
export type SplitKind = [family: string, layout: WebLayout, rate: number];

/** A split test file's page builder, and its pages of a split and a layout that pass a test. */
export interface SplitPages {
	page: TestPageBuilder;
	pagesWith: (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) => WebPage[];
}

/**
 * {@link testPageBuilder}'s pages for a split test file, one of `articles` a page in turn by seed,
 * with their filter over the test seeds.
 */
export function splitPages(
	prefix: string,
	articles: readonly SourceArticle[],
	otherTitles: string[],
): SplitPages {
	const page = testPageBuilder(prefix, (seed) => [articles[seed % articles.length]!], otherTitles);
	return { page, pagesWith: (split, layout, has) => pagesWith(page, split, layout, has) };
}

/**
 * Asserts that every furniture list of `split` is at least as long as split A's and shares no
 * string with any other split's lists (a blind split's wording is its own).
 */
export function expectOwnLists(split: WebSplit): void {
	const file = readWebFurniture();
	const lists = [...Object.values(file.pools), ...file.families];
	const others = WEB_SPLITS.filter((sp) => sp !== split);
	const elsewhere = new Set(lists.flatMap((l) => others.flatMap((sp) => l[sp])));
	for (const l of lists) {
		expect(l[split].length).toBeGreaterThanOrEqual(l.a.length);
		expect(l[split].filter((s) => elsewhere.has(s))).toEqual([]);
	}
}

/**
 * Asserts that `split` gives every optional format field that `previous` gives, and more than
 * `atLeast` fields in all.
 */
export function expectEveryOptionalField(
	split: WebSplit,
	previous: WebSplit,
	atLeast: number,
): void {
	const before = codeFormats(previous) as unknown as Record<string, unknown>;
	const own = codeFormats(split) as unknown as Record<string, unknown>;
	expect(Object.keys(before).filter((k) => own[k] === undefined)).toEqual([]);
	expect(Object.keys(own).length).toBeGreaterThan(atLeast);
}

/** What {@link testSplitKinds} needs besides the split and its kinds. */
export interface SplitKindsOptions {
	/** The split's page builder (any split's pages). */
	page: TestPageBuilder;
	/** The format fields that turn the new kinds on. */
	fields: readonly (keyof CodeFormats)[];
	/** The other splits that carry this one's kinds on (those written after it). */
	alsoIn: readonly WebSplit[];
	/** Where the split gives every optional format field: the split before it and a least count. */
	allFieldsOf?: [previous: WebSplit, atLeast: number];
}

/**
 * Registers, in the current describe block, the tests every blind split gives its wording and its
 * new kinds: its lists are its own ({@link expectOwnLists}), with
 * `allFieldsOf` it gives every optional format field ({@link expectEveryOptionalField}); each kind
 * shows on its layout's pages at its rate and a perfect extraction scores all right; its lines
 * left in the body count as furniture; and no split but this one and `alsoIn` has the kinds, neither
 * as format fields nor as furniture on its pages.
 */
export function testSplitKinds(
	split: WebSplit,
	kinds: readonly SplitKind[],
	{ page, fields, alsoIn, allFieldsOf }: SplitKindsOptions,
): void {
	const name = split.toUpperCase();
	const before = WEB_SPLITS[WEB_SPLITS.indexOf(split) - 1]!.toUpperCase();
	test(`${name} 的每个列表不短于 A，且不与 A–${before} 共用任何字符串`, () => {
		expectOwnLists(split);
	});

	if (allFieldsOf)
		test(`${name} 给出了格式接口里的每一个可选项`, () => {
			expectEveryOptionalField(split, ...allFieldsOf);
		});

	test.each(kinds)(`%s 在 ${name} 的 %s 页上按其比例出现，真值全对`, (family, layout, rate) => {
		expectAtRateAllRight(pagesWith(page, split, layout, hasFamily(family)), rate);
	});

	test.each(kinds)('留在正文里的 %s 行算作家具', (family, layout) => {
		expectCaughtInBody(pagesWith(page, split, layout, hasFamily(family)).slice(0, 5), family);
	});

	test.each(WEB_SPLITS.filter((sp) => sp !== split && !alsoIn.includes(sp)))(
		`%s 没有 ${name} 的新版块`,
		(other) => {
			const f = codeFormats(other);
			expect(fields.map((k) => f[k])).toEqual(fields.map(() => undefined));
			const families = familiesOf(page, other, ['portal', 'reprint', 'wechat', 'epaper']);
			for (const [family] of kinds) expect(families.has(family)).toBe(false);
		},
	);
}

/**
 * The ids that webSourceArticles gives each split from a gzipped corpus of `count` test items with
 * ids `prefix`-0, `prefix`-1, …, written to a temporary folder.
 */
export async function splitIdsOfCorpus(
	prefix: string,
	count: number,
): Promise<(split: WebSplit) => string[]> {
	const items = Array.from({ length: count }, (_, i) => ({
		id: `${prefix}-${i}`,
		title: `第${i + 1}条测试稿件标题`,
		date: '2024-03-05',
		source: '县融媒体中心',
		text: '第一段文字写得足够长，用来满足正文长度的要求，共有两段。\n'.repeat(2).repeat(3),
	}));
	const dir = mkdtempSync(join(tmpdir(), `web-corpus-${prefix}-`));
	const path = join(dir, 'corpus.jsonl.gz');
	writeFileSync(path, gzipSync(items.map((x) => JSON.stringify(x)).join('\n')));
	const pools = await webSourceArticles(path);
	return (split) => pools[split].map((a) => a.id);
}

/** Asserts that no id goes to two splits. */
export function expectSplitsDisjoint(ids: (split: WebSplit) => string[]): void {
	const all = WEB_SPLITS.flatMap(ids);
	expect(new Set(all).size).toBe(all.length);
}
