import { compactKey } from './compact-key.ts';
import { isNavigationLine } from './navigation-line.ts';
import { isPagerLine } from './pager-line.ts';
import { hasPostingStamp } from './posting-stamp.ts';
import { isSiteLike } from './site-like.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';
import type { PageKeys } from './web-item-lines.ts';

// General features of the lines around a web page item's text, for a learned reading of which of
// them are the article's: where the line stands (from the item's first and last kept paragraph, on
// the page), its length and the shares of its characters that are sentence and clause marks,
// figures, Latin letters and separators, a key's colon, whether it recurs on the page, how long its
// neighbours are, whether it holds a date, a phone number or an address, how much it shares with
// the headline and with the rest of the text, a few shapes of furniture, and the rules' own reading.

/** Names of the features, in the order {@link webBodyRow} gives them. */
export const WEB_BODY_FEATURES = [
	'kept',
	'inside',
	'above',
	'below',
	'pageShare',
	'chars',
	'hanShare',
	'sentenceMarks',
	'clauseMarks',
	'endsSentence',
	'digits',
	'latin',
	'separators',
	'keyed',
	'repeats',
	'prevChars',
	'nextChars',
	'date',
	'phone',
	'address',
	'titleShare',
	'bodyShare',
	'bullet',
	'bracketed',
	'navigation',
	'siteLike',
	'postingStamp',
	'pager',
] as const;

/** What one line's features are read from: the item's page, its kept span and its text. */
export interface WebBodyContext {
	/** The page's lines, trimmed. */
	page: readonly SourceLine[];
	/** Each page line compacted, and how often each compacted line occurs on the page. */
	keys: PageKeys;
	/** Index in `page` of the item's first and last kept paragraph. */
	first: number;
	last: number;
	/** Bigrams of the item's title. */
	title: ReadonlySet<number>;
	/** For every bigram of the kept text, how many of its paragraphs hold it. */
	body: ReadonlyMap<number, number>;
}

const SENTENCE = /[。！？；!?;]/g;
const CLAUSE = /[，、：,:]/g;
const ENDS_SENTENCE = /[。！？!?…][”’」』）)]?$/;
const DIGIT = /[0-9０-９]/g;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/g;
const HAN = /\p{Script=Han}/gu;
const SEPARATOR = /[|｜/>＞»·•▶►→]/g;
/** A field keyed over its value: `来源：某某局`. */
const KEYED = /^[\u3400-\u9fff]{2,8}\s*[:：]/;
const DATE = /\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}月\d{1,2}日/;
const PHONE = /\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|电话|热线/;
const ADDRESS = /https?:|www\.|\.(?:com|cn|net|org)\b|@/i;
const BULLET = /^[▶►·•●◆■□○※→\-*＊√]/;
const BRACKETED = /^[【[（(〔].*[】\]）)〕]$/;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** For every bigram of `paragraphs`, how many of them hold it. */
export function bodyBigrams(paragraphs: readonly string[]): Map<number, number> {
	const out = new Map<number, number>();
	for (const p of paragraphs) for (const g of bigramSet(p)) out.set(g, (out.get(g) ?? 0) + 1);
	return out;
}

/** Share of the line's bigrams that another paragraph of the text holds (its own copy aside). */
function shareInOthers(line: string, body: ReadonlyMap<number, number>, kept: boolean): number {
	const own = bigramSet(line);
	if (own.size === 0) return 0;
	let hit = 0;
	for (const g of own) if ((body.get(g) ?? 0) > (kept ? 1 : 0)) hit++;
	return hit / own.size;
}

/** The features of the page line at `i` (its text `text`, kept by the rules or not). */
export function webBodyRow(ctx: WebBodyContext, i: number, text: string, kept: boolean): number[] {
	const { page } = ctx;
	const length = Math.max(text.length, 1);
	const key = compactKey(text);
	const near = (j: number) => ctx.keys.keys[j]?.length ?? 0;
	const flag = (b: boolean) => (b ? 1 : 0);
	return [
		flag(kept),
		flag(i >= ctx.first && i <= ctx.last),
		Math.max(0, ctx.first - i),
		Math.max(0, i - ctx.last),
		i / Math.max(page.length, 1),
		key.length,
		count(text, HAN) / length,
		count(text, SENTENCE) / length,
		count(text, CLAUSE) / length,
		flag(ENDS_SENTENCE.test(text)),
		count(text, DIGIT) / length,
		count(text, LATIN) / length,
		count(text, SEPARATOR),
		flag(KEYED.test(text)),
		ctx.keys.counts.get(key) ?? 0,
		near(i - 1),
		near(i + 1),
		flag(DATE.test(text)),
		flag(PHONE.test(text)),
		flag(ADDRESS.test(text)),
		shareIn(bigramSet(text), ctx.title),
		shareInOthers(text, ctx.body, kept),
		flag(BULLET.test(text)),
		flag(BRACKETED.test(text)),
		flag(isNavigationLine(text)),
		flag(isSiteLike(text)),
		flag(hasPostingStamp(text)),
		flag(isPagerLine(text)),
	];
}
