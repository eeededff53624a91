import { isParagraph } from './phrase-furniture.ts';
import type { SourceLine } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

// An e-paper page often lists its own stories before printing them (版面目录): a run of titles,
// each of which comes back below, in the same order, as a story's headline. The list is no story
// and no part of one: the headlines below say the same.

const {
	maxContentsTitle: MAX_TITLE,
	minContentsTitles: MIN_TITLES,
	maxListedStories: MAX_LISTED,
} = readIngestArticles().splitting;

const key = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * Index just past a contents list starting at `start`: its titles are consecutive short lines
 * before the first title's headline, each printed again later on the page, in the same order.
 * `start` when there is none.
 */
function listEnd(lines: readonly SourceLine[], start: number, at: Map<string, number[]>): number {
	const again = (i: number, after: number) =>
		at.get(key(lines[i]!.text))?.find((j) => j > Math.max(i, after));
	const first = again(start, start) ?? start;
	let end = start;
	let previous = start;
	for (let i = start; i < first && lines[i]!.text.length <= MAX_TITLE; i++) {
		const next = again(i, previous);
		if (next === undefined) break;
		previous = next;
		end = i + 1;
	}
	return end - start >= MIN_TITLES ? end : start;
}

/** The contents lists (版面目录) of a page, as `[start, end)` ranges of its lines. */
function contentsRuns(lines: readonly SourceLine[]): [number, number][] {
	const at = new Map<string, number[]>();
	lines.forEach((l, i) => {
		if (l.text.length > MAX_TITLE) return;
		const k = key(l.text);
		const list = at.get(k);
		if (list === undefined) at.set(k, [i]);
		else list.push(i);
	});
	// Without a line printed twice there is no list to look for.
	if ([...at.values()].every((l) => l.length < 2)) return [];
	const runs: [number, number][] = [];
	for (let i = 0; i < lines.length;) {
		const end = listEnd(lines, i, at);
		if (end > i) runs.push([i, end]);
		i = Math.max(end, i + 1);
	}
	return runs;
}

/** The page's lines without its contents lists (版面目录): titles that come back below as headlines. */
export function withoutPageContents(lines: readonly SourceLine[]): SourceLine[] {
	const runs = contentsRuns(lines);
	return lines.filter((_, i) => !runs.some(([start, end]) => i >= start && i < end));
}

/**
 * The titles a page's contents lists above its first paragraph name, spaces left out, each printed
 * once more on the page: the headline of one of its stories below, which opens an item wherever it
 * stands.
 */
export function contentsTitles(lines: readonly SourceLine[]): Set<string> {
	// A page's list stands above its stories; a list under running text is a document's own (the
	// 目录 of a plan printed whole), whose chapters are sections of it.
	const text = lines.findIndex((l) => isParagraph(l.text));
	const listed = contentsRuns(lines)
		.filter(([start, end]) => (text < 0 || start < text) && end - start <= MAX_LISTED)
		.flatMap(([start, end]) => lines.slice(start, end).map((l) => key(l.text)));
	if (listed.length === 0) return new Set();
	// A title names one story: printed in the list and over that story, twice in all. A line printed
	// more often (`【图集】` over each gallery) is a label that happened to line up with the list.
	const count = new Map<string, number>();
	for (const l of lines) {
		const k = key(l.text);
		count.set(k, (count.get(k) ?? 0) + 1);
	}
	return new Set(listed.filter((k) => count.get(k) === 2));
}

/** A headline's lines as the contents list prints its title: joined, spaces left out. */
export const contentsKey = (texts: readonly string[]) => key(texts.join(''));
