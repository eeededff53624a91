import { endsSentence } from './patterns.ts';
import type { SourceLine } from './types.ts';
import type { WebHead } from './web-head.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	minHeadLines: MIN_WEB_HEAD_LINES,
	minDroppedLines: MIN_DROPPED,
	minSharedHeadLine: MIN_SHARED,
	maxHeadLine: MAX_HEAD_LINE,
} = readIngestLines().webHead;

/**
 * True when the page's head reads as a web page's: above its headline (the line its first
 * paragraphs answer) stand two lines dropped as furniture, or three lines that are furniture or
 * short lines that are no sentence and too far from the text to head it (a site's name, menus, a
 * tool bar, a date bar), whatever their wording. A newspaper page's first story has at most a page
 * header and a kicker above its headline. `all` holds the page's lines, `kept` those left after
 * web furniture was dropped, `head` the head of `kept` (`webHeadOf`).
 */
export function hasWebHead(all: SourceLine[], kept: SourceLine[], head: WebHead): boolean {
	const first = head.first;
	if (first < 0) return false;
	const keptLines = new Set(kept.map((l) => l.line));
	// No furniture dropped above the text at all (most pages that are no web page): nothing to weigh.
	const firstLine = kept[first]!.line;
	if (!all.some((l) => l.line < firstLine && !keptLines.has(l.line))) return false;
	const { title, share } = head.headline();
	const before = kept[title < 0 ? first : title]!.line;
	const dropped = all.filter((l) => l.line < before && !keptLines.has(l.line)).length;
	const bare = kept.filter(
		(l, i) =>
			l.line < before &&
			share[i]! < MIN_SHARED &&
			l.text.length <= MAX_HEAD_LINE &&
			!endsSentence(l.text),
	).length;
	// One line at least must be furniture for sure: a newspaper's contents list shares nothing either.
	return dropped >= MIN_DROPPED || (dropped >= 1 && dropped + bare >= MIN_WEB_HEAD_LINES);
}
