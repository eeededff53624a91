import { endsSentence, hanAtLeast, hanCount } from './patterns.ts';
import { isPagerLine } from './pager-line.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { minRunningTextHan: MIN_RUNNING_TEXT_HAN } = readIngestLines().prose;
const { maxSeamRestHan: MAX_SEAM_REST_HAN } = readIngestLines().pageTools;

/**
 * A page saved part by part or printed sheet by sheet repeats what heads and ends each part or
 * sheet (a browser's print header and footer: the day it was printed, the title bar, the page's
 * address and the sheet's number; a split article's pager, and the headline or meta line a later
 * part prints again), so those lines stand inside the text. They are told by repetition and place,
 * not wording: a pager, or a line with a web address or a sheet's number that recurs on the page
 * (its figures aside), marks a seam; the lines next to a seam that the page prints elsewhere too,
 * word for word, belong to it.
 */

/** A web address in a line: `https://…`, `www.…`, `….gov.cn/…`. */
const ADDRESS = /https?:\/\/|www\.|[\w-]+\.(?:gov|com|net|org|edu|cn)(?:\.cn)?\//i;
const { maxSeamLine: MAX_SEAM_LINE } = readIngestLines().pageTools;

const masked = (text: string) => text.replace(/\d+/g, '#');

function isProse(text: string): boolean {
	return endsSentence(text) && hanAtLeast(text, MIN_RUNNING_TEXT_HAN);
}

/** True when `text` with its web address taken out is a pager or a sheet's number, or nothing. */
function isAddressSeam(text: string): boolean {
	if (!ADDRESS.test(text)) return false;
	const rest = text.replace(/(?:https?:\/\/|www\.)?[\w.-]+\.[a-z]{2,}(?:\/[^\s]*)?/gi, ' ').trim();
	return rest === '' || isPagerLine(rest) || hanCount(rest) <= MAX_SEAM_REST_HAN;
}

/** The page's lines without its seams' lines (see the module's comment). */
export function dropSheetRepeats(lines: SourceLine[]): SourceLine[] {
	const shapeOf = lines.map(({ text }) => masked(text));
	const shapes = new Map<string, number>();
	const exact = new Map<string, number>();
	lines.forEach(({ text }, i) => {
		shapes.set(shapeOf[i]!, (shapes.get(shapeOf[i]!) ?? 0) + 1);
		exact.set(text, (exact.get(text) ?? 0) + 1);
	});
	const drop = new Set<number>();
	const seams: number[] = [];
	lines.forEach(({ text }, i) => {
		if (text.length > MAX_SEAM_LINE || isProse(text)) return;
		const recurs = shapes.get(shapeOf[i]!)! >= 2;
		if (isPagerLine(text) || (recurs && isAddressSeam(text))) seams.push(i);
	});
	if (seams.length === 0) return lines;
	const belongs = (i: number) => {
		const text = lines[i]?.text;
		return (
			text !== undefined &&
			!drop.has(i) &&
			(exact.get(text) ?? 0) >= 2 &&
			text.length <= MAX_SEAM_LINE &&
			!isProse(text)
		);
	};
	for (const i of seams) {
		drop.add(i);
		for (let k = i - 1; belongs(k); k--) drop.add(k);
		for (let k = i + 1; belongs(k); k++) drop.add(k);
	}
	return lines.filter((_, i) => !drop.has(i));
}
