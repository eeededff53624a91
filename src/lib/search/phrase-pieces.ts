import type { QueryUnit } from './lexical-plan.ts';
import { bareText } from './char-grams.ts';
import { normalizeText } from './tokenize.ts';

/**
 * The pieces of a quoted phrase written in parts (不忘初心、牢记使命 → 不忘初心, 牢记使命) as
 * units of their own, for scoring: beyond the phrase's exact uses and near variants, a text that
 * holds one whole part speaks of the slogan, while one sharing a few of its bigrams need not. A
 * phrase of one piece gives none (its words would only repeat the phrase).
 */
export function pieceUnits(
	phrase: string,
	unitOf: (forms: string[], kind: QueryUnit['kind']) => QueryUnit | null,
): QueryUnit[] {
	const pieces = normalizeText(phrase)
		.split(/[^\p{Script=Han}a-z0-9]+/u)
		.filter((p) => [...p].length >= 2);
	if (pieces.length < 2) return [];
	return pieces.map((p) => unitOf([p], 'word')).filter((u) => u !== null);
}

/** Where a candidate's quoted phrases stand: how the finer exact-tier order reads a text. */
export interface PhraseProminenceOptions {
	/** Characters of the body that make its opening. */
	chars: number;
	/** Exact uses anywhere that make a phrase central, as one in the headline or opening does. */
	uses: number;
}

/**
 * Whether a candidate makes its quoted phrases its subject: for an exact use (`exact`), every
 * phrase verbatim (punctuation and spaces ignored) in the headline or the opening `chars`
 * characters, or `uses` times in the text read; for a near variant, every part of every phrase in
 * the headline or opening. A release names what it is about first and repeats it; a phrase used
 * once deep in the body is a passing mention.
 */
export function phraseProminent(
	phrases: readonly { bare: string; parts: readonly string[] }[],
	text: { title: string; measures: string; body: string },
	exact: boolean,
	options: PhraseProminenceOptions,
): boolean {
	const opening = bareText(`${text.title}\n${text.body.slice(0, options.chars)}`);
	if (!exact) return phrases.every((ph) => ph.parts.every((part) => opening.includes(part)));
	// The whole text is read only for a phrase the opening does not hold.
	let whole: string | undefined;
	return phrases.every(
		(ph) =>
			opening.includes(ph.bare) ||
			occurrences((whole ??= bareText(`${text.title}\n${text.measures}\n${text.body}`)), ph.bare) >=
				options.uses,
	);
}

function occurrences(text: string, part: string): number {
	let n = 0;
	for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) n++;
	return n;
}
