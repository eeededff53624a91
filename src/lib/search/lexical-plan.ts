import { bareText, gramPhrase } from './char-grams.ts';
import { edgeBigrams } from './edge-bigrams.ts';
import { pieceUnits } from './phrase-pieces.ts';
import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import { parseQuery } from './query-parser.ts';
import type { RelatedTerm, Synonyms } from './synonyms.ts';
import { cutWords, normalizeText } from './tokenize.ts';

/** What planning a query needs: the segmenter that cuts its words, stop words, synonyms. */
export interface QueryContext {
	segmenter: Segmenter;
	stopWords: ReadonlySet<string>;
	synonyms: Synonyms;
}

/** One thing a document may match: a query word (with its synonyms) or a query bigram. */
export interface QueryUnit {
	/** Normalised forms, any of which counts as a match; the first is the query's own. */
	forms: string[];
	/**
	 * Weight of each form's occurrences (parallel to `forms`; absent: 1 each): a mined counterpart
	 * of the query's word counts for less than the word itself.
	 */
	formWeights?: number[];
	kind: 'word' | 'bigram';
	/** FTS5 expression over the character-gram table matching any form verbatim. */
	expr: string;
}

/** A quoted phrase: exact uses first, then near variants (parts in a short window). */
export interface PhrasePlan {
	/** The phrase without punctuation or spaces, as exact matching compares it. */
	bare: string;
	/** FTS5 expression: the phrase verbatim, punctuation between its parts ignored. */
	exactExpr: string;
	/** FTS5 expression: the phrase's parts within the window of each other. */
	nearExpr: string;
	/** The parts a near variant holds (punctuation-separated pieces, or words), bare. */
	parts: string[];
}

/** How the embedded engine retrieves and ranks one query's text. */
export interface LexicalPlan {
	/** Each free term and phrase of the query, bare (as typed between spaces and quotes). */
	chunks: string[];
	words: QueryUnit[];
	/** Each quoted phrase as a unit (as typed, and without punctuation), for scoring only. */
	phraseUnits: QueryUnit[];
	bigrams: QueryUnit[];
	phrases: PhrasePlan[];
	/** Every chunk verbatim (AND; a phrase as its exact form), or null. */
	exactExpr: string | null;
	/** The parts `exactExpr` joins with AND: each chunk verbatim. */
	exactParts: string[];
	/** Every word unit (AND), phrases as their near form; null when the query has no text. */
	allExpr: string | null;
	/** Words to mark in snippets and titles. */
	highlightTerms: string[];
}

const and = (exprs: string[]) =>
	exprs.length === 0
		? null
		: exprs.length === 1
			? exprs[0]!
			: exprs.map((e) => `(${e})`).join(' AND ');

function unitOf(
	forms: string[],
	kind: QueryUnit['kind'],
	related: readonly RelatedTerm[] = [],
): QueryUnit | null {
	const normal = [...new Set(forms.map(normalizeText))];
	const extra = related
		.map((r) => ({ form: normalizeText(r.term), weight: r.weight }))
		.filter(
			(r, i, all) => !normal.includes(r.form) && all.findIndex((x) => x.form === r.form) === i,
		);
	const all = [...normal, ...extra.map((r) => r.form)];
	const exprs = [...new Set(all.map(gramPhrase).filter((e) => e !== null))];
	if (exprs.length === 0) return null;
	const unit: QueryUnit = {
		forms: all,
		kind,
		expr: exprs.length === 1 ? exprs[0]! : exprs.join(' OR '),
	};
	if (extra.length > 0) unit.formWeights = [...normal.map(() => 1), ...extra.map((r) => r.weight)];
	return unit;
}

/**
 * The words of a free term: jieba's cut, runs of single characters joined (驻/企 → 驻企, 天/就/收 →
 * 天就收: single characters say little alone, together they are what was copied), without stop
 * words, a single character kept only when the term has nothing longer.
 */
function termWords(
	text: string,
	ctx: QueryContext,
	fillers: ReadonlySet<string>,
	/** Whether a function word may not begin a run of single characters (not in a quoted phrase). */
	breakAtStopWords = true,
): string[] {
	const cut = cutWords(text, ctx.segmenter);
	const words: string[] = [];
	let run = '';
	for (const w of cut) {
		// A function word never begins a run: 文物和非物质 is 文物/和/非/物质, and 和非 is no word of
		// it, while a particle after a character stays with it (变冷了).
		const single = [...w].length === 1 && /\p{Script=Han}/u.test(w);
		const opens = !breakAtStopWords || run !== '' || !(ctx.stopWords.has(w) || fillers.has(w));
		if (single && opens) {
			run += w;
			continue;
		}
		if (run) words.push(run);
		run = '';
		words.push(w);
	}
	if (run) words.push(run);
	const kept = words.filter((w) => !ctx.stopWords.has(w) && !fillers.has(w));
	const long = kept.filter((w) => [...w].length >= 2);
	return long.length > 0 ? long : kept;
}

