import type { PlayerNotices } from '../schema/player-notices.ts';

// Where a saved page had audio or video, its copy as text keeps the player's notice: that the
// browser or device cannot play it, or where to hear or see it (`当前浏览器无法播放该视频，请更换浏览器`,
// `（此处为音频，请在客户端收听）`, `直播请在APP观看`). Sites word it endlessly; its shape is one: a short
// line naming the medium and what plays it, with a refusal or an instruction, or a bracketed line
// pointing at the place the medium had. The words are the genre's (`playerNotices` in
// `page-furniture.json`).

/** Brackets and marks around the notice: `（…）`, `【…】`, `>>`, arrows. */
const EDGE_MARKS = /^[\s[【(（〔「<《▶▷►→]+|[\s\]】)）〕」>》»→]+$/gu;
/** A line wholly in brackets. */
const BRACKETED = /^\s*[[【(（〔][^[【(（〔\]】)）〕]+[\]】)）〕]\s*$/u;
/** Where a clause ends. */
const CLAUSE_END = /[，,；;：:。！!？?\s[\]【】()（）〔〕]+/u;
/** A sentence's full stop at the end: a notice's refusal rarely closes so, a report's line does. */
const FULL_STOP = /[。！!？?]$/u;

const holds = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/** True when a clause opens with an instruction, or a medium names what the instruction is about (`视频请…`). */
function asks(text: string, n: PlayerNotices): boolean {
	return text
		.split(CLAUSE_END)
		.some(
			(clause) =>
				n.askWords.some((a) => clause.startsWith(a)) ||
				n.mediaWords.some((m) => n.askWords.some((a) => clause.includes(m + a))),
		);
}

/**
 * True for a player's notice (see the module's comment): up to `maxChars` characters without its
 * brackets, naming a medium, and either what plays it with a refusal (not closed as a sentence) or
 * with a clause that opens with an instruction, or both a refusal and such a clause, or opening with a place word (`此处为音频`), wholly
 * in brackets or with such a clause.
 */
export function isPlayerNotice(text: string, notices: PlayerNotices | undefined): boolean {
	if (notices === undefined) return false;
	const bare = text.replace(EDGE_MARKS, '');
	if (bare === '' || bare.length > notices.maxChars || !holds(bare, notices.mediaWords))
		return false;
	// A sentence of three clauses or more closed by its stop is a report's, not a player's.
	if (FULL_STOP.test(bare) && (bare.match(/[，,]/g) ?? []).length >= 2) return false;
	const refuses = holds(bare, notices.refusalWords) && !FULL_STOP.test(bare);
	if (holds(bare, notices.playerWords) && (refuses || asks(bare, notices))) return true;
	// A player that failed says so and what to do, naming no player (`视频加载失败，请刷新后重试`).
	if (refuses && asks(bare, notices)) return true;
	const placed = notices.placeWords.some((w) => bare.startsWith(w));
	return placed && (BRACKETED.test(text) || refuses || asks(bare, notices));
}
