import type { TailNotices } from '../schema/tail-notices.ts';
import { alternation } from '../schema/media-words.ts';
import { oncePer } from '../once-per.ts';

// The notices a site prints under an article's text about the article itself, whatever their
// wording: a correction (a label or brackets, the article named, something wrong put right) and a
// call for news tips (a tip word and a channel to send them by).

/** A long number: a hotline's or a QQ account's, with or without its area code. */
const LONG_NUMBER = /\d{5,}/;

/** A correction's label opening the line, keyed by a colon or in brackets; `[1]` is the rest. */
const correctionLabel = oncePer((notices: TailNotices): RegExp => {
	const labels = alternation([...notices.correctionLabels].sort((a, b) => b.length - a.length));
	// A day the correction was made may follow the label in brackets (`更正（2024年5月12日）：`).
	const day = '(?:[（(]\\s*[\\d年月日.\\-/:：\\s]{4,20}[)）])?';
	return new RegExp(
		`^(?:[【\\[［〔(（]\\s*(?:${labels})\\s*[】\\]］〕)）]\\s*[:：]?|(?:${labels})\\s*${day}\\s*[:：])(.*)$`,
	);
});

/** True when `text` holds one of `words`. */
const has = (text: string, words: readonly string[]): boolean =>
	words.some((w) => text.includes(w));

/** A line wholly in brackets: its inside, else undefined. */
function bracketed(text: string): string | undefined {
	const m = /^[（(【[〔［](.*)[)）】\]〕］]$/.exec(text);
	return m?.[1];
}

/**
 * True for a notice about the article printed under its text: a correction, opening with its label
 * (`更正：`, `【勘误】`, `编者注：`) or wholly in brackets, that names the article or its outlet (本文, 原稿,
 * 《…》一文, 本报, or its title in 《》 right after the label) and says something was wrong and put right (有误, 更正, 修改, 调整, 致歉); or a call
 * for news tips (报料, 爆料, 新闻线索) with a channel to send them by (热线, 邮箱, a long number).
 */
export function isTailNotice(text: string, notices: TailNotices | undefined): boolean {
	if (notices === undefined || text.length > notices.maxChars) return false;
	const rest = correctionLabel(notices).exec(text)?.[1] ?? bracketed(text);
	// Under a correction's label, a title in 《》 names the article as 本文 does.
	const named = (r: string) => has(r, notices.selfReferences) || /^\s*《[^》]+》/.test(r);
	if (rest !== undefined && named(rest) && has(rest, notices.correctionWords)) return true;
	return has(text, notices.tipWords) && (has(text, notices.tipChannels) || LONG_NUMBER.test(text));
}
