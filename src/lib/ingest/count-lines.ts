import type { RepeatedLines } from '../schema/page-furniture.ts';
import type { FileProcessor } from './file-processor.ts';
import { filesByFolder, leastRepeats, repeatedOf } from './repeated-lines.ts';

/** Files of one folder whose lines a thread counts (`countLinesInFiles`). */
export interface LineCountRequest {
	countLines: readonly string[];
	maxChars: number;
	maxBytes?: number;
}

/**
 * `collectRepeatedLines` on the processor's threads: every large enough folder is cut into runs
 * of `runFiles` consecutive files (a batch's worth), each thread counting two at a time, and the
 * counts are added up run after run, so the lines and their order are those of one pass. Before,
 * the thread that writes read and decoded every file of the batch alone while the others waited.
 */
export async function collectRepeatedLinesOn(
	processor: FileProcessor,
	files: string[],
	config: RepeatedLines,
	runFiles: number,
	maxBytes?: number,
): Promise<Map<string, Set<string>>> {
	const folders = [...filesByFolder(files)].filter(([, list]) => list.length >= config.minFiles);
	const found = await Promise.all(
		folders.map(([, list]) => repeatedInFolder(processor, list, config, maxBytes, runFiles)),
	);
	const out = new Map<string, Set<string>>();
	for (const [k, repeated] of found.entries())
		if (repeated.size > 0) out.set(folders[k]![0], repeated);
	return out;
}

/**
 * The repeated lines of one folder's `list`. Runs are started while a line may still reach its
 * share: once the most files any line was counted in, with the files not counted yet, fall short
 * of it, no line can, and the rest of the folder is not read (a folder of unrelated pages is
 * given up about half-way).
 */
async function repeatedInFolder(
	processor: FileProcessor,
	list: readonly string[],
	config: RepeatedLines,
	maxBytes: number | undefined,
	runFiles: number,
): Promise<Set<string>> {
	const least = leastRepeats(config, list.length);
	const runs: (readonly string[])[] = [];
	for (let at = 0; at < list.length; at += runFiles) runs.push(list.slice(at, at + runFiles));
	const parts: Map<string, number>[] = [];
	const sums = new Map<string, number>();
	let most = 0;
	let uncounted = list.length;
	const reachable = () => most + uncounted >= least;
	await new Promise<void>((resolve, reject) => {
		let next = 0;
		let running = 0;
		const start = () => {
			while (running < 2 * processor.threads && next < runs.length && reachable()) {
				const k = next++;
				running++;
				const request = { countLines: runs[k]!, maxChars: config.maxChars };
				processor
					.countLines(maxBytes === undefined ? request : { ...request, maxBytes })
					.then((part) => {
						running--;
						parts[k] = part;
						uncounted -= runs[k]!.length;
						for (const [line, n] of part) {
							const sum = (sums.get(line) ?? 0) + n;
							sums.set(line, sum);
							if (sum > most) most = sum;
						}
						start();
						if (running === 0) resolve();
					}, reject);
			}
		};
		start();
		if (running === 0) resolve();
	});
	if (!reachable()) return new Set();
	// Every run was counted: their counts added in run order, as one pass gives them.
	const counts = new Map<string, number>();
	for (const part of parts)
		for (const [line, n] of part) counts.set(line, (counts.get(line) ?? 0) + n);
	return repeatedOf(counts, list.length, config);
}
