import { BREADCRUMB } from './page-path.ts';
import { hasPostingStamp } from './posting-stamp.ts';
import { isSiteLike } from './site-like.ts';
import { DATE_PATTERN } from './meta-dates.ts';
import { BYLINE_LINE, endsSentence, hanAtLeast, isFigureLine, PHOTO_CREDIT } from './patterns.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';
import { isBodyText, isHeadlineLine } from './web-headline.ts';
import { wordCutAtBreak } from './word-seam.ts';
import { cutsNumber } from './number-break.ts';
import { isTailOverStamp } from './headline-tail.ts';
import { echoedWhole } from './headline-echo.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';
import { MEDIA_WORDS } from '../schema/media-words.ts';

// A long headline broken over two lines by an editor's line break or a narrow title box: the two
// halves are one title, not a kicker (引题) and its title.

const {
	maxHalf: MAX_HALF,
	maxLongRest: MAX_LONG_REST,
	bodyWindow: BODY_WINDOW,
	span: SPAN,
	maxFragmentHan: MAX_FRAGMENT_HAN,
	minTitleHan: MIN_TITLE_HAN,
	minAnswered: MIN_ANSWERED,
	seamWindow: SEAM_WINDOW,
} = readIngestLines().brokenHeadline;

/** Brackets and quotes a headline opens and closes: `《…》`, `“…”`, `（…）`, `【…】`. */
const PAIRS: readonly [string, string][] = [
	['《', '》'],
	['“', '”'],
	['（', '）'],
	['(', ')'],
	['【', '】'],
	['「', '」'],
];

/** True when `text` leaves a bracket or quote open. */
function leavesOpen(text: string): boolean {
	return PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

/**
 * True when `lower` is the short rest of a bracket or quote `upper` leaves open (`…（声` + `音）`):
 * a character or two and the closing mark, nothing after it.
 */
function closesOpen(upper: string, lower: string): boolean {
	return (
		leavesOpen(upper) &&
		!leavesOpen(upper + lower) &&
		lower.length <= 4 &&
		/^[\p{Script=Han}\d]{1,3}[》”）)】」]$/u.test(lower)
	);
}

/**
 * A column's label in brackets standing alone on its line: `【奋进新征程】`, `【奋进新征程 建功新时代】`;
 * a label holds no field's colon or bar, nor words of one character spaced (`【字体：大 中 小】`).
 */
const LABEL_ALONE = /^【[^【】:：|｜\s]{2,20}(?:[ \u3000][^【】:：|｜\s]{2,20}){0,2}】$/;
/** A medium's tag in brackets (`【图集】`, `【视频】`): it marks a link, not a column. */
const MEDIA_LABEL = /^【(?:图集|组图|图片|图文|视频|音频|直播|专题)】$/;
/** A date alone on its line, as a decree or letter closes: `2023年10月24日`. */
const DATE_ALONE = new RegExp(`^${DATE_PATTERN}$`);
/** A field's key opening a line: `成文日期：`, `来源：`. */
const FIELD_KEY = /^[\u3400-\u9fff]{2,6}\s*[:：]\s*\S/;

const compact = (s: string) => s.replace(/[\s\u00a0\u3000]+/gu, '');

/**
 * True when a word runs across the break between `left` and `right` (`wordCutAtBreak`) and the text
 * prints that word: a title box wrapped the headline there, for a kicker (引题) or a title ends on a
 * word of its own.
 */
function cutsWord(left: string, right: string, body: string): boolean {
	const word = wordCutAtBreak(left, right, SEAM_WINDOW);
	return word !== undefined && body.includes(word);
}

/** The steps of a breadcrumb after 首页 (`首页 >> 政务动态 >> 乡镇动态`): the columns it names. */
export function breadcrumbColumns(text: string): string[] {
	const at = text.search(BREADCRUMB);
	if (at < 0) return [];
	return text
		.slice(at)
		.split(/\s*(?:>>|[>»›＞〉→/|｜])\s*/)
		.slice(1)
		.map((s) => s.trim())
		.filter((s) => /^[\u3400-\u9fff]{2,10}$/.test(s));
}

