import type { SavedTwice } from '../schema/page-furniture.ts';
import { normalizeForDedupe } from './dedupe.ts';
import type { SourceLine } from './types.ts';
import { isBodyText } from './web-headline.ts';

/** A paragraph named by its start and end (the whole of a shorter one), as `rules` say. */
const paragraphKey = (n: string, { keyHead, keyTail }: SavedTwice) =>
	n.length <= keyHead + keyTail ? n : `${n.slice(0, keyHead)}…${n.slice(-keyTail)}`;

/** Rows between two lines: more than one means a blank row (a block boundary) between them. */
const adjacent = (a: SourceLine, b: SourceLine) => b.line - a.line <= 1;

/** One copy's lines ends where the other's begins; `null` when the file holds its page once. */
function secondCopyStart(lines: readonly SourceLine[], rules: SavedTwice): number | null {
	const keys = lines.map((l) => {
		const n = normalizeForDedupe(l.text);
		return n.length >= rules.minChars && isBodyText(l.text) ? paragraphKey(n, rules) : null;
	});
	const firstAt = new Map<string, number>();
	let repeat = -1;
	for (let i = 0; i < keys.length && repeat < 0; i++) {
		const k = keys[i];
		if (k === null || k === undefined) continue;
		if (firstAt.has(k)) repeat = i;
		else firstAt.set(k, i);
	}
	if (repeat < 0) return null;
	// The paragraphs the second copy repeats, and how much of the first copy's text they make.
	const repeated = new Set<number>();
	for (let i = repeat; i < keys.length; i++) {
		const at = firstAt.get(keys[i] ?? '');
		if (at !== undefined) repeated.add(at);
	}
	if (repeated.size < 2) return null;
	const firstOfCopy = Math.min(...repeated);
	let total = 0;
	let again = 0;
	for (let i = firstOfCopy; i < repeat; i++) {
		if (keys[i] === null) continue;
		const n = lines[i]!.text.length;
		total += n;
		if (repeated.has(i)) again += n;
	}
	if (total === 0 || again / total < rules.minShare) return null;
	return copyBoundary(lines, firstOfCopy, repeat, keys, rules);
}

/**
 * Where the second copy's head begins, between the first copy's last paragraph and the second's
 * first: at the first line that repeats (or holds, or is held by) a line of `rules.minHeadChars`
 * or more above the first copy's text (the site's name, the headline), with up to
 * `rules.maxLinesAbove` lines printed right above it in the same block (a mobile copy's bar over
 * its headline); failing that, at the repeated paragraph itself.
 */
function copyBoundary(
	lines: readonly SourceLine[],
	firstOfCopy: number,
	repeat: number,
	keys: readonly (string | null)[],
	rules: SavedTwice,
): number {
	let lastText = repeat - 1;
	while (lastText > firstOfCopy && keys[lastText] === null) lastText--;
	const head = lines
		.slice(0, firstOfCopy)
		.map((l) => normalizeForDedupe(l.text))
		.filter((t) => t.length >= rules.minHeadChars);
	for (let i = lastText + 1; i < repeat; i++) {
		const t = normalizeForDedupe(lines[i]!.text);
		if (
			t.length < rules.minHeadChars ||
			!head.some((h) => h === t || h.includes(t) || t.includes(h))
		)
			continue;
		let start = i;
		while (
			start > lastText + 1 &&
			i - start < rules.maxLinesAbove &&
			adjacent(lines[start - 1]!, lines[start]!)
		)
			start--;
		return start;
	}
	return repeat;
}

/**
 * A page saved twice into one file (a second save appended to the first, or the mobile copy under
 * the desktop one) is one article: its paragraphs recur in the same file after the first copy. The
 * copy that holds more of the text is kept (the other may be cut), the first when they hold alike;
 * a file that repeats a quote or a lead, not most of its text, is left whole.
 */
export function dropSecondCopy(lines: SourceLine[], rules: SavedTwice | undefined): SourceLine[] {
	if (rules === undefined) return lines;
	const start = secondCopyStart(lines, rules);
	if (start === null) return lines;
	const first = lines.slice(0, start);
	const second = lines.slice(start);
	const textChars = (part: SourceLine[]) =>
		part.reduce((n, l) => {
			const t = normalizeForDedupe(l.text);
			return t.length >= rules.minChars && isBodyText(l.text) ? n + t.length : n;
		}, 0);
	return textChars(second) > rules.longerCopy * textChars(first) ? second : first;
}
