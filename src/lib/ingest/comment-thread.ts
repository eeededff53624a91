import { DATE_SEPARATORS, DATE_START } from './meta-dates.ts';
import { readPageMetaLine } from './page-meta.ts';
import { hanCount } from './patterns.ts';
import type { SourceLine } from './types.ts';
import { isBodyText } from './web-headline.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// Readers' comments saved with a web page under its text (网友评论, 留言): a heading with the count,
// then each comment as its poster's handle and time, what the reader wrote (a short line), and the
// buttons under it (赞, 回复, 举报). Told by that shape, whatever the handles and words.

/**
 * A time as comments print it: a date with its year, a month and day in words, a month-day with a
 * clock time, or a relative time (`3小时前`). A bare `1/3` (a print's sheet count) is none.
 */
const TIME = `${DATE_START}\\s*\\d{1,2}\\s*[${DATE_SEPARATORS}月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{1,2}月\\d{1,2}日(?:\\s*\\d{1,2}:\\d{2})?|\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}|\\d+\\s*(?:分钟|小时|天)前|昨天\\s*\\d{1,2}:\\d{2}`;
/** A handle or a name: no space and no sentence punctuation. */
const HANDLE = '[^\\s，。！？：:、；]{1,16}';

/** The section's heading: `网友评论（3）`, `全部评论 5`, `留言板`, `已有4条留言`. */
const COMMENT_HEAD =
	/^[^\p{L}\p{N}]*(?:网友|读者|全部|热门|最新|精彩|精选|用户)?(?:评论|留言|跟帖)(?:区|板|列表)?\s*(?:[(（]\s*\d+\s*[)）]|\d+\s*条?)?[^\p{L}\p{N}]*$|^(?:已有|共有?)\s*\d+\s*(?:条|人)(?:评论|留言|跟帖|参与)/u;
/** A comment's buttons and their counts alone on a line: `赞(12)　回复`, `回复 | 举报`, `12赞`. */
const ACTIONS =
	/^(?:(?:\d+\s*)?(?:赞|点赞|顶|踩|回复|举报)(?:\s*[(（]?\s*\d+\s*[)）]?)?[\s|｜·•]*)+$/;
/** A comment's time and the buttons after it, with its region or not: `05-09 08:12 · 山东　12赞`. */
const TIME_ACTIONS = new RegExp(
	`^(?:${TIME})(?:\\s*[·•|｜]?\\s*[\\u3400-\\u9fff]{2,4})?\\s*[·•|｜]?\\s*(?:\\d+\\s*赞|赞\\s*[(（]?\\d+|回复|举报)`,
);
/** A poster's handle and time (`李华　2023-05-09 08:12`, `游客 发表于 5月9日`), or region and handle (`[山东网友] 李华`). */
const POSTER = new RegExp(
	`^${HANDLE}\\s*(?:\\s发表于|\\s)\\s*(?:${TIME})$|^[\\[【〔][\\u3400-\\u9fff]{1,8}(?:网友|用户|市民)[\\]】〕]\\s*${HANDLE}$`,
);
/** A comment printed after its handle and a colon: `李华：防火无小事`. */
const HANDLE_COLON = new RegExp(`^${HANDLE}[:：]\\S`);
const { maxCommentHan: MAX_COMMENT_HAN } = readIngestLines().pageTools;

/** True for a line that only a comment prints: its poster line or its buttons. */
function isCommentMark(text: string): boolean {
	return ACTIONS.test(text) || TIME_ACTIONS.test(text) || POSTER.test(text);
}

/** A comment's time with its poster's region or not, alone on its line (`2019-02-09 10:03 山东`). */
const TIME_PLACE = new RegExp(`^(?:${TIME})(?:\\s*[·•|｜]?\\s*[\\u3400-\\u9fff]{2,4})?$`);

/**
 * True for line `i` when it is a reader's comment's time under the text: with its buttons after it
 * (`2019-02-09 10:03 山东  赞66`, `… 回复 👍94`) or on the line under it (`赞66`, `回复`). It dates
 * the comment, never the page.
 */
