import { lineRole } from './line-roles.ts';
import { overlap } from './text-overlap.ts';
import type { PageSegment, SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxColumnLabel: MAX_COLUMN_LABEL, maxSubheadLabel: MAX_SUBHEAD_LABEL } =
	readIngestLines().headings;

// Repairs of a page's items once the walk has placed their lines: column labels left out of a
// headline, a headline printed after its body or taken for the story above given back.

/**
 * Drops column labels from a headline block: a very short last line under a longer title
 * (`权威发布`), or a short line marked as a lower-level heading than the title (`## 聚焦高质量发展`).
 */
export function withoutColumnLabels(block: SourceLine[]): SourceLine[] {
	if (block.length < 2) return block;
	const top = Math.min(...block.map((h) => h.heading ?? 9));
	const head = block.filter(
		(h) => h.heading === undefined || h.heading === top || h.text.length > MAX_SUBHEAD_LABEL,
	);
	if (head.length < 2) return head;
	const last = head.at(-1)!;
	const prev = head.at(-2)!;
	// The line under a kicker ending in a dash is the title, however short (`在蛇岛过年`).
	if (/——$/.test(prev.text)) return head;
	const minLevel = Math.min(...head.map((h) => h.heading ?? 9));
	const deeper = last.heading !== undefined && minLevel < last.heading;
	if (
		(last.text.length <= MAX_COLUMN_LABEL && prev.text.length > last.text.length) ||
		(deeper && last.text.length <= MAX_SUBHEAD_LABEL)
	)
		return head.slice(0, -1);
	return head;
}

/**
 * Gives a headline printed after its body back to its story: when a story began at a dateline
 * with no headline above it, the first line of the next headline block belongs to it if that
 * line shares more words with its body than with the next story's body.
 */
export function reattachTrailingTitles(segments: PageSegment[]): void {
	for (let i = 0; i + 1 < segments.length; i++) {
		const story = segments[i]!;
		const next = segments[i + 1]!;
		if (story.kind !== 'news' || story.head.length > 0 || story.body.length === 0) continue;
		if (next.head.length < 2 && !(next.head.length === 1 && next.body.length === 0)) continue;
		const candidate = next.head[0]!;
		if (overlap(candidate.text, story.body) > overlap(candidate.text, next.body)) {
			story.head = [candidate];
			story.titleAfterBody = true;
			next.head = next.head.slice(1);
		}
	}
}

/**
 * When a dateline opens a story right after a section heading and a few short lines
 * (a headline with its summary that the walk took for part of the story before), moves them to
 * the new story if they share its words.
 */
export function takeBackHeadline(
	previous: PageSegment,
	next: PageSegment,
	lead: SourceLine[],
): void {
	const body = previous.body;
	let end = body.length;
	let start = end;
	while (
		start > 0 &&
		body[start - 1]!.heading === undefined &&
		lineRole(body[start - 1]!) !== 'heading'
	)
		start--;
	const summary = body.slice(start, end);
	const summaryChars = summary.reduce((n, s) => n + s.text.length, 0);
	if (summary.length > 6 || summaryChars > 500 || start === 0) return;
	end = start;
	while (start > 0 && lineRole(body[start - 1]!) === 'heading') start--;
	const head = body.slice(start, end);
	if (head.length === 0 || start === 0) return;
	const headText = head.map((h) => h.text).join('');
	const shared =
		overlap(headText, lead) >= 0.25 ||
		(summary.length > 0 && overlap(summary.map((s) => s.text).join(''), lead) >= 0.3);
	if (!shared) return;
	previous.body = body.slice(0, start);
	next.head = withoutColumnLabels(head);
	next.body = summary;
}
