import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import { parseQuery } from './query-parser.ts';
import type { Synonyms } from './synonyms.ts';
import { cutWords, plainText, tokenize } from './tokenize.ts';

/** What the embedded engine needs to run one query. */
interface CompiledQuery {
	/** FTS5 MATCH expression; null matches every document. Every token is an escaped FTS5 string. */
	match: string | null;
	/** Normalised phrases (whitespace removed) that must occur in the document's plain text. */
	phrases: string[];
	/** Words to mark in highlights and snippets. */
	highlightTerms: string[];
}

/** Dependencies of the query compiler: the same segmenter and stop words as the index. */
export interface QueryContext {
	segmenter: Segmenter;
	stopWords: ReadonlySet<string>;
	synonyms: Synonyms;
}

/** Quotes a token as an FTS5 string, so no character of it can act as an operator. */
export function ftsString(token: string): string {
	return `"${token.replaceAll('"', '""')}"`;
}

function searchableParts(text: string, ctx: QueryContext): string[] {
	return cutWords(text, ctx.segmenter).filter(
		(p) => tokenize(p, ctx.segmenter, ctx.stopWords).length > 0,
	);
}

function near(tokens: string[]): string {
	return tokens.length === 1
		? ftsString(tokens[0]!)
		: `NEAR(${tokens.map(ftsString).join(' ')}, ${tokens.length + 4})`;
}

// A dictionary compound (干部轮岗) also matches its sub-words written apart (干部有序轮岗): the
// index holds search-mode tokens, so the pieces sit within a few positions of each other.
function partExpression(part: string, ctx: QueryContext): string {
	const subWords = tokenize(part, ctx.segmenter, ctx.stopWords).filter((t) => t !== part);
	return subWords.length >= 2 ? `(${ftsString(part)} OR ${near(subWords)})` : ftsString(part);
}

function partsExpression(parts: string[], ctx: QueryContext, prefixLast = false): string | null {
	if (parts.length === 0) return null;
	if (prefixLast) {
		const quoted = parts.map((p, i) =>
			i === parts.length - 1 ? `${ftsString(p)}*` : ftsString(p),
		);
		return quoted.length === 1 ? quoted[0]! : `(${quoted.join(' AND ')})`;
	}
	if (parts.length === 1) return partExpression(parts[0]!, ctx);
	return near(parts);
}

/**
 * Sub-words of a compound that highlights also mark: the longest pieces that tile the word from
 * the left (野生动物 → 野生, 动物; never the straddling 生动), two characters or more.
 */
function subWordsOf(word: string, ctx: QueryContext): string[] {
	const pieces = tokenize(word, ctx.segmenter, ctx.stopWords).filter(
		(t) => t !== word && t.length >= 2,
	);
	const out: string[] = [];
	for (let i = 0; i < word.length;) {
		const piece = pieces
			.filter((p) => word.startsWith(p, i))
			.sort((a, b) => b.length - a.length)[0];
		if (piece) out.push(piece);
		i += piece ? piece.length : 1;
	}
	return out;
}

/** Compiles a user query (words, "phrases", `prefix*`) into an FTS5 expression plus phrase checks. */
export function compileQuery(query: string, ctx: QueryContext): CompiledQuery {
	const clauses: string[] = [];
	const phrases: string[] = [];
	const highlightTerms: string[] = [];
	for (const term of parseQuery(query)) {
		if (term.kind === 'phrase') {
			const expr = partsExpression(searchableParts(term.text, ctx), ctx);
			if (expr) clauses.push(expr);
			const plain = plainText(term.text);
			if (plain !== '') phrases.push(plain);
			highlightTerms.push(term.text);
			continue;
		}
		if (term.kind === 'prefix') {
			const expr = partsExpression(cutWords(term.text, ctx.segmenter), ctx, true);
			if (expr) clauses.push(expr);
			highlightTerms.push(term.text);
			continue;
		}
		const variants = [term.text, ...ctx.synonyms.lookup(term.text)];
		const exprs: string[] = [];
		for (const [i, variant] of variants.entries()) {
			const parts = searchableParts(variant, ctx);
			const expr = partsExpression(parts, ctx);
			if (!expr) continue;
			exprs.push(expr);
			highlightTerms.push(variant);
			// Pieces of the query's own word are marked; a synonym is marked only whole.
			if (i === 0)
				highlightTerms.push(...parts.filter((p) => p.length >= 2), ...subWordsOf(variant, ctx));
		}
		if (exprs.length === 1) clauses.push(exprs[0]!);
		else if (exprs.length > 1) clauses.push(`(${exprs.join(' OR ')})`);
	}
	return { match: clauses.length > 0 ? clauses.join(' AND ') : null, phrases, highlightTerms };
}
