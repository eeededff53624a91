import type { Colophon } from '../schema/tail-notices.ts';
import type { SourceLine } from './types.ts';
import { alternation } from '../schema/media-words.ts';
import { oncePer } from '../once-per.ts';

// A newspaper's 报尾 (colophon), whatever its wording: lines of the paper's own fields (主管, 主办,
// 社址, 邮政编码, 社长, 总编辑, 定价, 印刷, 出版物号…), several to a line and closing no sentence, with
// the plain keyed lines beside them (its hotlines). An e-paper saved as text keeps it under its last
// story, where it reads as that story's last lines.

/**
 * An issue's number or day (`2024年第2期`, `1月16日`): a cover's line names its issue beside its 邮发代号,
 * and the masthead's reader takes it; a subscription's line names a price and a code.
 */
const ISSUE = /第\s*\d+\s*期|\d{1,2}\s*月\s*\d{1,2}\s*日/;
/** A sentence's mark: no colophon line holds one. */
const SENTENCE = /[。！？；，,;!?]/;
/** A line of keyed fields only: `新闻热线：1234567　投诉电话：7654321`. */
const FIELDS = /^(?:[\u3400-\u9fff]{2,8}\s*[:：]\s*[^\s:：]+\s*)+$/;

interface Compiled {
	/** One of the paper's keys set off as a field's: a colon or a space after it, or the line's end. */
	key: RegExp;
	/** A printer's line: its name (`某某印务中心`, `某某印刷厂`) and the verb closing it (印刷, 承印). */
	printer: RegExp;
	/** One of the keys a paper alone prints, before its code (`邮发代号11-22`). */
	sole: RegExp | undefined;
}
const compile = oncePer((colophon: Colophon): Compiled => ({
	key: new RegExp(`(?:${alternation(colophon.keys)})(?=\\s*[:：]|\\s|$)`, 'g'),
	sole:
		colophon.soleKeys.length === 0
			? undefined
			: new RegExp(`(?:${alternation(colophon.soleKeys)})\\s*[:：]?\\s*[\\dA-Z]`),
	printer: new RegExp(
		`(?:${alternation(colophon.printers)})[\\u3400-\\u9fff]{0,8}(?:${alternation(colophon.printVerbs)})$`,
	),
}));

/**
 * True for a colophon's line: short, no sentence, holding `minKeys` of the paper's keys set off as
 * fields (`社址：`, `…社出版　`; `某某日报社社长兼总编辑 某某`, a writer's title, sets off one), a
 * printer's line (`某某日报印务中心印刷`), or one of `soleKeys` before its code (`邮发代号11-22`).
 */
function isColophonLine(text: string, colophon: Colophon): boolean {
	if (text.length > colophon.maxLine || SENTENCE.test(text)) return false;
	const { key, printer, sole } = compile(colophon);
	return (
		new Set(text.match(key) ?? []).size >= colophon.minKeys ||
		printer.test(text.trim()) ||
		(sole?.test(text) === true && !ISSUE.test(text))
	);
}

/**
 * True for the head of the paper's subscription notice over its colophon lines (`欢迎订阅2025年
 * 《某某周报》`): short, holding one of `noticeHeads`, no clause in it.
 */
const isNoticeHead = (text: string, colophon: Colophon) =>
	text.length <= colophon.maxNoticeHead &&
	!/[。，；,;]/.test(text) &&
	colophon.noticeHeads.some((w) => text.includes(w));

/**
 * The line numbers of a page's colophon: each line holding `minKeys` of the paper's field keys and
 * no sentence (`某某日报社出版　社址：…　邮政编码：…`, `某某日报印务中心印刷`), with the lines of keyed fields
 * next to them (`新闻热线：…　投诉电话：…`). A notice's own contacts (an address, a phone) name no
 * paper's field. Without `colophon`, none.
 */
export function colophonLines(
	lines: readonly SourceLine[],
	colophon: Colophon | undefined,
): Set<number> {
	const out = new Set<number>();
	if (colophon === undefined) return out;
	const fields = (i: number) => {
		const t = lines[i]?.text.trim() ?? '';
		return t.length <= colophon.maxLine && !/[。！？；，,;]/.test(t) && FIELDS.test(t);
	};
	for (let i = 0; i < lines.length; i++) {
		if (!isColophonLine(lines[i]!.text.trim(), colophon)) continue;
		let start = i;
		while (start > 0 && !out.has(lines[start - 1]!.line) && fields(start - 1)) start--;
		let end = i;
		while (
			end + 1 < lines.length &&
			(fields(end + 1) || isColophonLine(lines[end + 1]!.text.trim(), colophon))
		)
			end++;
		if (start > 0 && isNoticeHead(lines[start - 1]!.text.trim(), colophon)) start--;
		for (let j = start; j <= end; j++) out.add(lines[j]!.line);
		i = end;
	}
	return out;
}
