import { fieldKind } from './field-keys.ts';
import { fitsKey } from './meta-line-forms.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxKeysRow: MAX_KEYS_ROW } = readIngestLines().meta;

/** A table's cell boundary in a row saved as text: a tab, a bar, or a run of two spaces or more. */
const CELL_BREAK = /\s*[\t|｜│]\s*|[ \u3000]{2,}/;

/** The cells of a row, or `undefined` when it has fewer than two. */
function cellsOf(text: string): string[] | undefined {
	// Most lines hold no break: looking for one is far cheaper than splitting them.
	if (!CELL_BREAK.test(text)) return undefined;
	const cells = text
		.trim()
		.split(CELL_BREAK)
		.map((c) => c.trim());
	return cells.length >= 2 && cells.every((c) => c !== '') ? cells : undefined;
}

/**
 * The lines with a table of fields saved as text, a row of keys over a row of values
 * (`来源	日期	点击` over `某某县融媒体中心	2024-05-01 08:00	123`), joined into one labelled line
 * (`来源：某某县融媒体中心  日期：2024-05-01 08:00  点击：123`) on the keys' line number. The keys must all
 * be field keys, one of them a source's or a date's, and each source or date value must have its
 * field's shape; any other pair of lines is left as it is.
 */
export function joinFieldRows(lines: SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const joined = joinedRow(line.text, lines[i + 1]?.text);
		if (joined === undefined) out.push(line);
		else {
			out.push({ ...line, text: joined });
			i++;
		}
	}
	return out;
}

/** The labelled line of a row of keys and the row of values under it, when they are a table's. */
function joinedRow(keysRow: string, valuesRow: string | undefined): string | undefined {
	if (valuesRow === undefined || keysRow.length > MAX_KEYS_ROW || /[:：]/.test(keysRow))
		return undefined;
	const keys = cellsOf(keysRow);
	if (keys === undefined || !keys.every((k) => fieldKind(k) !== undefined)) return undefined;
	const kinds = keys.map((k) => fieldKind(k));
	if (!kinds.some((k) => k === 'source' || k === 'date')) return undefined;
	const values = cellsOf(valuesRow);
	if (values?.length !== keys.length) return undefined;
	const fits = keys.every(
		(k, j) => !(kinds[j] === 'source' || kinds[j] === 'date') || fitsKey(k, values[j]!),
	);
	return fits ? keys.map((k, j) => `${k}：${values[j]!}`).join('  ') : undefined;
}
