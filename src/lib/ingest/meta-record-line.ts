import { DATE_START } from './meta-dates.ts';

/**
 * A CMS's record line, rewritten for the field reader (`labelledMetaForm`): it prints the text's
 * number in brackets, its publisher and its dates parted by slashes between spaces, each date after
 * a verb with 于 (`[1024] 某某县应急管理局 ／ 成文于2024-03-04 ／ 发布于2024-03-05`). The number is no
 * field; a slash between spaces parts fields as a bar does; a verb of writing a document with 于
 * keys the document's written date, as `成文日期：` does.
 */

/**
 * A record's number in brackets opening the line, a space after it: `[1024] `, `【No.1024】 `; not a
 * document number's bracketed year (`[2024]-26650`, `〔2024〕12号`), part of the number.
 */
const RECORD_NUMBER = /^\s*[[【〔]\s*(?:No\.?|#)?\s*\d{1,12}\s*[\]】〕]\s+(?=\S)/i;
/** A slash between spaces (`某某局 ／ 发布于…`), not one inside a date's numbers (`2024 / 3 / 5`). */
const SPACED_SLASH = /(\S)\s+[/／]\s+(?=(\S))/g;
/** A verb of writing or issuing a document with 于 before its date: `写成于`, `成文于`, `印发于`. */
const WRITTEN_ON = new RegExp(`(?:写成|撰写|成文|印发|签发|制发)于\\s*(?=${DATE_START})`, 'g');

/** A date's start anywhere on the line. */
const PRINTS_DATE = new RegExp(DATE_START);

/** The line with a record's number dropped, its spaced slashes as bars and its writing verb keyed. */
export function recordLineForm(text: string): string {
	// Only a line that prints a date is a record's: a contents list parts its entries by slashes too.
	if (!PRINTS_DATE.test(text)) return text;
	return text
		.replace(RECORD_NUMBER, '')
		.replace(SPACED_SLASH, (m, before: string, _after: string, at: number, all: string) =>
			/\d/.test(before) && /\d/.test(all.charAt(at + m.length)) ? m : `${before} | `,
		)
		.replace(WRITTEN_ON, '成文日期：');
}
