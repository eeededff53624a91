import { cutForSearch, type Segmenter } from '../nlp/jieba/segmenter.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a token holds a letter or digit; CJK ideographs and ASCII alphanumerics skip the regex. */
function isWordToken(token: string): boolean {
	const c = token.charCodeAt(0);
	if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))
		return true;
	return WORD_CHAR.test(token);
}

/**
 * Normalises one string for matching: full-width ASCII (digits, letters, punctuation) and the
 * ideographic space become ASCII, letters lower case. Every character maps to exactly one, so
 * offsets in the result point into the original text.
 */
export function normalizeText(text: string): string {
	const folded = /[\uFF01-\uFF5E\u3000]/u.test(text)
		? text.replace(/[\uFF01-\uFF5E\u3000]/gu, (ch) =>
				ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
			)
		: text;
	return /[A-Z]/u.test(folded) ? folded.replace(/[A-Z]+/gu, (s) => s.toLowerCase()) : folded;
}

/** The text with every whitespace run removed and normalised, as phrases are matched against. */
export function plainText(text: string): string {
	return normalizeText(text).replace(/\s+/g, '');
}

/**
 * The tokens the embedded engine indexes and searches: the segmenter's search-mode cut (whole
 * words plus their dictionary sub-words), normalised, without punctuation and stop words. Index
 * and query both go through this function, so they always agree.
 */
export function tokenize(
	text: string,
	segmenter: Segmenter,
	stopWords?: ReadonlySet<string>,
): string[] {
	return keptTokens(cutForSearch(segmenter, normalizeText(text)), stopWords);
}

// Stop words are short: a longer token skips the set lookup (hashing a fresh string costs its length).
const longestStopWord = new WeakMap<ReadonlySet<string>, number>();

/**
 * The index tokens among a cut's words: trimmed, with a letter or digit, not a stop word. With
 * `ends`, the token count at each '。' is pushed onto it (where each '。'-piece's tokens end).
 */
function keptTokens(
	words: readonly string[],
	stopWords: ReadonlySet<string> | undefined,
	ends?: number[],
): string[] {
	let longest = 0;
	if (stopWords) {
		longest = longestStopWord.get(stopWords) ?? -1;
		if (longest === -1) {
			longest = Math.max(0, ...[...stopWords].map((w) => w.length));
			longestStopWord.set(stopWords, longest);
		}
	}
	const tokens: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		if (ends && word === '。') {
			ends.push(tokens.length);
			continue;
		}
		const t = word.trim();
		if (t === '' || !isWordToken(t) || (t.length <= longest && stopWords!.has(t))) continue;
		tokens.push(t);
	}
	return tokens;
}

/** Whole words of `text` (plain cut, not search mode), normalised and without punctuation. */
export function cutWords(text: string, segmenter: Segmenter): string[] {
	return segmenter
		.cut(normalizeText(text))
		.map((t) => t.trim())
		.filter((t) => t !== '' && WORD_CHAR.test(t));
}

/** Space, tab, newline and the ideographic space (a space once normalised): jieba's blank separators. */
function isBlank(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x3000;
}

/**
 * `text` cut after every '。', without the blanks at either end of a piece: one piece per '。'
 * plus the rest after the last one (often ''). jieba segments the runs between its separators
 * (space, tab, newline, '，', '。') on their own, '。' stays a token of its own and blanks are
 * dropped, so with the jieba segmenter `tokenize(text)` is the concatenated tokens of the pieces.
 */
export function sentencePieces(text: string): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (;;) {
		const stop = text.indexOf('。', start);
		let end = stop === -1 ? text.length : stop + 1;
		while (start < end && isBlank(text.charCodeAt(start))) start++;
		while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
		pieces.push(text.slice(start, end));
		if (stop === -1) return pieces;
		start = stop + 1;
	}
}

/**
 * Space-joined `tokenize` output of each text of one article's group (its title, measures and
 * body; or its measure documents), cutting each text once at most: a text whose sentences all
 * appeared in a longer text of the group (measures are sentences of the body, measure documents
 * repeat the headline) is put together from their tokens. Only for the jieba segmenter, whose cuts
 * never cross a '。' (see `sentencePieces`); the memo lives for one call.
 */
export function tokenizeGroup(
	texts: readonly string[],
	segmenter: Segmenter,
	stopWords?: ReadonlySet<string>,
): string[] {
	const pieces = texts.map(sentencePieces);
	const seen = new Map<string, number>();
	for (const ps of pieces) for (const piece of ps) seen.set(piece, (seen.get(piece) ?? 0) + 1);
	const memo = new Map<string, string>();
	const out: string[] = new Array<string>(texts.length);
	// Longest first, so the body is cut before the measures taken from it.
	const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length);
	for (const i of order) {
		const ps = pieces[i]!;
		if (ps.every((piece) => memo.has(piece))) {
			out[i] = ps
				.map((piece) => memo.get(piece)!)
				.filter((t) => t !== '')
				.join(' ');
			continue;
		}
		// Piece k's tokens end where the k-th '。' is cut; the last piece's at the end.
		const ends: number[] = [];
		const tokens = keptTokens(cutForSearch(segmenter, normalizeText(texts[i]!)), stopWords, ends);
		ends.push(tokens.length);
		for (const [k, piece] of ps.entries())
			if (seen.get(piece)! > 1 && !memo.has(piece))
				memo.set(piece, tokens.slice(k === 0 ? 0 : ends[k - 1], ends[k]).join(' '));
		out[i] = tokens.join(' ');
	}
	return out;
}
