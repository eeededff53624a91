import { treeScore } from '../nlp/boosted-trees.ts';
import type { WebBodyModel } from '../schema/web-body-model.ts';
import { bigramSet } from './text-overlap.ts';
import type { RawArticle, SourceLine } from './types.ts';
import { dropCommentThread } from './comment-thread.ts';
import { compactKey } from './compact-key.ts';
import { bodyBigrams, webBodyRow, type WebBodyContext } from './web-body-features.ts';
import { pageKeys } from './web-item-lines.ts';

// The learned reading of a web page's body lines: every item the rules read off the page is found
// on it again, paragraph by paragraph, and each line from a few above its first kept paragraph to a
// few under its last is scored as the article's text or not; a kept paragraph the model doubts
// strongly enough goes, and a dropped line it trusts strongly enough comes back in its place.

/** One item as the model reads it: its title and the paragraphs the rules kept. */
export interface BodiedItem {
	title: string;
	paragraphs: readonly string[];
}

/** How many lines above an item's first kept paragraph and under its last are read. */
export type WebBodyWindow = WebBodyModel['window'];

/** One line the model decides: its page line, its text, and the paragraph it is (-1: dropped). */
export interface WebBodyUnit {
	line: number;
	text: string;
	paragraph: number;
}

/** An item's lines with their feature rows. */
export interface WebBodyRows {
	units: WebBodyUnit[];
	rows: number[][];
}

/** Shortest compacted text that is matched by its start alone (a paragraph cut, a line run on). */
const MIN_PREFIX = 6;

/**
 * Index of each paragraph's page line, in page order from `from` on (-1: not printed as a line): the
 * line that prints it whole, or else the first that only starts it or that it starts (a paragraph
 * cut, a line run on); a short line that merely opens it (a signature's date over the next story's
 * `（2019年10月26日…通过）`) never takes the place of the line that prints it.
 */
function locateParagraphs(keys: readonly string[], paragraphs: readonly string[], from: number) {
	let cursor = from;
	return paragraphs.map((p) => {
		const key = compactKey(p);
		if (key === '') return -1;
		let at = keys.indexOf(key, cursor);
		if (at < 0)
			at = keys.findIndex(
				(k, i) =>
					i >= cursor &&
					((k.length >= MIN_PREFIX && key.startsWith(k)) ||
						(key.length >= MIN_PREFIX && k.startsWith(key))),
			);
		if (at >= 0) cursor = at + 1;
		return at;
	});
}

/** Indices of the page lines the rules read as readers' comments under the text (`dropCommentThread`). */
function commentLines(page: SourceLine[]): Set<number> {
	const kept = new Set(dropCommentThread(page));
	const out = new Set<number>();
	page.forEach((l, i) => {
		if (!kept.has(l)) out.add(i);
	});
	return out;
}

/**
 * The lines of each item of a page the model decides, with their features (undefined for an item
 * none of whose paragraphs is found on the page): the item's kept paragraphs, and the dropped
 * lines between them and up to `window` lines around them (never past a neighbour's text, never
 * into the readers' comments under the text: a comment is a box's, whatever a model says of it;
 * on a page of several items, none under an item's last kept paragraph).
 */
