import { fieldKind } from './field-keys.ts';
import { PERSON_NAME } from './patterns.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxEditorsLine: MAX_EDITORS_LINE, maxSpacedEditorsLine: MAX_SPACED_EDITORS_LINE } =
	readIngestLines().furnitureShapes;

// A line that names only the page's editors (编辑, 审核, 一审 …), keyed by colons, bars or spaces;
// a byline's roles (记者, 通讯员) name the text's authors and stay.

/** Roles a byline names (the text's authors), kept for the reporters, unlike its editors. */
const BYLINE_ROLE = /记者|通讯员|作者|撰稿|撰文|摄影|摄像|^文$|^图$/;
/** A role's key and what sets it off from the name: a colon, a bar or a slash (`编辑/某某`). */
const PEOPLE_KEY = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{1,6})\s*[:：|｜丨/／]\s*/g;

/** A two-character key spaced to the width of three, as print sets it: `编　辑：`, `校 对：`. */
const SPACED_KEY =
	/(?<![\u3400-\u9fff])([\u3400-\u9fff])[ \u3000]+([\u3400-\u9fff])(?=\s*[:：|｜丨])/gu;
/** A bar between two fields keyed by colons: `编辑：某某 | 审核：某某`. */
const BAR_BEFORE_KEY = /\s*[|｜丨]\s*(?=[\u3400-\u9fff]{1,6}\s*[:：])/u;

/**
 * True for a line that names only the page's editors: `编辑｜某某`, `一审：某 二审：某 三审：某`,
 * `编辑/某某 校对/某某`,
 * `编辑：某某 | 审核：某某` (fields keyed by colons and set apart by bars, each an editor's), its keys
 * spaced or not (`编　辑：某某　校　对：某某`).
 */
export function isEditorsLine(line: string): boolean {
	if (line.length > MAX_EDITORS_LINE || /[。，；！？,;!?]/.test(line)) return false;
	const text = line.replace(SPACED_KEY, '$1$2');
	const fields = text.split(BAR_BEFORE_KEY);
	if (fields.length > 1) return fields.every(isEditorsLine);
	const keys = [...text.matchAll(PEOPLE_KEY)];
	if (keys.length === 0 || text.slice(0, keys[0]!.index).replace(/[【[(（\s]/g, '') !== '')
		return false;
	// Every key names an editor's role and is followed by a name (`编辑同志：` opens a letter).
	return keys.every((k, i) => {
		const end = keys[i + 1]?.index ?? text.length;
		const value = text.slice(k.index + k[0].length, end).replace(/[】\])）\s]/g, '');
		return fieldKind(k[1]!) === 'people' && !BYLINE_ROLE.test(k[1]!) && value !== '';
	});
}

/**
 * True for an editors' line keyed by spaces alone: `（编辑 王某 审核 李某）`, `编辑 王某 终审 刘某`.
 * Unbracketed, it takes two roles: `编辑 某某` alone may open a sentence.
 */
export function isSpacedEditorsLine(text: string): boolean {
	if (text.length > MAX_SPACED_EDITORS_LINE) return false;
	const bracketed = /^[（(【[［〔]\s*(.+?)\s*[）)】\]］〕]$/.exec(text);
	const tokens = (bracketed?.[1] ?? text).split(/\s+/);
	if (tokens.length % 2 !== 0 || tokens.length < (bracketed === null ? 4 : 2)) return false;
	return tokens.every((t, i) =>
		i % 2 === 0 ? fieldKind(t) === 'people' && !BYLINE_ROLE.test(t) : PERSON_NAME.test(t),
	);
}
