import type { TextSegment } from './types.ts';
import { normalizeText } from './tokenize.ts';

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A matcher for the given terms on original text: longest terms first, whitespace allowed between
 * characters (page breaks split words in the sources). Returns null when there is nothing to mark.
 */
export function termMatcher(terms: readonly string[]): RegExp | null {
	const unique = [
		...new Set(terms.map((t) => normalizeText(t).replace(/\s+/gu, '')).filter((t) => t !== '')),
	];
	if (unique.length === 0) return null;
	unique.sort((a, b) => b.length - a.length);
	const alternatives = unique.map((t) => [...t].map(escapeRegExp).join('\\s*'));
	const matcher = new RegExp(alternatives.join('|'), 'gu');
	FOLDS.set(
		matcher,
		unique.some((t) => /[\x20-\x7e\u3000\uff01-\uff5e]/u.test(t)),
	);
	return matcher;
}

/**
 * Whether a matcher's terms hold a character that normalising produces or changes (printable
 * ASCII, the space, full-width forms). Terms without any match the original text where they match
 * its normalised form (each character maps to one; `\s` matches the ideographic space as well as
 * the space it becomes), so the text need not be copied first.
 */
const FOLDS = new WeakMap<RegExp, boolean>();

/** Character ranges `[start, end)` of every match of `matcher` in `text`. */
function matchRanges(text: string, matcher: RegExp | null): [number, number][] {
	if (!matcher) return [];
	const ranges: [number, number][] = [];
	const normalized = FOLDS.get(matcher) === false ? text : normalizeText(text);
	matcher.lastIndex = 0;
	for (let m = matcher.exec(normalized); m; m = matcher.exec(normalized)) {
		if (m[0] === '') {
			matcher.lastIndex++;
			continue;
		}
		ranges.push([m.index, m.index + m[0].length]);
	}
	return ranges;
}

/** Splits original text into segments, marking the ranges; text is never altered. */
function toSegments(text: string, ranges: readonly [number, number][]): TextSegment[] {
	const segments: TextSegment[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (start < at) continue;
		if (start > at) segments.push({ text: text.slice(at, start), match: false });
		segments.push({ text: text.slice(start, end), match: true });
		at = end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), match: false });
	return segments;
}

/** The whole text with the terms marked. */
export function highlight(text: string, matcher: RegExp | null): TextSegment[] {
	return toSegments(text, matchRanges(text, matcher));
}

// Whitespace in the sources is layout (paragraph and page breaks), so a snippet closes it up
// between Chinese characters and keeps one space elsewhere; no character is added.
function compactWhitespace(text: string): string {
	return text.replace(/\s+/gu, (ws, offset: number, all: string) => {
		const before = all[offset - 1] ?? '';
		const after = all[offset + ws.length] ?? '';
		return /[\p{Script=Han}\p{P}]/u.test(before) ||
			/[\p{Script=Han}\p{P}]/u.test(after) ||
			before === '' ||
			after === ''
			? ''
			: ' ';
	});
}

/**
 * Where the window of `length` characters holding the most matches opens: a window opens a fifth
 * of its length before a match and scores ten per distinct matched text plus one per match lying
 * wholly inside it; the first best wins. `ranges` are `matchRanges`' (in text order, disjoint), so
 * the matches inside a window are a run of them whose ends only move forward as windows open
 * later: one pass over them, where counting each window anew cost the square of a common word's
 * matches (and an array and a set per window).
 */
export function densestStart(
	text: string,
	ranges: readonly (readonly [number, number])[],
	length: number,
): number {
	const texts = ranges.map(([a, b]) => text.slice(a, b));
	const held = new Map<string, number>();
	let lo = 0;
	let hi = 0;
	let start = 0;
	let best = -1;
	for (const [s] of ranges) {
		const from = Math.max(0, s - Math.floor(length / 5));
		for (; lo < ranges.length && ranges[lo]![0] < from; lo++) {
			if (lo >= hi) continue;
			const left = held.get(texts[lo]!)! - 1;
			if (left === 0) held.delete(texts[lo]!);
			else held.set(texts[lo]!, left);
		}
		hi = Math.max(hi, lo);
		for (; hi < ranges.length && ranges[hi]![1] <= from + length; hi++)
			held.set(texts[hi]!, (held.get(texts[hi]!) ?? 0) + 1);
		const score = held.size * 10 + (hi - lo);
		if (score > best) {
			best = score;
			start = from;
		}
	}
	return start;
}

/**
 * A window of about `length` characters of the original text around the densest cluster of
 * matches (the start of the text when nothing matches), with matches marked. Ellipses mark cuts.
 */
export function snippet(text: string, matcher: RegExp | null, length: number): TextSegment[] {
	const compact = compactWhitespace(text);
	const ranges = matchRanges(compact, matcher);
	let start = 0;
	if (ranges.length > 0) {
		start = densestStart(compact, ranges, length);
		// Start at a sentence boundary when one is close.
		const boundary = compact
			.slice(Math.max(0, start - 20), start)
			.search(/[。！？；][^。！？；]*$/u);
		if (boundary !== -1) start = Math.max(0, start - 20) + boundary + 1;
	}
	const end = Math.min(compact.length, start + length);
	const window = compact.slice(start, end);
	const shifted = ranges
		.filter(([a, b]) => a >= start && b <= end)
		.map(([a, b]): [number, number] => [a - start, b - start]);
	const segments = toSegments(window, shifted);
	if (start > 0) segments.unshift({ text: '…', match: false });
	if (end < compact.length) segments.push({ text: '…', match: false });
	return mergePlain(segments);
}

function mergePlain(segments: TextSegment[]): TextSegment[] {
	const out: TextSegment[] = [];
	for (const s of segments) {
		const last = out.at(-1);
		if (last && !last.match && !s.match) last.text += s.text;
		else out.push({ ...s });
	}
	return out;
}

/** The segments as one string, matches wrapped in `open`/`close` (for terminals and JSON). */
export function segmentsToString(segments: readonly TextSegment[], open = '', close = ''): string {
	return segments.map((s) => (s.match ? `${open}${s.text}${close}` : s.text)).join('');
}
