import { readIngestLines } from '../schema/ingest-lines.ts';
import { alternation } from '../schema/media-words.ts';

// A headline a title box broke inside a number (`…超过3` + `500万人次`) or between a number and its
// unit (`…出台12` + `条措施`): no kicker (引题) ends on a bare number, so the two lines are one.

const { numberUnits } = readIngestLines().brokenHeadline;

/** A lower half opening on the number's rest or on a unit or classifier (`numberUnits`). */
const NUMBER_REST = new RegExp(`^(?:\\d|(?:${alternation(numberUnits)}))`, 'u');

/**
 * True when `left` (the upper half, without spaces) ends on a figure and `right` (the lower, the
 * shorter) goes on with the number's digits or its unit.
 */
export function cutsNumber(left: string, right: string): boolean {
	return /\d$/u.test(left) && NUMBER_REST.test(right) && right.length < left.length;
}
