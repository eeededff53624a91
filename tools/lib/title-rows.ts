import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { segmentPage } from '../../src/lib/ingest/page-segments.ts';
import { chooseHeadline } from '../../src/lib/ingest/title-choice.ts';
import { bigramSet, shareIn } from '../../src/lib/ingest/text-overlap.ts';
import type { PageSegment, SourceLine } from '../../src/lib/ingest/types.ts';
import { paragraphsOf, type ReconstructedPage } from '../../src/lib/eval/reconstruct-pages.ts';
import type { PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { pageFile } from './eval-reconstructed.ts';

/** One headline block as the title model meets it in ingest. */
export interface TitleBlock {
	/** The item the block heads. */
	segment: PageSegment;
	/** The lines the model scores (the block without its stamps, credits and masthead pieces). */
	lines: readonly SourceLine[];
	/** Index in `lines` of the rules' title; -1 when none. */
	rule: number;
	/** Feature rows of `lines`, in their order. */
	rows: number[][];
}

/**
 * The headline blocks the title model scores on one page, read as ingest reads it: the page split
 * by `segmentPage` (with the story model and every other reading of `furniture`) and each item's
 * block scored by `chooseHeadline`, as `extractArticles` does (contents lists are left out).
 */
export function titleBlocks(
	file: { path: string; bytes: Uint8Array },
	furniture: PageFurniture,
): TitleBlock[] {
	const decoded = decodeSource(file.path, file.bytes);
	if (!decoded.ok) throw new Error(`${file.path} could not be decoded`);
	const out: TitleBlock[] = [];
	for (const segment of segmentPage(decoded.text, decoded.format, { furniture }).segments) {
		if (segment.kind === 'contents') continue;
		const block: TitleBlock = { segment, lines: [], rule: -1, rows: [] };
		chooseHeadline(segment.head, segment.body, undefined, (candidate, features) => {
			block.lines = candidate.head;
			block.rule = candidate.rule;
			block.rows.push(features);
		});
		if (block.rows.length > 0) out.push(block);
	}
	return out;
}

const COLUMN_TAG = /[(\uFF08][^()\uFF08\uFF09]{2,30}[)\uFF09]$/;
const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const untagged = (s: string) =>
	compact(s.replace(/[(\uFF08][^()\uFF08\uFF09]{1,30}[)\uFF09]\s*$/, ''));

/**
 * Labels of a block's scored lines (1: the title), taught from the corpus article it heads; null
 * when the block teaches nothing.
 */
export function blockLabels(
	block: TitleBlock,
	page: ReconstructedPage,
	columnLabelTitles: boolean,
): number[] | null {
	const { segment, lines, rule } = block;
	if (segment.kind !== 'news') return null;
	const votes = new Map<number, number>();
	const owner = new Map<string, number>();
	page.articles.forEach((a, i) => {
		for (const l of [...a.headlineLines, ...paragraphsOf(a)]) owner.set(compact(l), i);
	});
	for (const l of [...segment.head, ...segment.body]) {
		const o = owner.get(compact(l.text));
		if (o !== undefined) votes.set(o, (votes.get(o) ?? 0) + 1);
	}
	const top = [...votes].sort((x, y) => y[1] - x[1])[0]?.[0];
	if (top === undefined) return null;
	const gold = page.articles[top]!;
	// Under a column label (速览, 微阅读, 新春走基层) the corpus gives the label as the title; the
	// page grammar drops column labels (they name a series, not the story), so such a block
	// is left out rather than taught (unless `columnLabelTitles`).
	const body = bigramSet(paragraphsOf(gold).join(''));
	const label = compact(gold.title).length <= 6 && shareIn(bigramSet(gold.title), body) === 0;
	if (label && !columnLabelTitles) return null;
	// A line is right as the title when it is the corpus's title, or when the lines read as the
	// headline are the printed headline and the line one of them (the corpus names either line of
	// a two-line headline its title, so `npm run eval` accepts both).
	const whole = compact(lines.map((h) => h.text).join('')) === compact(gold.headlineLines.join(''));
	const printed = new Set(gold.headlineLines.map(untagged));
	const hits = lines.map((h) =>
		compact(h.text) === compact(gold.title) ||
		untagged(h.text) === untagged(gold.title) ||
		(whole && printed.has(untagged(h.text)))
			? 1
			: 0,
	);
	// Where every line would be right, the grammar's reading is taught when a cue of its own
	// decided it (a column tag closing the title, a dash closing the kicker above); otherwise,
	// as where no line is right, the block teaches nothing.
	const right = hits.reduce<number>((a, b) => a + b, 0);
	const cued =
		rule >= 0 && (COLUMN_TAG.test(lines[rule]!.text) || /——$/.test(lines[rule - 1]?.text ?? ''));
	if (right === 0 || (right === hits.length && !cued)) return null;
	return right === hits.length ? hits.map((_, k) => (k === rule ? 1 : 0)) : hits;
}

/** Feature rows and labels of every block of one rebuilt page that teaches the title model. */
export function pageTitleRows(
	page: ReconstructedPage,
	furniture: PageFurniture,
	columnLabelTitles: boolean,
): { rows: number[][]; labels: number[] } {
	const file = pageFile(page);
	const out = { rows: [] as number[][], labels: [] as number[] };
	for (const block of titleBlocks(file, furniture)) {
		const labels = blockLabels(block, page, columnLabelTitles);
		if (labels === null) continue;
		out.rows.push(...block.rows);
		out.labels.push(...labels);
	}
	return out;
}