export function itemBodyRows(
	source: readonly SourceLine[],
	items: readonly BodiedItem[],
	window: WebBodyWindow,
): (WebBodyRows | undefined)[] {
	const page = source.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text !== '');
	const index = pageKeys(page);
	const { keys } = index;
	const comments = commentLines(page);
	let from = 0;
	const found = items.map((item) => {
		const at = locateParagraphs(keys, item.paragraphs, from);
		const printed = at.filter((i) => i >= 0);
		if (printed.length === 0) return undefined;
		from = Math.max(...printed) + 1;
		return { at, first: Math.min(...printed), last: Math.max(...printed) };
	});
	return items.map((item, n) => {
		const f = found[n];
		if (f === undefined) return undefined;
		const prev = found.slice(0, n).findLast((x) => x !== undefined);
		const next = found.slice(n + 1).find((x) => x !== undefined);
		const lo = Math.max(f.first - window.before, prev === undefined ? 0 : prev.last + 1);
		// On a page of several stories the lines under one's text are the next one's head (kicker,
		// headline, deck) or a story the rules did not read as one: the window ends at its text.
		const after = items.length > 1 ? 0 : window.after;
		const hi = Math.min(f.last + after, next === undefined ? page.length - 1 : next.first - 1);
		const paraKeys = item.paragraphs.map(compactKey);
		const ctx: WebBodyContext = {
			page,
			keys: index,
			first: f.first,
			last: f.last,
			title: bigramSet(item.title),
			body: bodyBigrams(item.paragraphs),
		};
		const titleKey = compactKey(item.title);
		const units: WebBodyUnit[] = [];
		for (let i = lo; i <= hi; i++) {
			const k = keys[i]!;
			const paragraph = f.at.indexOf(i);
			if (paragraph >= 0) {
				units.push({ line: i, text: item.paragraphs[paragraph]!, paragraph });
				continue;
			}
			// A row of a paragraph joined from several, the title, or a line of marks alone: no decision.
			if (k === '' || k === titleKey || comments.has(i)) continue;
			if (k.length >= 4 && paraKeys.some((p) => p.includes(k))) continue;
			// A line the rules trimmed to a kept paragraph (a picture's alt text cut off its start).
			if (paraKeys.some((p) => p.length >= MIN_PREFIX && k.includes(p))) continue;
			units.push({ line: i, text: page[i]!.text, paragraph: -1 });
		}
		const rows = units.map((u) => webBodyRow(ctx, u.line, u.text, u.paragraph >= 0));
		return { units, rows };
	});
}

/**
 * The item's paragraphs as the model reads them: a kept one scored below `dropBelow` goes, a
 * dropped line under the first kept one scored above `addAbove` comes back where the page prints it.
 */
export function decideWebBody(
	paragraphs: readonly string[],
	rows: WebBodyRows,
	scores: readonly number[],
	dropBelow: number,
	addAbove: number,
): string[] {
	const lineOf = new Map<number, number>();
	const dropped = new Set<number>();
	const added: { line: number; text: string }[] = [];
	// Lines above the first kept paragraph are the head's (its meta, a desk's 编者按 or 导语 box),
	// which the rules read by their grammar: none comes back.
	const top = Math.min(...rows.units.filter((u) => u.paragraph >= 0).map((u) => u.line));
	rows.units.forEach((u, k) => {
		if (u.paragraph >= 0) {
			lineOf.set(u.paragraph, u.line);
			if (scores[k]! < dropBelow) dropped.add(u.paragraph);
		} else if (u.line > top && scores[k]! > addAbove) added.push({ line: u.line, text: u.text });
	});
	if (dropped.size === 0 && added.length === 0) return [...paragraphs];
	// A paragraph not printed as a line keeps its place after the one before it.
	let anchor = -0.5;
	const placed = paragraphs.map((text, j) => {
		const line = lineOf.get(j);
		anchor = line ?? anchor + 1e-3;
		return { line: anchor, text, keep: !dropped.has(j) };
	});
	return [...placed, ...added.map((a) => ({ ...a, line: a.line - 1e-6, keep: true }))]
		.sort((a, b) => a.line - b.line)
		.filter((p) => p.keep)
		.map((p) => p.text);
}

/** Rewrites the bodies of a web page's items where the model doubts the rules' lines. */
export function rebodyWebItems(
	articles: RawArticle[],
	page: readonly SourceLine[],
	model: WebBodyModel,
): void {
	const all = itemBodyRows(page, articles, model.window);
	articles.forEach((a, i) => {
		const rows = all[i];
		if (rows === undefined) return;
		const scores = rows.rows.map((r) => treeScore(model.boosted, r));
		const paragraphs = decideWebBody(a.paragraphs, rows, scores, model.dropBelow, model.addAbove);
		if (paragraphs.length > 0) a.paragraphs = paragraphs;
	});
}