export function isCommentTime(lines: readonly SourceLine[], i: number): boolean {
	const t = lines[i]!.text;
	const next = lines[i + 1]?.text;
	const shaped =
		TIME_ACTIONS.test(t) || (next !== undefined && TIME_PLACE.test(t) && ACTIONS.test(next));
	// Comments stand under the text: a paragraph of it above.
	return shaped && lines.slice(0, i).some((l) => isBodyText(l.text));
}

/** A handle alone on its line, with the poster's region after a dot or bar or not (`某某 · 山东`). */
const HANDLE_ALONE = new RegExp(`^${HANDLE}(?:\\s*[·•|｜]\\s*[\\u3400-\\u9fff]{2,4})?$`);

/** True for a poster's handle over a comment's text (`某某` over `说得好！`), each on its line. */
function isHandleOverText(handle: string, text: string): boolean {
	const han = hanCount(text);
	return HANDLE_ALONE.test(handle) && han >= 1 && han <= MAX_COMMENT_HAN;
}

/** Where the comment section starts at line `i` (a mark or a heading), or -1. */
function sectionStart(lines: SourceLine[], i: number): number {
	const t = lines[i]!.text;
	if (COMMENT_HEAD.test(t)) return i;
	if (POSTER.test(t)) return i;
	// The buttons close a comment: its text, and the poster's line over it, stand above them.
	const above = (k: number) => (k >= 0 ? lines[k]!.text : '');
	if (TIME_ACTIONS.test(t)) {
		if (HANDLE_COLON.test(above(i - 1))) return i - 1;
		// Its handle and its text may stand on lines of their own above it.
		return isHandleOverText(above(i - 2), above(i - 1)) ? i - 2 : i;
	}
	if (ACTIONS.test(t)) return POSTER.test(above(i - 2)) ? i - 2 : i - 1;
	return -1;
}

/**
 * Drops the readers' comments under a web page's text: from the section's heading or its first
 * comment to the last line of the run of comments (marks, and short lines between them), once two
 * marks (a heading, a poster's line, a row of buttons) say it is one, and no paragraph of prose
 * follows the run. Lines after it (a side column's fields, the footer) are left to the tail's
 * trimming. Nothing goes above the text's first paragraph.
 */
export function dropCommentThread(lines: SourceLine[]): SourceLine[] {
	const first = lines.findIndex((l) => isBodyText(l.text));
	if (first < 0) return lines;
	for (let i = first + 1; i < lines.length; i++) {
		const start = sectionStart(lines, i);
		if (start <= first) continue;
		let end = start;
		let marks = 0;
		for (let k = start; k < lines.length; k++) {
			const t = lines[k]!.text;
			const mark = COMMENT_HEAD.test(t) || isCommentMark(t);
			if (!mark && (hanCount(t) > MAX_COMMENT_HAN || readPageMetaLine(t)?.kind === 'fields')) break;
			if (mark) marks++;
			end = k;
		}
		// One mark is a comment when the poster's handle or text stands with it (`某某：…`, or the
		// handle and the text over the time).
		const whole =
			HANDLE_COLON.test(lines[start]!.text) ||
			(start === i - 2 && TIME_ACTIONS.test(lines[i]!.text));
		if (marks < 2 && !(marks === 1 && whole)) continue;
		// Comments stand under the whole text: a paragraph after them says the marks were the text's.
		if (lines.slice(end + 1).some((l) => isBodyText(l.text) && hanCount(l.text) > MAX_COMMENT_HAN))
			continue;
		// Comments above it whose time line is gone (read as the page's date) are its too.
		let top = start;
		while (top - 2 > first && isHandleOverText(lines[top - 2]!.text, lines[top - 1]!.text))
			top -= 2;
		return [...lines.slice(0, top), ...lines.slice(end + 1)];
	}
	return lines;
}
