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
		const value = titleFieldValue(l.text);
		return value === undefined ? l : { ...l, text: value };
	});
}

/** The headline a record's title field names (`标  题\t某某县部署防汛工作` → `某某县部署防汛工作`), or undefined. */
export function titleFieldValue(text: string): string | undefined {
	const key = TITLE_KEY.exec(text);
	if (key === null) return undefined;
	const value = text.slice(key[0].length).trim();
	return !/\p{Script=Han}{4}/u.test(value) || /[。！？]$/.test(value) ? undefined : value;
}

/**
 * The headline the page's record names in its title field, where the page prints that headline
 * again as a line of its own and the title read is another line: the record names its page's
 * headline outright. `lines` are the page's non-empty lines as printed.
 */
export function titleNamedByField(title: string, lines: readonly string[]): string | undefined {
	const compact = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/gu, '');
	for (const line of lines) {
		const value = titleFieldValue(line);
		if (value === undefined) continue;
		if (compact(value) === compact(title)) return undefined;
		return lines.some((l) => compact(l) === compact(value)) ? value : undefined;
	}
	return undefined;
}
