import type { BriefingHeads } from '../schema/page-furniture.ts';
import { endsSentence } from './patterns.ts';
import { isParagraph } from './phrase-furniture.ts';
import { oncePer } from '../once-per.ts';
import type { SourceLine } from './types.ts';

// A portal reporting a press conference (新闻发布会, 通气会, 吹风会) prints the meeting's card between
// the headline block and the story: a line naming the meeting (`某某县新闻发布会（第8场）`, `…举行第8
// 场新闻发布会。`) and its fields, each a key and its value (`时间：…`, `主　持　人　…`, `发布人：…`).
// Saved as text, the card reads as the story's first lines, or its first as the headline.

/** A field's key (two to six Han characters, spaces between them allowed) and its value. */
const FIELD =
	/^[\s\u3000]*([\u3400-\u9fff](?:[\s\u3000]*[\u3400-\u9fff]){1,5})(?:\s*[：:]\s*|[\s\u3000]+)(\S.*)$/;

/** A later field's key on the same line, keyed by a colon after spaces or a bar (`　地点：`). */
const LATER_KEY = /[\s\u3000|｜]+([\u3400-\u9fff]{2,6})\s*[：:]/g;

/** The page's own meta keys on a colon, compiled once per config. */
const pageKeyPatterns = oncePer((heads: BriefingHeads) =>
	heads.pageKeys.map((k) => new RegExp(`${k}\\s*[：:]`)),
);

/**
 * The card's keys on `text`, spaces taken out of them (the first opening the line, any later one
 * keyed by a colon: `时间：…　地点：…　主持人：…`), when `text` is a line of the card; else undefined.
 */
function fieldKeys(text: string, heads: BriefingHeads): string[] | undefined {
	if (text.length > heads.maxLine || endsSentence(text)) return undefined;
	// The page's own meta line (`发布时间：…　来源：…`) names its source or writer: no card's line.
	if (pageKeyPatterns(heads).some((key) => key.test(text))) return undefined;
	const known = (k: string) => heads.roleKeys.includes(k) || heads.fieldKeys.includes(k);
	const key = FIELD.exec(text)?.[1]!.replace(/[\s\u3000]+/g, '');
	if (key === undefined || !known(key)) return undefined;
	return [key, ...[...text.matchAll(LATER_KEY)].map((m) => m[1]!).filter(known)];
}

/** True for the line that names the meeting: short, one of `meetings` in it, one sentence at most. */
const isMeetingLine = (text: string, heads: BriefingHeads) =>
	text.length <= heads.maxMeetingLine &&
	heads.meetings.some((w) => text.includes(w)) &&
	!/[。！？!?](?=.)/.test(text);

/**
 * Indices of a press conference's card above a page's text: a run of fields (`fieldKeys`, `roleKeys`:
 * 时间, 地点, 主持人, 发布人), two lines or more, with a role among them under the line that names the
 * meeting or two roles without it; with that line. A meeting's notice in a story's text comes
 * under its paragraphs, and a transcript's questions and answers close their sentences. Without
 * `heads`, none.
 */
export function briefingHeadLines(
	lines: readonly SourceLine[],
	heads: BriefingHeads | undefined,
): Set<number> {
	const out = new Set<number>();
	if (heads === undefined) return out;
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]!.text;
		if (isParagraph(text) && !isMeetingLine(text, heads)) break;
		if (fieldKeys(text, heads) === undefined) continue;
		let end = i;
		const keys: string[] = [];
		for (let k; (k = fieldKeys(lines[end]?.text ?? '', heads)) !== undefined; end++)
			keys.push(...k);
		const roles = keys.filter((k) => heads.roleKeys.includes(k));
		const named = i > 0 && isMeetingLine(lines[i - 1]!.text, heads);
		if (end - i >= 2 && roles.length >= (named ? 1 : 2)) {
			for (let j = named ? i - 1 : i; j < end; j++) out.add(j);
		}
		i = end - 1;
	}
	return out;
}
