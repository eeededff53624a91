import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RepeatedLines } from '../schema/page-furniture.ts';
import { normalizeText } from './clean.ts';
import { decodeSource } from './decode.ts';
import { textToLines } from './lines.ts';
import type { SourceLine } from './types.ts';

// What `normalizeText` may remove from a line: white space, and the zero-width space it blanks.
const SPACES = /[\s\u200b]+/g;

/**
 * The short lines of one decoded page, as the cleaner will see them (normalised). HTML is read
 * cheaply, one line per text run between tags: a run the reader joins differently is just not
 * counted.
 */
export function countedLines(text: string, format: string, maxChars: number): Set<string> {
	const plain =
		format === 'html'
			? text
					.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, '\n')
					.replace(/<[^>]*>/g, '\n')
					.replace(/&nbsp;/g, ' ')
			: text;
	const out = new Set<string>();
	for (const { text: raw } of textToLines(plain)) {
		// Normalising only drops or merges spaces: a line with more other characters stays too long.
		if (raw.length > maxChars && raw.replace(SPACES, '').length > maxChars) continue;
		const line = normalizeText(raw);
		if (line.length >= 2 && line.length <= maxChars) out.add(line);
	}
	return out;
}

/** The files of a batch by folder, in input order. */
export function filesByFolder(files: string[]): Map<string, string[]> {
	const byFolder = new Map<string, string[]>();
	for (const file of files) {
		const folder = dirname(file);
		const list = byFolder.get(folder);
		if (list === undefined) byFolder.set(folder, [file]);
		else list.push(file);
	}
	return byFolder;
}

/**
 * In how many of `files` each counted line occurs (`countedLines`), in order of first occurrence.
 * Unreadable or rejected files are skipped (the run reports them).
 */
export function countLinesInFiles(
	files: readonly string[],
	maxChars: number,
	maxBytes?: number,
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const file of files) {
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(file);
		} catch {
			continue;
		}
		const decoded = decodeSource(file, bytes, maxBytes === undefined ? {} : { maxBytes });
		if (!decoded.ok) continue;
		for (const line of countedLines(decoded.text, decoded.format, maxChars))
			counts.set(line, (counts.get(line) ?? 0) + 1);
	}
	return counts;
}

/** In how many of a folder's `fileCount` files a line must be counted to be the site's furniture. */
export function leastRepeats(config: RepeatedLines, fileCount: number): number {
	return Math.max(config.minFiles, Math.ceil(config.minShare * fileCount));
}

/** The lines counted in at least `minShare` of a folder's `fileCount` files, and in `minFiles` at least. */
export function repeatedOf(
	counts: ReadonlyMap<string, number>,
	fileCount: number,
	config: RepeatedLines,
): Set<string> {
	const least = leastRepeats(config, fileCount);
	const repeated = new Set<string>();
	for (const [line, n] of counts) if (n >= least) repeated.add(line);
	return repeated;
}

/**
 * Lines that recur across the files of one folder of a batch: a line in at least `minShare` of a
 * folder's files, and in `minFiles` of them at least, is the site's furniture (its name, its menu,
 * its footer). Files are read and decoded once more for this; folders with fewer than `minFiles`
 * files are not read. Unreadable or rejected files are skipped here (the run reports them).
 * `collectRepeatedLinesOn` (count-lines.ts) gives the same on a run's worker threads.
 */
export function collectRepeatedLines(
	files: string[],
	config: RepeatedLines,
	maxBytes?: number,
): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const [folder, list] of filesByFolder(files)) {
		if (list.length < config.minFiles) continue;
		const repeated = repeatedOf(
			countLinesInFiles(list, config.maxChars, maxBytes),
			list.length,
			config,
		);
		if (repeated.size > 0) out.set(folder, repeated);
	}
	return out;
}

/**
 * The page's lines without those that recur across its folder, unless they make up more than
 * `maxDropShare` of its characters: then the page is a copy of another, and is left whole for
 * deduplication to judge.
 */
export function dropRepeatedLines(
	lines: SourceLine[],
	repeated: ReadonlySet<string> | undefined,
	config: RepeatedLines | undefined,
): SourceLine[] {
	if (repeated === undefined || repeated.size === 0 || config === undefined) return lines;
	let total = 0;
	let dropped = 0;
	for (const { text } of lines) {
		total += text.length;
		if (repeated.has(text)) dropped += text.length;
	}
	if (dropped === 0 || dropped > config.maxDropShare * total) return lines;
	return lines.filter((l) => !repeated.has(l.text));
}
