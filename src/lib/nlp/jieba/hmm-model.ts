import { readFileSync } from 'node:fs';
import { atof, getLines, limonpSplit } from './cppjieba-text.ts';

/** cppjieba's HMMModel as read from `hmm_model.utf8`. */
export interface HmmModel {
	/** Start log-probabilities of B, E, M, S. */
	start: number[];
	/** Transition log-probabilities, `trans[from][to]`. */
	trans: number[][];
	/** Emission log-probabilities [B, E, M, S] by character; null where that state's table lacks it. */
	emit: Map<string, (number | null)[]>;
}

/** Reads an HMM model file as HMMModel::LoadModel does (comments and blank lines skipped, later entries win). */
export function readHmmModel(path: string): HmmModel {
	const useful = getLines(readFileSync(path, 'utf8'))
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('#'));
	const row = (line: string | undefined) => limonpSplit(line ?? '', ' ').map(atof);
	const start = row(useful[0]);
	const trans = [1, 2, 3, 4].map((i) => row(useful[i]));
	const emit = new Map<string, (number | null)[]>();
	for (let state = 0; state < 4; state++) {
		for (const pair of limonpSplit(useful[5 + state] ?? '', ',')) {
			const [ch, prob] = limonpSplit(pair, ':');
			if (ch === undefined || prob === undefined || [...ch].length !== 1) continue;
			let probs = emit.get(ch);
			if (!probs) emit.set(ch, (probs = [null, null, null, null]));
			probs[state] = atof(prob);
		}
	}
	return { start, trans, emit };
}
