import type { SourceLine } from './types.ts';

// A 政务公开 record prints its headline as a field of its table (`标  题	某某`, `名　　称：某某`),
// above the page's other fields: the field's value is a headline line, its key no part of it.

/** The key of a record's title field, spaced out as tables print it, with its colon, tab or space. */
const TITLE_KEY =
	/^[【[]?\s*(?:标\s*题|题\s*目|名\s*称|文件名称|信息名称)\s*[】\]]?\s*(?:[:：]|(?<=\S)\s|(?<=[】\]]))\s*/u;

/**
 * The lines with a record's title field turned into its value (`标  题	某某县部署防汛工作` →
 * `某某县部署防汛工作`); a key with no value, or a value that is no headline (a sentence, a date),
 * stays as it is.
 */
export function unkeyTitleFields(lines: SourceLine[]): SourceLine[] {
	return lines.map((l) => {
		const key = TITLE_KEY.exec(l.text);
		if (key === null) return l;
		const value = l.text.slice(key[0].length).trim();
		if (!/\p{Script=Han}{4}/u.test(value) || /[。！？]$/.test(value)) return l;
		return { ...l, text: value };
	});
}
