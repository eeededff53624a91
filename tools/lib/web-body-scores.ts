import { decideWebBody } from '../../src/lib/ingest/web-body-choice.ts';
import { treeScore, type BoostedTrees } from '../../src/lib/nlp/boosted-trees.ts';
import { itemParagraphs, type LabelledBodyRows } from './web-body-rows.ts';
import { emptyWebScores, scoreWebPage, type WebScores } from './web-pages-score.ts';
import type { SplitPages } from './web-split-runs.ts';

// How the web body trainer scores a split's pages with the model's line decisions: every pair of
// thresholds at once, and a page the model leaves as the rules read it is not scored again.

/** One split's pages at one seed, what the pipeline read off each, and each item's lines. */
export interface BodySplitData extends SplitPages {
	rows: (LabelledBodyRows | undefined)[][];
}

/** A pair of thresholds: a kept paragraph under `dropBelow` goes, a dropped line over `addAbove` comes back. */
export interface BodyThresholds {
	dropBelow: number;
	addAbove: number;
}

const COUNTS = ['pages', 'articles', 'found', 'title', 'clean', 'date', 'source', 'extra'] as const;

/** Adds every count of `add` to `s` (the failure examples are not kept). */
function addScores(s: WebScores, add: WebScores): void {
	for (const k of COUNTS) s[k] += add[k];
}

/** Each page's scores by the rules, per split. */
const rulesByPage = new WeakMap<BodySplitData, WebScores[]>();
function pageRules(d: BodySplitData): WebScores[] {
	let out = rulesByPage.get(d);
	if (out === undefined) {
		out = d.pages.map((page, p) => {
			const s = emptyWebScores();
			scoreWebPage(page, d.items[p]!, s);
			return s;
		});
		rulesByPage.set(d, out);
	}
	return out;
}

/** Line scores of an item: the trees', or ±1 from the labels (the oracle). */
export type LineScorer = (rows: LabelledBodyRows) => number[];
export const oracleScores: LineScorer = (rows) => rows.labels.map((l) => (l === 1 ? 1 : -1));
export const treeScores =
	(trees: BoostedTrees): LineScorer =>
	(rows) =>
		rows.rows.map((r) => treeScore(trees, r));

/**
 * A split's scores by the rules (no `z`: one entry) or with the line decisions of `z` at each pair
 * of `pairs`.
 */
export function bodyScores(
	d: BodySplitData,
	z?: LineScorer,
	pairs: readonly BodyThresholds[] = [{ dropBelow: 0, addAbove: 0 }],
): WebScores[] {
	const rules = pageRules(d);
	const out = pairs.map(() => emptyWebScores());
	d.pages.forEach((page, p) => {
		const lineScores = d.items[p]!.map((_, i) => {
			const rows = d.rows[p]![i];
			return z === undefined || rows === undefined ? undefined : z(rows);
		});
		pairs.forEach((g, k) => {
			let changed = false;
			const items = d.items[p]!.map((it, i) => {
				const rows = d.rows[p]![i];
				const zs = lineScores[i];
				if (rows === undefined || zs === undefined) return it;
				const paragraphs = decideWebBody(
					itemParagraphs(it.body),
					rows,
					zs,
					g.dropBelow,
					g.addAbove,
				);
				const body = paragraphs.length === 0 ? it.body : paragraphs.join('\n\n');
				if (body === it.body) return it;
				changed = true;
				return { ...it, body };
			});
			if (!changed) return addScores(out[k]!, rules[p]!);
			const s = emptyWebScores();
			scoreWebPage(page, items, s);
			addScores(out[k]!, s);
		});
	});
	return out;
}
