import { bareText } from './char-grams.ts';
import type { LexicalPlan, QueryUnit } from './lexical-plan.ts';
import type { RankingConfig } from './ranking-config.ts';
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

/** Occurrences counted per unit and field at most: enough for BM25's saturation. */
const MAX_COUNT = 32;
/** Occurrences per unit whose positions the proximity measure considers. */
const MAX_POSITIONS = 64;

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
	const lists = units.map((u) => ({ at: positions(text, u.forms), len: u.forms[0]!.length }));
	const present = lists.filter((l) => l.at.length > 0);
	if (present.length < 2) return present.length === units.length ? 1 : 0;
	const events = present
		.flatMap((l, k) => l.at.map((at) => ({ at, end: at + l.len, k })))
		.sort((a, b) => a.at - b.at);
	const count = new Array<number>(present.length).fill(0);
	let covered = 0;
	let best = Infinity;
	for (let lo = 0, hi = 0; hi < events.length; hi++) {
		if (count[events[hi]!.k]!++ === 0) covered++;
		while (covered === present.length) {
			const end = Math.max(...events.slice(lo, hi + 1).map((e) => e.end));
			best = Math.min(best, end - events[lo]!.at);
			if (--count[events[lo]!.k]! === 0) covered--;
			lo++;
		}
	}
	const total = present.reduce((sum, l) => sum + l.len, 0);
	return (Math.min(1, total / best) * present.length) / units.length;
}

function count(text: string, forms: readonly string[]): number {
	let n = 0;
	for (const form of forms)
		for (
			let i = text.indexOf(form);
			i !== -1 && n < MAX_COUNT;
			i = text.indexOf(form, i + form.length)
		)
			n++;
	return n;
}

/**
 * Relevance of one candidate: BM25F over the query's words and bigrams (field weights, length
 * normalisation), times the IDF-weighted share of units it matches to `coverageExponent`, times
 * boosts when every chunk of the query stands verbatim in the headline or the text and when the
 * words stand close together. Larger is better; 0 when nothing matches.
 */
export function scoreCandidate(
	plan: LexicalPlan,
	text: CandidateText,
	stats: ScoringStats,
	weights: readonly [number, number, number],
	config: RankingConfig,
): number {
	const fields = [text.title, text.measures, text.body].map(normalizeText);
	let score = 0;
	let matched = 0;
	let possible = 0;
	for (const unit of [...plan.words, ...plan.bigrams]) {
		const df = Math.max(0, Math.min(stats.docs, stats.df(unit)));
		const idf = Math.log(1 + (stats.docs - df + 0.5) / (df + 0.5));
		const weight = (unit.kind === 'word' ? 1 : config.bigramWeight) * idf;
		possible += weight;
		let tf = 0;
		for (const [f, field] of fields.entries()) {
			if (field === '' || weights[f] === 0) continue;
			const n = count(field, unit.forms);
			if (n === 0) continue;
			const norm = 1 - config.b + (config.b * field.length) / Math.max(1, stats.avgLength[f]!);
			tf += (weights[f]! * n) / norm;
		}
		if (tf === 0) continue;
		matched += weight;
		score += (weight * tf * (config.k1 + 1)) / (tf + config.k1);
	}
	if (score === 0 || possible === 0) return 0;
	score *= (matched / possible) ** config.coverageExponent;
	const bareTitle = bareText(text.title);
	const bareAll = `${bareTitle}\n${bareText(text.measures)}\n${bareText(text.body)}`;
	if (plan.chunks.length > 0) {
		if (plan.chunks.every((c) => bareTitle.includes(c))) score *= 1 + config.titleExactBoost;
		if (plan.chunks.every((c) => bareAll.includes(c))) score *= 1 + config.exactBoost;
	}
	if (plan.words.length > 1)
		score *= 1 + config.proximityBoost * Math.max(...fields.map((f) => closeness(f, plan.words)));
	return score;
}
