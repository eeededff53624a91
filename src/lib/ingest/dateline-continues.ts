import type { LineRole } from './line-roles.ts';
import { isDatelineLead } from './line-roles.ts';
import { hanCount } from './patterns.ts';
import { overlap } from './text-overlap.ts';
import type { SourceLine } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

// When a dateline met after a story's text continues that story instead of opening a new item:
// the story so far was its 提要, a letter the report is about, or the first of its dispatches.

const {
	maxSummaryLines: MAX_SUMMARY_LINES,
	summaryRestated: SUMMARY_RESTATED,
	restatementLines: RESTATEMENT_LINES,
	dispatchAnswers: DISPATCH_ANSWERS,
	minAnsweredHan: MIN_ANSWERED_HAN,
} = readIngestArticles().datelines;

/**
 * True when the story's text so far is a summary (提要) of a few paragraphs that the story opened
 * at line `at` restates: the paper prints the gist of a long report between its headline and its
 * dateline, in words taken from the report.
 */
export function restatedSummary(
	body: SourceLine[],
	lines: SourceLine[],
	roles: LineRole[],
	at: number,
	roleOf: Map<SourceLine, LineRole>,
): boolean {
	const text = body.filter((b) => roleOf.get(b) !== 'figure');
	if (text.length === 0 || text.length > MAX_SUMMARY_LINES) return false;
	if (text.some((b) => isDatelineLead(b.text) || roleOf.get(b) !== 'body')) return false;
	const below: SourceLine[] = [];
	for (let k = at; k < lines.length && k < at + RESTATEMENT_LINES; k++) {
		if (k > at && lines[k]!.afterFurniture === true) break;
		if (roles[k] === 'body' || roles[k] === 'dateline') below.push(lines[k]!);
	}
	return overlap(text.map((b) => b.text).join(''), below) >= SUMMARY_RESTATED;
}

/** A date alone on its line (`2019年10月6日`, `二〇一九年十月六日`): the date under a letter's signature. */
export const BARE_DATE =
	/^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;

/**
 * The date a speech or an official document was given, under its title and alone in brackets,
 * maybe with the place (`（2019年12月31日）`, `（二〇二〇年一月十八日  内比都）`, `（2020年1月17日，内比都）`):
 * a document's heading, never a section's; a dispatch note (`…电`) is no such date.
 */
export const ISSUE_DATE =
	/^[(\uFF08](?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日(?:[，,\s]+[\p{Script=Han}·]{2,12})?[)\uFF09]$/u;

/** A dispatch note closing a reprinted text: `（新华社北京10月7日电）`. */
const DISPATCH_NOTE = /^[(\uFF08][^()\uFF08\uFF09]{2,24}电[)\uFF09]$/u;

/**
 * True when a story's text ends with a letter's sign-off: its date (under the signature), and
 * perhaps the dispatch note after it. A dateline next starts the report on that letter.
 */
export function signedOff(body: SourceLine[]): boolean {
	const last = body.at(-1)?.text ?? '';
	return (
		BARE_DATE.test(last) || (DISPATCH_NOTE.test(last) && BARE_DATE.test(body.at(-2)?.text ?? ''))
	);
}

/**
 * True when a second dispatch's lead (`block`) answers a line of the headline of the story it
 * follows (`某某某某分别会见…` over two dispatches): it repeats half of that line's bigrams.
 */
export function leadAnswersHeadline(head: SourceLine[], block: SourceLine): boolean {
	return head.some(
		(h) => hanCount(h.text) >= MIN_ANSWERED_HAN && overlap(h.text, [block]) >= DISPATCH_ANSWERS,
	);
}
