import { browserTitleHeadline } from './browser-title.ts';
import { DATE } from './meta-dates.ts';
import { pageNames, spelled } from './page-name-title.ts';
import { titleCharsAtLeast } from './patterns.ts';
import { isSiteHeader } from './site-header.ts';
import { isSiteLike } from './site-like.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { titleLines: TITLE_LINES } = readIngestLines().meta;
const { minTitleHeadlineHan: MIN_TITLE_HEADLINE_HAN } = readIngestLines().furnitureShapes;

// A saved page's name is its browser title, the headline whole: where the head prints a kicker or a
// deck beside the headline (`某某强调` over its message, a title over its subtitle) and the reader took
// the other line, the line the name spells, or the two lines of a wrapped title box it spells
// joined, is the title.

/** Lines above and below the title among which the name's line is looked for. */
const REACH = 3;

const compact = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/gu, '');

/**
 * True when the name goes on after `got` with a number (`某某晚报_20250330_第17版`, `某某县·政务公开-20220911-7618`):
 * what it spelled is a site's or a paper's name before its issue's date or a page's number, where a
 * headline is followed by the site's name or nothing.
 */
function numberAfter(name: string, got: string): boolean {
	const key = name.normalize('NFKC').replace(/[_\s\u3000]+/gu, '');
	const spelledKey = compact(got);
	return (
		key.startsWith(spelledKey) && /^[-－—–|｜丨·（(【[]*\d/u.test(key.slice(spelledKey.length))
	);
}

/** True for a line that may be a headline: enough of a title's characters, no date, no site's name. */
function headlineLike(line: string): boolean {
	const t = line.trim();
	return (
		titleCharsAtLeast(t, MIN_TITLE_HEADLINE_HAN) &&
		!DATE.test(t.normalize('NFKC')) &&
		!isSiteLike(t) &&
		!isSiteHeader(t) &&
		!/[:：|｜丨>»]/u.test(t)
	);
}

/**
 * The head line near `title` (or two adjacent ones, joined) that the page's name spells whole,
 * where the name spells neither `title` nor a headline holding it; `lines` are the page's non-empty
 * lines as printed, `first` its text's first paragraph. `undefined` when there is none.
 */
export function titleSpelledByName(
	title: string,
	path: string,
	lines: readonly string[],
	first: string | undefined,
): string | undefined {
	const key = compact(title);
	const at = lines.findIndex((l) => compact(l) === key);
	if (at < 0) return undefined;
	const firstKey = first === undefined ? undefined : compact(first);
	const end = firstKey === undefined ? -1 : lines.findIndex((l) => compact(l) === firstKey);
	const browserTitles = lines
		.slice(0, TITLE_LINES)
		.map(browserTitleHeadline)
		.filter((h): h is string => h !== undefined);
	const names = pageNames(path, browserTitles);
	const spells = (pieces: readonly string[]) =>
		names
			.map(([name, cut]) => {
				const got = spelled(pieces, name, cut);
				return got === undefined || numberAfter(name, got) ? undefined : got;
			})
			.find((g) => g !== undefined);
	if (spells([title]) !== undefined) return undefined;
	let best: string | undefined;
	const from = Math.max(0, at - REACH);
	const to = Math.min(end < 0 ? lines.length : end, at + REACH + 1);
	for (let i = from; i < to; i++) {
		for (const pieces of [[lines[i]!], [lines[i]!, lines[i + 1] ?? '']]) {
			if (i + pieces.length - 1 >= to || pieces.some((p) => !headlineLike(p))) continue;
			if (pieces.some((p) => compact(p) === key)) continue;
			const got = spells(pieces.map((p) => p.trim()));
			if (got === undefined || compact(got).includes(key)) continue;
			if (compact(got).length > compact(best ?? '').length) best = got;
		}
	}
	return best;
}