/**
 * True when `upper` and `lower`, printed one right under the other, are one headline broken in two:
 * the upper half leaves a bracket or quote open, ends on a clause mark a headline never ends on
 * (`，`, `、`, `；`), or is a column label in brackets alone over a line the text answers; or the
 * lower half is the shorter and either a fragment of two characters the text prints (`复苏`) under
 * a headline-shaped line, or the text prints the words that run across the break (`…对中国` +
 * `贸易政策审议` where the text says `对中国贸易`). A kicker (引题) over its title, or a title
 * over its subtitle, is a phrase of its own, most often no longer than the line it stands by.
 */
function isBrokenHeadline(
	upper: string,
	lower: string,
	body: string,
	endsOnly: boolean,
	bylineNext: boolean,
): boolean {
	// On an e-paper page a short line of its own may be a box's heading (`回信`) under the headline:
	// a fragment is the headline's end only where the text prints the words across the break
	// (`…预备`/`会议`, `预备会议`) or the story's byline follows it.
	const label = LABEL_ALONE.test(upper) && !MEDIA_LABEL.test(upper);
	if (endsOnly)
		return (
			(label && isLabelled(lower, body)) ||
			leavesOpen(upper) ||
			(isFragment(upper, lower, body) &&
				(bylineNext || body.includes(compact(upper).slice(-2) + compact(lower))))
		);
	if (LABEL_ALONE.test(upper)) return label && isLabelled(lower, body);
	if (tagWrapped(upper, lower)) return true;
	if (leavesOpen(upper)) return true;
	if (/[，、；,;]$/.test(upper)) return true;
	const left = compact(upper);
	const right = compact(lower);
	if (cutsWord(left, right, body)) return true;
	if (!runsOn(left, right)) return false;
	if (isFragment(upper, lower, body)) return true;
	return body.includes(left.slice(-SPAN) + right.slice(0, SPAN));
}

/** A column's tag in round brackets alone on its line: `（国际论坛）`, `（人民时评）`. */
const TAG_ALONE = /^[（(][\u3400-\u9fff·]{2,10}[)）]$/;

/**
 * True when `lower` is the column tag that closes the headline `upper`, wrapped onto a line of its
 * own by a narrow title box (`某某令人印象深刻` over `（国际论坛）`): a headline-shaped line with no tag
 * of its own over a tag alone that names no medium (`（视频）`).
 */
function tagWrapped(upper: string, lower: string): boolean {
	const tag = lower.trim();
	return (
		TAG_ALONE.test(tag) &&
		!MEDIA_WORDS.mediaWords.includes(tag.slice(1, -1)) &&
		!/[)）]$/.test(upper.trim()) &&
		isHeadlineLine({ text: upper, line: 0 })
	);
}

/** True when `lower` is a title a column's label alone heads: no label itself, answered by the text. */
function isLabelled(lower: string, body: string): boolean {
	return (
		!LABEL_ALONE.test(lower) &&
		hanAtLeast(lower, MIN_TITLE_HAN) &&
		!isSiteLike(lower) &&
		shareIn(bigramSet(lower), bigramSet(body)) >= MIN_ANSWERED
	);
}

/**
 * True when the words may run on across the break from `left` to `right` (both without spaces):
 * a Han character or a figure each side of it, and the lower half the shorter.
 */
function runsOn(left: string, right: string): boolean {
	return (
		/[\p{Script=Han}\d]$/u.test(left) &&
		/^[\p{Script=Han}\d]/u.test(right) &&
		right.length < left.length
	);
}

/**
 * True when `lower` is a fragment of a few characters that is no headline of its own (`突破`,
 * `1647万例`) under a headline-shaped line: it ends the line above when the text prints it.
 */
function isFragment(upper: string, lower: string, body: string): boolean {
	const right = compact(lower);
	return (
		runsOn(compact(upper), right) &&
		!hanAtLeast(right, MAX_FRAGMENT_HAN + 1) &&
		!/\s/.test(lower.trim()) &&
		isHeadlineLine({ text: upper, line: 0 }) &&
		!PHOTO_CREDIT.test(upper) &&
		!/^[△▲■●◆]|[/／]/.test(upper) &&
		body.includes(right)
	);
}

/**
 * True when `lower` is the long rest of a headline the title box cut inside a word (`…伟业不` +
 * `断推向前进——…`): a headline-shaped line of up to `MAX_LONG_REST` characters, no sentence.
 */
