import type { RepeatedLines } from '../schema/page-furniture.ts';
import type { FileProcessor } from './file-processor.ts';
import { filesByFolder, repeatedOf } from './repeated-lines.ts';

/** Files of one folder whose lines a thread counts (`countLinesInFiles`). */
export interface LineCountRequest {
	countLines: readonly string[];
	maxChars: number;
	maxBytes?: number;
}

/**
 * `collectRepeatedLines` on the processor's threads: every large enough folder is cut into runs
 * of consecutive files, each run counted on a thread while the others count theirs, and the
 * counts are added up run after run, so the lines and their order are those of one pass. Before,
 * the thread that writes read and decoded every file of the batch alone while the others waited.
 */
export async function collectRepeatedLinesOn(
	processor: FileProcessor,
	files: string[],
	config: RepeatedLines,
	maxBytes?: number,
): Promise<Map<string, Set<string>>> {
	const folders = [...filesByFolder(files)].filter(([, list]) => list.length >= config.minFiles);
	const counted = folders.map(([, list]) => {
		// Two runs per thread, so a thread that finishes early takes another.
		const runs = Math.max(1, Math.min(list.length, 2 * processor.threads));
		const size = Math.ceil(list.length / runs);
		const parts: Promise<Map<string, number>>[] = [];
		for (let at = 0; at < list.length; at += size)
			parts.push(
				processor.countLines({
					countLines: list.slice(at, at + size),
					maxChars: config.maxChars,
					...(maxBytes === undefined ? {} : { maxBytes }),
				}),
			);
		return Promise.all(parts);
	});
	const out = new Map<string, Set<string>>();
	for (const [k, parts] of (await Promise.all(counted)).entries()) {
		const [folder, list] = folders[k]!;
		const counts = new Map<string, number>();
		for (const part of parts)
			for (const [line, n] of part) counts.set(line, (counts.get(line) ?? 0) + n);
		const repeated = repeatedOf(counts, list.length, config);
		if (repeated.size > 0) out.set(folder, repeated);
	}
	return out;
}
