import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GradesSchema, gradesToJudgments, type BlindQuery, type KeyMap } from './judge-pool.ts';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';

/** What a grading batch file says to its judge. */
const GRADING_INSTRUCTIONS = [
	'Grade every article under every query, knowing nothing else: not which system found it, nor its rank.',
	'3 = exactly what was asked; 2 = relevant and useful; 1 = marginally related; 0 = not relevant.',
	'A query with regionFilter asks for articles about that region: an article about somewhere else is 0, however good.',
	'A “quoted” query asks for articles that use that phrase (small variations of its wording count), wherever in the text: 3 when the phrase is central to the article, 2 when it is used in passing, 1 when the article is on the same idea without the phrase.',
	'Write <batch>.grades.json next to the batch file as { "<queryId>": { "k1": 2, "k2": 0, ... } }, every key graded.',
].join('\n');

/**
 * Writes one round of blind batches: `<judgeDir>/round-N/batch-NN.json` (query, shuffled
 * articles, instructions) and, in a separate folder the judges are not pointed to,
 * `<keyDir>/round-N/batch-NN.json` (key → article id). Returns the batch paths.
 */
export function writeJudgeRound(
	judgeDir: string,
	keyDir: string,
	batches: readonly { queries: BlindQuery[]; keys: KeyMap }[],
): string[] {
	let round = 1;
	while (existsSync(join(judgeDir, `round-${round}`))) round++;
	const publicDir = join(judgeDir, `round-${round}`);
	const privateDir = join(keyDir, `round-${round}`);
	mkdirSync(publicDir, { recursive: true });
	mkdirSync(privateDir, { recursive: true });
	return batches.map((batch, i) => {
		const name = `batch-${String(i + 1).padStart(2, '0')}.json`;
		const file = join(publicDir, name);
		writeFileSync(
			file,
			JSON.stringify({ instructions: GRADING_INSTRUCTIONS, queries: batch.queries }, null, 1),
		);
		writeFileSync(join(privateDir, name), JSON.stringify(batch.keys));
		return file;
	});
}

/**
 * Judgments from every `*.grades.json` a judge has written so far, mapped back to article ids;
 * a grades file that is not valid is reported with its path and skipped.
 */
export function readJudgeGrades(
	judgeDir: string,
	keyDir: string,
): { judgments: Record<string, Record<string, number>>; problems: string[]; files: string[] } {
	const judgments: Record<string, Record<string, number>> = {};
	const problems: string[] = [];
	const files: string[] = [];
	if (!existsSync(judgeDir)) return { judgments, problems, files };
	for (const round of readdirSync(judgeDir)
		.filter((d) => d.startsWith('round-'))
		.sort()) {
		for (const name of readdirSync(join(judgeDir, round)).sort()) {
			if (!name.endsWith('.grades.json')) continue;
			const file = join(judgeDir, round, name);
			try {
				const grades = parseWithFriendlyErrors(
					GradesSchema,
					JSON.parse(readFileSync(file, 'utf8')),
					file,
				);
				const keyFile = join(keyDir, round, name.replace(/\.grades\.json$/u, '.json'));
				const keys = JSON.parse(readFileSync(keyFile, 'utf8')) as KeyMap;
				const mapped = gradesToJudgments(keys, grades);
				problems.push(...mapped.problems.map((p) => `${file}: ${p}`));
				for (const [queryId, byId] of Object.entries(mapped.judgments))
					judgments[queryId] = { ...judgments[queryId], ...byId };
				files.push(file);
			} catch (error) {
				problems.push(`${file}: ${(error as Error).message} (skipped)`);
			}
		}
	}
	return { judgments, problems, files };
}
