import type { ReplyCards } from '../schema/reply-cards.ts';
import { alternation } from '../schema/media-words.ts';
import { oncePer } from '../once-per.ts';
import type { SourceLine } from './types.ts';

// A portal's 政民互动 card under a story: a resident's message and an office's answer, both dated
// after the story. Whatever a site calls its fields, they are keyed by a message or an answer word
// and what it names (`留言标题：`, `答复单位：`, `办理结果：`), the office's answer names its day
// (`某某局答复（2024-05-25）：`, `某某局于2024年5月25日回复：`), and a letter is numbered
// (`信件编号 204411`, `【县长信箱】编号：…`). The words are the genre's (`replyCards` in
// `page-furniture.json`).

/** A day: `2024-05-25`, `2024/5/25`, `2024.05.25`, `2024年5月25日`, a clock time after it or not. */
const DAY = String.raw`(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`;

interface CardPatterns {
	/** A key of a message or an answer and what it names, then a colon. */
	key: RegExp;
	/** An office's answer with its day: before the answer word (`于…`) or bracketed after it. */
	answer: RegExp;
	/** A letter's number: a message word or a bracketed box name, the number key, digits. */
	number: RegExp;
	/** A message or reply word alone in brackets before the text it labels (`【留言】…`). */
	label: RegExp;
}

const patterns = oncePer((cards: ReplyCards): CardPatterns => {
	const by = (words: readonly string[]) =>
		alternation([...words].sort((a, b) => b.length - a.length));
	const [message, reply, field, number] = [
		by(cards.messageWords),
		by(cards.replyWords),
		by(cards.fieldWords),
		by(cards.numberWords),
	];
	const unit = `[^，。；！？,;!?]{2,${cards.maxUnit}}?`;
	return {
		// Who wrote it may stand before the key (`网友留言时间：`, `群众来信内容：`).
		key: new RegExp(
			`^[【[［]?[\\u3400-\\u9fff]{0,2}?(?:${message}|${reply})(?:${field})(?:[】\\]］]\\s*[:：]?|\\s*[:：])\\s*\\S`,
		),
		answer: new RegExp(
			`^${unit}(?:于\\s*${DAY}\\s*(?:${reply})|(?:${reply})\\s*[（(]\\s*${DAY}\\s*[)）])\\s*[:：]`,
		),
		label: new RegExp(`^[【[［]\\s*(?:${message}|${reply})\\s*[】\\]］]\\s*\\S`),
		number: new RegExp(
			`^(?:[【[［][^】\\]］]{2,10}[】\\]］])?\\s*(?:${message})?(?:${number})\\s*[:：]?\\s*[\\d-]{4,}`,
		),
	};
});

/**
 * True for a line of a 政民互动 card (see the module's comment): a message's or an answer's keyed
 * field, an office's answer with its day, or a letter's number.
 */
export function isReplyCardLine(text: string, cards: ReplyCards | undefined): boolean {
	if (cards === undefined) return false;
	const p = patterns(cards);
	const t = text.trim();
	return p.key.test(t) || p.answer.test(t) || p.number.test(t) || p.label.test(t);
}

/**
 * Line numbers of a 政民互动 card's lines among `lines`: its keyed lines (`isReplyCardLine`) and the
 * message's or the answer's text between two of them or closing the lines under one (`您好，…`),
 * which reads as a sentence but is the card's.
 */
export function replyCardLines(
	lines: readonly SourceLine[],
	cards: ReplyCards | undefined,
): Set<number> {
	const keyed = lines.map((l) => isReplyCardLine(l.text, cards));
	const out = new Set<number>();
	for (const [i, l] of lines.entries()) {
		const held =
			i > 0 && keyed[i - 1] === true && (i === lines.length - 1 || keyed[i + 1] === true);
		if (keyed[i] === true || held) out.add(l.line);
	}
	return out;
}
