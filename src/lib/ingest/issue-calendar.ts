import type { IssueCalendar } from '../schema/page-furniture.ts';
import type { SourceLine } from './types.ts';

// An e-paper's date picker (往期回顾) saved as text: the month's head (`2024年5月`), the steps to the
// month before or after (`< 上月　下月 >`), the weekdays' heads (`日 一 二 三 四 五 六`, `SUN MON …`)
// and the month's days, a week to a line. Whatever its wording, the days give it away: rows of
// day numbers, each going on from the last.

const TOKENS = /[\s\u3000|｜·•]+/;
/** A month's head: `2024年5月`, `2024-05`, `2024.5`, alone on its line. */
const MONTH_HEAD = /^\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[-./]\s*\d{1,2})\s*$/;

/** The day numbers of a row of the month's days, or undefined when `text` is none. */
function dayRow(text: string): number[] | undefined {
	const parts = text.trim().split(TOKENS);
	if (parts.length === 0 || parts.length > 7 || !parts.every((p) => /^\d{1,2}$/.test(p)))
		return undefined;
	const days = parts.map(Number);
	const runs = days.every((d, i) => d >= 1 && d <= 31 && (i === 0 || d === days[i - 1]! + 1));
	return runs ? days : undefined;
}

/** True for a line made only of the weekdays' heads or of the picker's steps (`上月`, `今天`). */
function isPickerWords(text: string, cal: IssueCalendar): boolean {
	const parts = text
		.trim()
		.replace(/[<>《》〈〉«»‹›◀▶←→]/g, ' ')
		.split(TOKENS)
		.filter((p) => p !== '');
	if (parts.length === 0) return false;
	const weekdays = parts.every((p) => cal.weekdays.includes(p.toUpperCase()));
	const steps = parts.every((p) => cal.steps.includes(p));
	return (weekdays && parts.length >= 5) || steps;
}

/**
 * Indices of an issue calendar's lines: at least `minRows` rows of day numbers, each row's days
 * going on by one and the next row from the last day of the row above (a week a line), with the
 * weekdays' heads, the picker's steps and the month's head right above them. A table of figures
 * in a story is not a run of days.
 */
export function issueCalendarLines(
	lines: readonly SourceLine[],
	cal: IssueCalendar | undefined,
): Set<number> {
	const out = new Set<number>();
	if (cal === undefined) return out;
	for (let i = 0; i < lines.length; i++) {
		let days = dayRow(lines[i]!.text);
		if (days === undefined) continue;
		let end = i;
		for (;;) {
			const next = dayRow(lines[end + 1]?.text ?? '');
			if (next === undefined || next[0] !== days.at(-1)! + 1) break;
			days = next;
			end++;
		}
		if (end - i + 1 < cal.minRows) {
			i = end;
			continue;
		}
		let start = i;
		while (start > 0) {
			const t = lines[start - 1]!.text;
			if (!isPickerWords(t, cal) && !MONTH_HEAD.test(t)) break;
			start--;
		}
		for (let j = start; j <= end; j++) out.add(j);
		i = end;
	}
	return out;
}
