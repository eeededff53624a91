import { DATE, LONE_WEEKDAY } from './meta-dates.ts';

// What an e-paper's masthead prints around the issue's date besides its weekday, set aside before
// the masthead's grammar reads the paper's name and the day.

/** A clock time to the minute after a date (`00:00` aside, a CMS's empty time). */
export const ISSUE_CLOCK = /(?!0{1,2}\s*[:：]\s*00)\d{1,2}\s*[:：]\s*\d{2}/;
/** A clock time set off from the issue's date or weekday (`·07:30`, `09时`, `08时15分`, `18:04:03`). */
const SET_OFF_CLOCK =
	/(?<=^|[\s·•|｜丨])\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?|\s*[时点](?:\s*\d{1,2}\s*分)?)(?=$|[\s·•|｜丨])/gu;
/** The issue's count of pages (`今日12版`, `本期16版`), which only a paper prints, anywhere on the line. */
const PAGE_COUNT = /(?:今日|本期|共)\s*\d{1,3}\s*版/gu;

/**
 * A dated masthead without what pages print around the issue's date besides its weekday, in any
 * order: the hour the issue went up, the weekday again as a calendar badge's one character, the
 * count of pages; `clocked` when a clock to the minute was among them.
 */
export function withoutDayMarks(text: string): {
	text: string;
	clocked: boolean;
	counted: boolean;
} {
	if (!DATE.test(text)) return { text, clocked: false, counted: false };
	const clocks = text.match(SET_OFF_CLOCK) ?? [];
	const bare = text
		.replace(/\s*[·•|｜丨]\s*(?=星期|周[一二三四五六日])/gu, ' ')
		.replace(SET_OFF_CLOCK, ' ')
		.replace(PAGE_COUNT, ' ')
		.replace(LONE_WEEKDAY, ' ')
		.replace(/(?:\s*[·•|｜丨]\s*)+(?=\s*(?:[·•|｜丨]|$))/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
	return {
		text: bare,
		clocked: clocks.some((c) => ISSUE_CLOCK.test(c)),
		counted: new RegExp(PAGE_COUNT.source, 'u').test(text),
	};
}
