import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeClause, ruledByDefinition, scoreClause } from '../../src/lib/nlp/extract-measures.ts';
import { DOCUMENT_LEAD, LEAD_IN } from '../../src/lib/nlp/measure-rules.ts';
import { measureFeatureVector } from '../../src/lib/nlp/measure-model.ts';
import type { MeasureTraining } from '../../src/lib/nlp/measure-training.ts';
import { parseWithFriendlyErrors } from '../../src/lib/schema/friendly-errors.ts';
import type { ThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { readCorpus } from './corpus.ts';
import { MeasureJudgmentsSchema, corpusRuleDensity } from './measure-clauses.ts';

/** A judged clause ready for training: its features when the rules admit it, else none. */
export interface JudgedClause {
	set: string;
	id: string;
	/** The clause as split, dateline included (what `judgeClause` is given). */
	text: string;
	measure: boolean;
	/** Set when the rules decide the clause (`ruledByDefinition`): whether they keep it. */
	ruled?: boolean;
	/** Undefined when `scoreClause` rejects the clause or the rules decide it: the model never sees it. */
	x?: { keys: number[]; values: number[] };
}

/**
 * The judged clauses of the training sets, read from ../shared/corpus at run time and turned into
 * the model's features exactly as `judgeClause` does (dateline and document lead cut off).
 */
export async function readJudgedClauses(
	root: string,
	corpus: string,
	training: MeasureTraining,
	config: ThemeConfig,
): Promise<JudgedClause[]> {
	const sets = training.sets.map((s) => ({
		...s,
		judgments: parseWithFriendlyErrors(
			MeasureJudgmentsSchema,
			JSON.parse(readFileSync(join(root, s.file), 'utf8')),
			s.file,
		),
	}));
	const wanted = new Set(sets.flatMap((s) => s.judgments.items.map((i) => i.id)));
	const texts = new Map<string, string>();
	for await (const item of readCorpus(corpus))
		if (wanted.has(item.id)) texts.set(item.id, item.text);
	const out: JudgedClause[] = [];
	const densities = new Map<string, number>();
	for (const { file, halves, judgments } of sets)
		for (const item of judgments.items) {
			if (!halves.includes(item.half) || item.label === undefined) continue;
			const text = texts.get(item.id);
			if (text === undefined)
				throw new Error(`${file}: ${item.key} names ${item.id}, not in the corpus`);
			const clause = text.slice(item.offset, item.offset + item.length);
			const body = clause.replace(LEAD_IN, '').replace(DOCUMENT_LEAD, '');
			const judged: JudgedClause = {
				set: file,
				id: item.id,
				text: clause,
				measure: item.label === 'measure',
			};
			const scored = scoreClause(body, config);
			if (scored && ruledByDefinition(body))
				judged.ruled = judgeClause(clause, config) !== undefined;
			else if (scored) {
				const density = densities.get(item.id) ?? corpusRuleDensity(text, config);
				densities.set(item.id, density);
				judged.x = measureFeatureVector(body, scored.score, density, training);
			}
			out.push(judged);
		}
	return out;
}

/** Fold of an article (FNV-1a of its id): every clause of one article falls in the same fold. */
export function articleFold(id: string, folds: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	return (h >>> 0) % folds;
}

/** Counts of kept and judged measures at a threshold; a clause without a probability is dropped. */
export function tally(
	rows: readonly { p: number | undefined; measure: boolean }[],
	threshold: number,
): { tp: number; fp: number; fn: number } {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const r of rows) {
		const kept = r.p !== undefined && r.p >= threshold;
		if (kept && r.measure) tp++;
		else if (kept) fp++;
		else if (r.measure) fn++;
	}
	return { tp, fp, fn };
}

/**
 * The threshold with the best F1 among those whose precision is at least `ratio` times the recall
 * (else the most precise one).
 */
export function pickThreshold(
	rows: readonly { p: number | undefined; measure: boolean }[],
	ratio: number,
): number {
	const candidates = [...new Set(rows.flatMap((r) => (r.p === undefined ? [] : [r.p])))].sort(
		(a, b) => a - b,
	);
	let best = { threshold: 0.5, f1: -1, precision: -1 };
	let fallback = { threshold: 0.5, precision: -1 };
	for (const threshold of candidates) {
		const { tp, fp, fn } = tally(rows, threshold);
		if (tp === 0) continue;
		const precision = tp / (tp + fp);
		const recall = tp / (tp + fn);
		const f1 = (2 * precision * recall) / (precision + recall);
		if (precision > fallback.precision) fallback = { threshold, precision };
		if (precision >= ratio * recall && f1 > best.f1) best = { threshold, f1, precision };
	}
	return best.f1 >= 0 ? best.threshold : fallback.threshold;
}
