import { hasPostingStamp } from './posting-stamp.ts';
import { hanAtLeast } from './patterns.ts';
import { isHeadlineLine } from './web-headline.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// A title box as narrow as a long headline breaks it a few characters before its end (`…新收获` +
// `新体验`, `…稳中` + `有进`). A kicker (引题) or a subtitle is a phrase of its own, longer than a
// few characters, and a writer's name stands under a headline with its key or its byline's words;
// so a bare tail of a few characters right over the page's date and source line ends the headline
// above it, whether the text prints its words or not.

const { maxTailHan: MAX_TAIL_HAN, minTitleHan: MIN_TITLE_HAN } = readIngestLines().brokenHeadline;

/** A field's key of a page's date and source line (`来源：`, `【发布日期：`, `时间 |`). */
const DATE_OR_SOURCE_KEY = /(?:来源|稿源|发布|日期|时间)\s*[:：|｜丨]/;

/**
 * True when `lower`, between the headline-shaped `upper` and the page's keyed date and source line
 * (`stamp`), is the headline's broken-off end: up to `maxTailHan` Han characters, no space, words
 * running on across the break. (Over an unkeyed line of a name and a day, a WeChat post's, the
 * short line is the writer's name.)
 */
export function isTailOverStamp(upper: string, lower: string, stamp: string): boolean {
	const right = lower.trim();
	return (
		DATE_OR_SOURCE_KEY.test(stamp) &&
		hasPostingStamp(stamp) &&
		/^[\p{Script=Han}\d]+$/u.test(right) &&
		!hanAtLeast(right, MAX_TAIL_HAN + 1) &&
		/[\p{Script=Han}\d]$/u.test(upper.trim()) &&
		hanAtLeast(upper, MIN_TITLE_HAN) &&
		isHeadlineLine({ text: upper, line: 0 })
	);
}
