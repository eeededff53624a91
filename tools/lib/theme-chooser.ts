import type { FusionInput } from '../../src/lib/nlp/tag-themes.ts';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { solve } from './fit-logistic.ts';

/** One article of a `train-themes --dump` file (ids, labels and signals; no text). */
export interface DumpRow {
	id: string;
	seed?: number;
	primary: ThemeId | null;
	ruleThemes?: ThemeId[];
	ruleScores: Record<string, number>;
	titleScores: Record<string, number>;
	leadScores: Record<string, number>;
	probabilities: Record<string, number>;
}

/** The fusion's inputs of a dump row. */
export const signalsOf = (r: DumpRow): FusionInput => ({
	ruleThemes:
		r.ruleThemes ??
		// A gold dump keeps no rule list: the best-scored theme stands in for the rules' first.
		Object.entries(r.ruleScores)
			.sort((a, b) => b[1] - a[1])
			.map(([id]) => id as ThemeId),
	ruleScores: r.ruleScores,
	titleScores: r.titleScores,
	leadScores: r.leadScores,
	probabilities: new Map(Object.entries(r.probabilities) as [ThemeId, number][]),
});

/** One article as a chooser sees it: a feature row per candidate theme, and which one is right. */
export interface ChoiceSet {
	rows: number[][];
	/** Index of the right candidate, or -1 when none is (the set then teaches nothing). */
	answer: number;
}

/** The penalised negative log-likelihood of `sets` under `w`. */
function loss(sets: readonly ChoiceSet[], w: readonly number[], l2: number): number {
	let total = l2 * dot(w, w);
	for (const { rows, answer } of sets) {
		if (answer < 0) continue;
		const z = rows.map((x) => dot(w, x));
		const max = Math.max(...z);
		total -= (z[answer] ?? 0) - max - Math.log(z.reduce((sum, v) => sum + Math.exp(v - max), 0));
	}
	return total;
}

/**
 * Weights of a conditional logit (a softmax over each set's candidates, one weight per feature)
 * fitted by Newton's method with step halving and an L2 penalty `l2`: exact and deterministic for
 * a few features.
 */
export function fitConditionalLogit(sets: readonly ChoiceSet[], l2: number, iterations = 50) {
	const d = sets.find((s) => s.rows.length > 0)?.rows[0]?.length ?? 0;
	let w = new Array<number>(d).fill(0);
	let current = loss(sets, w, l2);
	for (let it = 0; it < iterations; it++) {
		const grad = w.map((v) => 2 * l2 * v);
		const hess = Array.from({ length: d }, (_, i) =>
			Array.from({ length: d }, (_, j) => (i === j ? 2 * l2 + 1e-9 : 0)),
		);
		for (const { rows, answer } of sets) {
			if (answer < 0) continue;
			const p = softmax(rows.map((x) => dot(w, x)));
			const mean = new Array<number>(d).fill(0);
			rows.forEach((x, c) => x.forEach((v, f) => (mean[f]! += (p[c] ?? 0) * v)));
			const right = rows[answer] ?? [];
			for (let f = 0; f < d; f++) grad[f]! += (mean[f] ?? 0) - (right[f] ?? 0);
			rows.forEach((x, c) => {
				for (let f = 0; f < d; f++)
					for (let e = 0; e < d; e++)
						hess[f]![e]! += (p[c] ?? 0) * ((x[f] ?? 0) - mean[f]!) * ((x[e] ?? 0) - mean[e]!);
			});
		}
		const step = solve(hess, grad);
		// Halve the Newton step until the loss falls: far from the optimum a full step overshoots.
		let scale = 1;
		let next = w;
		let value = Infinity;
		for (let k = 0; k < 30; k++, scale /= 2) {
			next = w.map((v, f) => v - scale * (step[f] ?? 0));
			value = loss(sets, next, l2);
			if (value <= current) break;
		}
		if (!(value <= current)) break;
		const change = Math.max(0, ...next.map((v, f) => Math.abs(v - (w[f] ?? 0))));
		[w, current] = [next, value];
		if (change < 1e-7) break;
	}
	return w;
}

/** Index of the candidate with the best score under `w`. */
export function choose(rows: readonly number[][], w: readonly number[]): number {
	let best = -1;
	let bestScore = -Infinity;
	rows.forEach((x, c) => {
		const score = dot(w, x);
		if (score > bestScore) [best, bestScore] = [c, score];
	});
	return best;
}

/** Which features {@link candidateRows} adds to the fusion's four terms. */
export interface ChooserFeatures {
	/** Whether the candidate is the rules' first theme, and whether it is the classifier's. */
	tops: boolean;
	/** The fusion's terms again, multiplied by 1 on a national item (their weight can differ there). */
	scope: boolean;
}

/**
 * Every theme the classifier scored, with its features: the fusion's four terms (`log p`,
 * `log(1 + rule)`, `log(1 + headline rule)`, `log(1 + lead rule)`), then those `features` asks for.
 */
export function candidateRows(
	signals: FusionInput,
	national: boolean,
	features: ChooserFeatures,
): { themes: ThemeId[]; rows: number[][] } {
	const themes = [...signals.probabilities.keys()];
	let classifierTop: ThemeId | undefined;
	for (const [id, p] of signals.probabilities)
		if (classifierTop === undefined || p > (signals.probabilities.get(classifierTop) ?? 0))
			classifierTop = id;
	const rows = themes.map((id) => {
		const terms = [
			Math.log(Math.max(signals.probabilities.get(id) ?? 0, 1e-6)),
			Math.log1p(signals.ruleScores[id] ?? 0),
			Math.log1p(signals.titleScores[id] ?? 0),
			Math.log1p(signals.leadScores[id] ?? 0),
		];
		const row = [...terms];
		if (features.tops) row.push(Number(signals.ruleThemes[0] === id), Number(classifierTop === id));
		if (features.scope) row.push(...terms.map((t) => (national ? t : 0)));
		return row;
	});
	return { themes, rows };
}

const dot = (w: readonly number[], x: readonly number[]) =>
	w.reduce((sum, v, f) => sum + v * (x[f] ?? 0), 0);

function softmax(z: number[]): number[] {
	const max = Math.max(...z);
	const e = z.map((v) => Math.exp(v - max));
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((v) => v / sum);
}