function isLongRest(upper: string, lower: SourceLine, body: string): boolean {
	const t = lower.text;
	return (
		t.length > MAX_HALF &&
		t.length <= MAX_LONG_REST &&
		!endsSentence(t) &&
		!isBodyText(t) &&
		!hasPostingStamp(t) &&
		isHeadlineLine(lower) &&
		cutsWord(compact(upper), compact(t), body)
	);
}

/** True for a line that may be half of a headline: short, no sentence, no meta stamp, no text. */
function mayBeHalf(line: SourceLine): boolean {
	const t = line.text;
	return (
		t.length <= MAX_HALF &&
		hanAtLeast(t, 2) &&
		!endsSentence(t) &&
		!isBodyText(t) &&
		!FIELD_KEY.test(t) &&
		!DATE_ALONE.test(t) &&
		!hasPostingStamp(t)
	);
}

/** The opening paragraphs of the text from line `from` on, without spaces ('' when there is none). */
function bodyUnder(lines: readonly SourceLine[], from: number): string {
	let first = from;
	while (first < lines.length && !isBodyText(lines[first]!.text)) first++;
	return compact(
		lines
			.slice(first, first + BODY_WINDOW)
			.map((l) => l.text)
			.join(''),
	);
}

/**
 * Joins the halves of a headline broken over two lines (`isBrokenHeadline`): two short lines right
 * under each other, with text under them, the lower one closing no clause of a list or verse. The
 * joined line keeps the upper line's place. With `endsOnly` (an e-paper page, which prints its
 * kickers, subtitles and boxes' headings on lines of their own) only a headline's end broken off is
 * joined: a bracket or quote left open, or a fragment of two characters the text prints across
 * the break or with the story's byline under it. `stamp` is the page's line of date and source
 * fields, which the lines no longer hold.
 */
export function joinBrokenHeadlines(
	lines: SourceLine[],
	endsOnly = false,
	columns: ReadonlySet<string> = new Set(),
	stamp?: SourceLine,
): SourceLine[] {
	const out: SourceLine[] = [];
	for (let i = 0; i < lines.length; i++) {
		const upper = lines[i]!;
		const lower = lines[i + 1];
		// A number broken across the lines (`…超过3` + `500万人次`) is no data box's figure.
		const number = lower !== undefined && cutsNumber(compact(upper.text), compact(lower.text));
		if (
			lower === undefined ||
			lower.line !== upper.line + 1 ||
			lower.heading !== upper.heading ||
			lower.afterFurniture === true ||
			!mayBeHalf(upper) ||
			!(
				mayBeHalf(lower) ||
				closesOpen(upper.text, lower.text) ||
				(!endsOnly && isLongRest(upper.text, lower, bodyUnder(lines, i + 2)))
			) ||
			// A data box's figure (`3.57万亿`) or a byline under a headline is no half of it.
			(isFigureLine(lower.text) && !number) ||
			BYLINE_LINE.test(lower.text) ||
			/[，、；：,;:]$/.test(lower.text)
		) {
			out.push(upper);
			continue;
		}
		// The headline printed whole elsewhere on the page joins its halves as it prints them.
		const echoed = echoedWhole(upper, lower, lines);
		if (echoed !== undefined) {
			out.push({ ...upper, text: echoed });
			i++;
			continue;
		}
		const body = bodyUnder(lines, i + 2);
		const bylineNext = i + 2 < lines.length && BYLINE_LINE.test(lines[i + 2]!.text);
		// A bare tail of a few characters over the page's date line ends a portal's headline.
		const next = lines[i + 2]?.line === lower.line + 1 ? lines[i + 2] : stamp;
		const tail =
			!endsOnly &&
			next?.line === lower.line + 1 &&
			isTailOverStamp(upper.text, lower.text, next.text);
		// A label naming a column the page's breadcrumb walks through (`首页 > 乡镇动态` over
		// `【乡镇动态】`) is the column's, not the first half of its headline.
		const column = columns.has(upper.text.replace(/^【|】$/g, ''));
		if (
			body === '' ||
			column ||
			!(number || tail || isBrokenHeadline(upper.text, lower.text, body, endsOnly, bylineNext))
		) {
			out.push(upper);
			continue;
		}
		out.push({ ...upper, text: upper.text + lower.text });
		i++;
	}
	return out;
}