/** Parts of a phrase: its punctuation-separated pieces, or its words when it has one piece. */
function phraseParts(text: string, ctx: QueryContext): string[] {
	const none = new Set<string>();
	const pieces = normalizeText(text)
		.split(/[^\p{Script=Han}a-z0-9]+/u)
		.filter((p) => p !== '');
	return pieces.length > 1 ? pieces : termWords(text, ctx, none, false);
}

/** Plans a user query (words, "phrases", `prefix*`) for ranked retrieval over character grams. */
export function planQuery(
	query: string,
	ctx: QueryContext,
	options: { phraseWindow: number; copiedRunChars: number; queryStopWords?: readonly string[] },
): LexicalPlan {
	const fillers = new Set(options.queryStopWords ?? []);
	const { phraseWindow } = options;
	const chunks: string[] = [];
	const words: QueryUnit[] = [];
	const phrases: PhrasePlan[] = [];
	const phraseUnits: QueryUnit[] = [];
	const highlightTerms: string[] = [];
	const grams = new Set<string>();
	const chunkExprs: string[] = [];
	for (const term of parseQuery(query)) {
		const bare = bareText(term.text);
		if (bare === '') continue;
		chunks.push(bare);
		// A short term may be copied text, cut anywhere: all its bigrams count. A longer one is a
		// sentence: bigrams straddling its words ("如何帮助" → 何帮) would match at random.
		const copied = [...bare].length <= options.copiedRunChars;
		const addGrams = (text: string) => {
			for (const g of edgeBigrams(text, ctx.segmenter)) grams.add(g);
		};
		if (copied || term.kind === 'phrase') addGrams(term.text);
		highlightTerms.push(term.text);
		if (term.kind === 'phrase') {
			const asTyped = gramPhrase(term.text)!;
			const joined = gramPhrase(bare)!;
			const exactExpr = asTyped === joined ? asTyped : `${asTyped} OR ${joined}`;
			const bareParts = phraseParts(term.text, ctx)
				.map(bareText)
				.filter((t) => t !== '');
			const parts = phraseParts(term.text, ctx)
				.map(gramPhrase)
				.filter((e) => e !== null && !e.endsWith('*'));
			const nearExpr = parts.length > 1 ? `NEAR(${parts.join(' ')}, ${phraseWindow})` : exactExpr;
			phrases.push({ bare, exactExpr, nearExpr, parts: bareParts });
			phraseUnits.push({ forms: [bare, normalizeText(term.text)], kind: 'word', expr: exactExpr });
			phraseUnits.push(...pieceUnits(term.text, unitOf));
			chunkExprs.push(exactExpr);
			highlightTerms.push(...phraseParts(term.text, ctx));
			continue;
		}
		// A sentence never stands verbatim in a text: only a short term is looked up whole.
		if ([...bare].length <= options.copiedRunChars) chunkExprs.push(gramPhrase(bare)!);
		const known =
			ctx.synonyms.lookup(term.text).length > 0 || ctx.synonyms.related(term.text).length > 0;
		const parts = known ? [term.text] : termWords(term.text, ctx, fillers);
		for (const part of parts) {
			const forms = [part, ...ctx.synonyms.lookup(part)];
			const unit = unitOf(forms, 'word', ctx.synonyms.related(part));
			if (unit) words.push(unit);
			if (!copied) addGrams(part);
			highlightTerms.push(...forms);
		}
	}
	const wordForms = new Set(words.map((w) => w.forms[0]));
	const bigrams = [...grams]
		.filter((g) => !wordForms.has(g))
		.map((g) => unitOf([g], 'bigram'))
		.filter((u) => u !== null);
	return {
		chunks,
		words,
		phraseUnits,
		bigrams,
		phrases,
		exactExpr: and(chunkExprs),
		exactParts: chunkExprs,
		allExpr: and([...words.map((w) => w.expr), ...phrases.map((p) => p.nearExpr)]),
		highlightTerms: [...new Set(highlightTerms.filter((t) => t.trim() !== ''))],
	};
}
