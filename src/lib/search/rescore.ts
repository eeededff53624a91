import { bareText } from './char-grams.ts';
import type { LexicalPlan, QueryUnit } from './lexical-plan.ts';
import { readRankingConfig, type RankingConfig } from './ranking-config.ts';
import { normalizeText } from './tokenize.ts';

/** The original text of one candidate, by field. */
export interface CandidateText {
	title: string;
	measures: string;
	body: string;
}

/** Collection statistics the score needs: document count, document frequencies, field lengths. */
export interface ScoringStats {
	docs: number;
	/** Documents holding the unit (an estimate is fine). */
	df: (unit: QueryUnit) => number;
	/** Mean length of each field (title, measures, body) in characters. */
	avgLength: [number, number, number];
}

/** A query unit's weight: its BM25 IDF, a bigram's times `bigramWeight` against a word's. */
export function unitWeight(
	unit: QueryUnit,
	stats: Pick<ScoringStats, 'docs' | 'df'>,
	bigramWeight: number,
): number {
	const df = Math.max(0, Math.min(stats.docs, stats.df(unit)));
	const idf = Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5));
	return (unit.kind === 'word' ? 1 : bigramWeight) * idf;
}

/** Occurrences counted per unit and field at most, and those whose positions proximity considers. */
const { maxCount: MAX_COUNT, maxPositions: MAX_POSITIONS } = readRankingConfig().limits;

function positions(text: string, forms: readonly string[]): number[] {
	const out: number[] = [];
	for (const form of forms) {
		let i = text.indexOf(form);
		while (i !== -1 && out.length < MAX_POSITIONS) {
			out.push(i);
			i = text.indexOf(form, i + form.length);
		}
	}
	return out.sort((a, b) => a - b);
}

/** Sum of the words' lengths over the shortest span holding one of each (1: side by side). */
function closeness(text: string, units: readonly QueryUnit[]): number {
	// Each event (a position and the present unit it belongs to) is one number, at × m + k, so
	// sorting them numerically orders by position, then unit, as a stable sort by position of the
	// units' lists in turn does: an object per position and a comparator were most of what scoring
	// a candidate allocated.
	const m = units.length;
	const keys: number[] = [];
	let present = 0;
	let total = 0;
	for (const unit of units) {
		const at = positions(text, unit.forms);
		if (at.length === 0) continue;
		for (const a of at) keys.push(a * m + present);
		total += unit.forms[0]!.length;
		present++;
	}
	if (present < 2) return present === units.length ? 1 : 0;
	const events = Float64Array.from(keys).sort();
	const atOf = (e: number) => Math.floor(events[e]! / m);
	const kOf = (e: number) => events[e]! - atOf(e) * m;
	const count = new Array<number>(present).fill(0);
	let covered = 0;
	let best = Infinity;
	for (let lo = 0, hi = 0; hi < events.length; hi++) {
		if (count[kOf(hi)]!++ === 0) covered++;
		while (covered === present) {
			// The span ends a word after its last start; word lengths differ little.
			best = Math.min(best, atOf(hi) - atOf(lo) + total / present);
			if (--count[kOf(lo)]! === 0) covered--;
			lo++;
		}
	}
	return (Math.min(1, total / best) * present) / units.length;
}

const FOLDS = new WeakMap<LexicalPlan, boolean>();

/**
 * Whether a form of the plan holds a character that `normalizeText` produces or changes (printable
 * ASCII, the space, full-width forms): only then may it match differently in a text and in its
 * normalised form. Any other character stands for itself in both, so forms without such characters
 * find the same matches at the same offsets (normalising maps each character to one) without the
 * text being copied (at 100k, a large share of what a query allocates).
 */
export function foldsText(plan: LexicalPlan): boolean {
	let folds = FOLDS.get(plan);
	if (folds === undefined) {
		folds = [...plan.words, ...plan.phraseUnits, ...plan.bigrams].some((u) =>
			u.forms.some((f) => /[\x20-\x7e\u3000\uff01-\uff5e]/u.test(f)),
		);
		FOLDS.set(plan, folds);
	}
	return folds;
}

/** Occurrences of a unit's forms, each at its form's weight (`formWeights`). */
function count(text: string, forms: readonly string[], formWeights?: readonly number[]): number {
	let n = 0;
	// Index loops here and in `scoreCandidate`: an entries() pair per form and field was most of
	// what scoring a candidate allocated.
	for (let k = 0; k < forms.length; k++) {
		const form = forms[k]!;
		let m = 0;
		for (
			let i = text.indexOf(form);
			i !== -1 && n + m < MAX_COUNT;
			i = text.indexOf(form, i + form.length)
		)
			m++;
		n += m * (formWeights?.[k] ?? 1);
	}
	return n;
}

/**
 * Relevance of one candidate: BM25F over the query's words and bigrams (field weights, length
 * normalisation), times the IDF-weighted share of units it matches to `coverageExponent`, times
 * boosts when every chunk of the query stands verbatim in the headline or (as the index found) in
 * the text, and when the
 * words stand close together. The body counts up to `candidates.bodyChars` characters (a news
 * item states its subject early). Larger is better; 0 when nothing matches.
 */
export function scoreCandidate(
	plan: LexicalPlan,
	text: CandidateText,
	stats: ScoringStats,
	weights: readonly [number, number, number],
	config: RankingConfig,
	/** `verbatim`: the index found every short chunk of the query verbatim in the text. */
	found: { verbatim: boolean },
): { score: number; coverage: number } {
	const words = [...plan.words, ...plan.phraseUnits];
	// The headline always (its bare form is compared with the chunks); the text only when a form
	// could match a character that normalising produces.
	const fold = foldsText(plan) ? normalizeText : (s: string) => s;
	const fields = [
		normalizeText(text.title),
		fold(text.measures),
		fold(text.body.slice(0, config.candidates.bodyChars)),
	];
	let score = 0;
	let matched = 0;
	let possible = 0;
	for (const unit of [...words, ...plan.bigrams]) {
		const weight = unitWeight(unit, stats, config.bigramWeight);
		possible += weight;
		let tf = 0;
		for (let f = 0; f < fields.length; f++) {
			const field = fields[f]!;
			if (field === '' || weights[f] === 0) continue;
			const n = count(field, unit.forms, unit.formWeights);
			if (n === 0) continue;
			const norm = 1 - config.b + (config.b * field.length) / Math.max(1, stats.avgLength[f]!);
			tf += (weights[f]! * n) / norm;
		}
		if (tf === 0) continue;
		matched += weight;
		score += (weight * tf * (config.k1 + 1)) / (tf + config.k1);
	}
	if (score === 0 || possible === 0) return { score: 0, coverage: 0 };
	const coverage = matched / possible;
	score *= coverage ** config.coverageExponent;
	// Chunks hold no punctuation: the headline is compared without it; in the text, a quoted
	// phrase's presence is its tier, decided by the index.
	if (plan.chunks.length > 0) {
		const title = bareText(fields[0]!);
		if (plan.chunks.every((c) => title.includes(c))) score *= 1 + config.titleExactBoost;
		if (found.verbatim) score *= 1 + config.exactBoost;
	}
	if (words.length > 1)
		score *= 1 + config.proximityBoost * Math.max(...fields.map((f) => closeness(f, words)));
	return { score, coverage };
}
