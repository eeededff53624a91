import { readIngestLines } from '../schema/ingest-lines.ts';
import { compactKey as compact } from './compact-key.ts';

const {
	maxOriginalTitleNote: MAX_ORIGINAL_TITLE_NOTE,
	minOriginalTitleChars: MIN_ORIGINAL_TITLE_CHARS,
} = readIngestLines().meta;

/**
 * A portal's reprint may run under a shorter headline of its own and keep the outlet's as a note:
 * `原标题：…`, `原标题：《…》`, `（原标题：…）`, `（原题为《…》）`, `原题：…`, `原文标题：…`, `原题目：…`,
 * `本文原标题为《…》`. The
 * outlet's title is the article's title.
 */

/**
 * The note's key: 原 (of the text, 原文), a title's word (标题, 题, 题目), maybe 为/是, the text named
 * before it or not (`本文原标题为`).
 */
const KEY = '(?:本文|此文|该文)?原(?:文|稿)?(?:标题|题目|题)(?:为|是)?';

/** A note naming the outlet's title alone on its line: `原标题：…`, its key set off by a bar too (`原标题｜…`); group 1 is the title. */
const BARE_NOTE = new RegExp(`^${KEY}\\s*[:\\uFF1A|｜丨]?\\s*(.+)$`, 'u');

/** The same note in brackets: `（原题为《…》）`, `【原标题：…】`; group 1 is the title. */
const BRACKETED_NOTE = new RegExp(
	`^[(\\uFF08【]\\s*${KEY}\\s*[:\\uFF1A|｜丨]?\\s*(.+?)\\s*[)\\uFF09】]$`,
	'u',
);

/** True when every bracket or title mark opened in `text` is closed in it, in order. */
function balanced(text: string): boolean {
	const open = '《(\uFF08【';
	const close = '》)\uFF09】';
	const stack: number[] = [];
	for (const ch of text) {
		if (open.includes(ch)) stack.push(open.indexOf(ch));
		else if (close.includes(ch) && stack.pop() !== close.indexOf(ch)) return false;
	}
	return stack.length === 0;
}

/** The outlet's title a `原标题` note names, without wrapping title marks; undefined for any other line. */
export function readOriginalTitle(text: string): string | undefined {
	if (text.length > MAX_ORIGINAL_TITLE_NOTE) return undefined;
	const named = (BRACKETED_NOTE.exec(text) ?? BARE_NOTE.exec(text))?.[1]?.trim();
	if (named === undefined || !balanced(named)) return undefined;
	const inner = named.slice(1, -1);
	const title = named.startsWith('《') && named.endsWith('》') && balanced(inner) ? inner : named;
	return /\p{Script=Han}/u.test(title) ? title : undefined;
}

/**
 * The title an item takes when its page names the outlet's: the outlet's title that holds the
 * headline the page printed (the portal's shorter one is cut from it), else the headline. A note
 * naming a title that does not hold the headline names another article's, or words the rules
 * cannot tie to this one: it is left alone.
 */
export function outletTitle(headline: string, originals: readonly string[]): string {
	const printed = compact(headline);
	if (printed.length < MIN_ORIGINAL_TITLE_CHARS) return headline;
	const original = originals.find((o) => {
		const c = compact(o);
		return c.length > printed.length && c.includes(printed);
	});
	return original ?? headline;
}
