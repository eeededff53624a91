import type { FollowPrompts, PageFurniture } from '../schema/page-furniture.ts';
import { isPhraseFurniture, isProseSentence } from './phrase-furniture.ts';
import { endsSentence, hanCount } from './patterns.ts';
import { isNamedFollowPrompt } from './post-prompts.ts';
import { isPublisherName } from './outlets.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

/**
 * A prompt to follow an account, scan its code or download its app, and the same prompt run into a
 * paragraph's end where a copy lost the break before its box (`…致贺信。长按识别二维码关注某某`).
 * Told by its words' kinds (a call to act, a platform: `followPrompts` in `page-furniture.json`)
 * and its place after the paragraph's last sentence, not by any one wording.
 */

/** A sentence's close inside a line: its stop or ellipsis and any closing quote or bracket after it. */
const SENTENCE_CLOSE = /(?:[。！？!?]|…+)[”"’」』）)]*/g;
/** What parts the pieces of an account list: bars, dots, spaces, a key's colon. */
const LIST_SPLIT = /[\s|｜丨│·•:：]+/;
const { maxListKey: MAX_LIST_KEY, minParagraphHan: MIN_PARAGRAPH_HAN } = readIngestLines().webBody;

/**
 * True for a list of the platforms an account posts on, after its name or a key or alone
 * (`某某融媒账号：微博 | 抖音 | 快手`): two or more platform or share words, nothing else but the
 * first piece.
 */
function isPlatformList(
	text: string,
	prompts: FollowPrompts,
	shareWords: readonly string[],
): boolean {
	const pieces = text.split(LIST_SPLIT).filter((p) => p !== '');
	const platform = (p: string) => prompts.platformWords.includes(p) || shareWords.includes(p);
	const named = pieces.filter(platform);
	if (named.length < 2) return false;
	const rest = pieces.filter((p) => !platform(p));
	return (
		rest.length === 0 ||
		(rest.length === 1 && rest[0] === pieces[0] && rest[0]!.length <= MAX_LIST_KEY)
	);
}

/**
 * True for a short line that asks the reader to follow, scan or download and names where or what for
 * (a call to act and a platform or an offer, `微信搜索“某某”关注我们`, `关注某某，获取更多资讯`), or
 * lists an account's platforms; a sentence of prose that names them is text.
 */
export function isFollowPrompt(text: string, furniture: PageFurniture): boolean {
	const prompts = furniture.followPrompts;
	if (prompts === undefined || text.length > prompts.maxChars) return false;
	if (isPlatformList(text, prompts, furniture.wholeLines)) return true;
	if (endsSentence(text) || isProseSentence(text)) return false;
	return (
		prompts.actWords.some((w) => text.includes(w)) &&
		(prompts.platformWords.some((w) => text.includes(w)) ||
			prompts.offerWords.some((w) => text.includes(w)))
	);
}

/**
 * True for a tail that is a sentence of the text, though it names a platform or a prompt's words
 * (`此外，还可扫码下载某某客户端办理。`): it closes its sentence and holds a comma or fifteen Han
 * characters.
 */
const isSentenceOfText = (text: string) =>
	endsSentence(text) && (/[，,]/.test(text) || hanCount(text) >= MIN_PARAGRAPH_HAN);

/** A bracketed note closing a text (`（作者为某某县委书记）`, `（本文来源：某某）`), up to its bracket. */
const CLOSING_NOTE = /^[（(][^（()）]{2,60}[)）]/;

/**
 * True for a paragraph's head: it closes a sentence and holds fifteen Han characters or more, or it is
 * a bracketed note alone.
 */
const isParagraphHead = (text: string) =>
	(endsSentence(text) && hanCount(text) >= MIN_PARAGRAPH_HAN) ||
	CLOSING_NOTE.exec(text)?.[0] === text;

/**
 * The line without a prompt run into its end: after the paragraph's last sentence (or a bracketed
 * note alone), a tail of up to
 * `followPrompts.maxChars` characters that is a follow prompt or phrase-list furniture goes (the
 * shortest such tail; a follow prompt after any sentence, a short one too); a line with no such tail
 * is returned as it is.
 */
export function cutRunInPrompt(text: string, furniture: PageFurniture): string {
	const prompts = furniture.followPrompts;
	if (prompts === undefined) return text;
	const closes = [...text.matchAll(SENTENCE_CLOSE)].map((m) => m.index + m[0].length);
	const note = CLOSING_NOTE.exec(text)?.[0].length;
	if (note !== undefined) closes.push(note);
	closes.sort((a, b) => a - b);
	for (let k = closes.length - 1; k >= 0; k--) {
		const end = closes[k]!;
		const tail = text.slice(end).trim();
		if (tail === '') continue;
		if (tail.length > prompts.maxChars) break;
		const head = text.slice(0, end);
		// A prompt to follow an account it names is one by its grammar, though it closes a sentence,
		// and goes after any sentence (a hard-wrapped paragraph's last row holds a short one).
		if (isNamedFollowPrompt(tail) && (endsSentence(head) || isParagraphHead(head))) return head;
		if (isSentenceOfText(tail)) continue;
		// A call to act that names a platform is a prompt by its words, after a short sentence too.
		if (endsSentence(head) && isFollowPrompt(tail, furniture)) return head;
		if (!isParagraphHead(head)) continue;
		if (isFollowPrompt(tail, furniture) || isPhraseFurniture(tail, furniture)) return head;
	}
	return text;
}

/** A prompt pointing at the account's card under it: `点击下方名片`, `👇`, `▼`. */
const POINTS_DOWN = /下方|下面|[↓⬇👇▼]/u;
const ACCOUNT_NAME = /(?:发布|融媒|在线|头条)$/;
const MAX_CARD_NAME = 20;
/** An account's name on its card: a publisher's or an account's (`某某县发布`, `某某融媒`), alone. */
const isCardName = (text: string) =>
	text.length <= MAX_CARD_NAME &&
	/^[\u3400-\u9fff·]+$/.test(text.trim()) &&
	(isPublisherName(text.trim()) || ACCOUNT_NAME.test(text.trim()));

/**
 * The lines with any prompt run into a paragraph's end cut off (`cutRunInPrompt`); when the prompt
 * points at the account's card under it (`▼ 点击下方名片关注我们`), the card's name on the next line
 * goes with it.
 */
export function cutRunInPrompts(lines: SourceLine[], furniture: PageFurniture): SourceLine[] {
	if (furniture.followPrompts === undefined) return lines;
	const out: SourceLine[] = [];
	let card = false;
	for (const l of lines) {
		if (card && isCardName(l.text)) {
			card = false;
			continue;
		}
		const text = cutRunInPrompt(l.text, furniture);
		card = text !== l.text && POINTS_DOWN.test(l.text.slice(text.length));
		out.push(text === l.text ? l : { ...l, text });
	}
	return out;
}
