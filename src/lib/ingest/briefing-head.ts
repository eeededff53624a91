import type { BriefingHeads } from '../schema/page-furniture.ts';
import { endsSentence } from './patterns.ts';
import { isParagraph } from './phrase-furniture.ts';
import type { SourceLine } from './types.ts';

// A portal reporting a press conference (新闻发布会, 通气会, 吹风会) prints the meeting's card between
// the headline block and the story: a line naming the meeting (`某某县新闻发布会（第8场）`, `…举行第8
// 场新闻发布会。`) and its fields, each a key and its value (`时间：…`, `主　持　人　…`, `发布人：…`).
// Saved as text, the card reads as the story's first lines, or its first as the headline.

/** A field's key (two to six Han characters, spaces between them allowed) and its value. */
const FIELD =
	/^[\s\u3000]*([\u3400-\u9fff](?:[\s\u3000]*[\u3400-\u9fff]){1,5})(?:\s*[：:]\s*|[\s\u3000]+)(\S.*)$/;

/** The field's key without its spaces, when `text` is a field of the card; else undefined. */
function fieldKey(text: string, heads: BriefingHeads): string | undefined {
	if (text.length > heads.maxLine || endsSentence(text)) return undefined;
	const m = FIELD.exec(text);
	const key = m?.[1]!.replace(/[\s\u3000]+/g, '');
	return key !== undefined && (heads.roleKeys.includes(key) || heads.fieldKeys.includes(key))
		? key
		: undefined;
}

/** True for the line that names the meeting: short, one of `meetings` in it, one sentence at most. */
const isMeetingLine = (text: string, heads: BriefingHeads) =>
	text.length <= heads.maxMeetingLine &&
	heads.meetings.some((w) => text.includes(w)) &&
	!/[。！？!?](?=.)/.test(text);

/**
 * Indices of a press conference's card above a page's text: a run of fields (`fieldKeys`, `roleKeys`:
 * 时间, 地点, 主持人, 发布人) with a role among them, under the line that names the meeting or, without
 * it, of a host's role and another role; with that line. A meeting's notice in a story's text comes
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
		if (fieldKey(text, heads) === undefined) continue;
		let end = i;
		const keys: string[] = [];
		for (
			let k: string | undefined;
			(k = fieldKey(lines[end]?.text ?? '', heads)) !== undefined;
			end++
		)
			keys.push(k);
		const roles = keys.filter((k) => heads.roleKeys.includes(k));
		const named = i > 0 && isMeetingLine(lines[i - 1]!.text, heads);
		if (roles.length >= (named ? 1 : 2)) {
			for (let j = named ? i - 1 : i; j < end; j++) out.add(j);
		}
		i = end - 1;
	}
	return out;
}
