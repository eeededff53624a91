import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { PROJECT_ROOT } from './project.ts';

/** One article of the shared real-text corpus (read at run time, never copied into the repo). */
export interface CorpusItem {
	id: string;
	title: string;
	date: string;
	source: string;
	text: string;
	headline_lines?: string[];
}

/** Path of the shared corpus, or null when this checkout has no `../shared` beside it. */
export function corpusPath(): string | null {
	const path =
		process.env['JUCUO_CORPUS'] ?? join(PROJECT_ROOT, '../shared/corpus/news-2019-2025.jsonl.gz');
	return existsSync(path) ? path : null;
}

/** Streams up to `limit` corpus items in file order. */
export async function* readCorpus(path: string, limit = Infinity): AsyncIterable<CorpusItem> {
	const lines = createInterface({
		input: createReadStream(path).pipe(createGunzip()),
		crlfDelay: Infinity,
	});
	let n = 0;
	for await (const line of lines) {
		if (n >= limit) break;
		if (!line.trim()) continue;
		yield JSON.parse(line) as CorpusItem;
		n++;
	}
	lines.close();
}
