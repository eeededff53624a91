import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { Article } from '../../src/lib/schema/release.ts';
import { NATIONAL_CODE } from '../../src/lib/geo/gazetteer.ts';

/** Where the shared real-text corpus lives (read at run time, never copied into the repository). */
export const CORPUS_FILE = fileURLToPath(
	new URL('../../../shared/corpus/news-2019-2025.jsonl.gz', import.meta.url),
);

interface CorpusRow {
	id: string;
	title: string;
	date: string;
	source: string;
	text: string;
}

/** Reads corpus rows lazily; yields nothing when the corpus is absent. */
export async function* readCorpus(file = CORPUS_FILE): AsyncIterable<CorpusRow> {
	if (!existsSync(file)) return;
	const lines = createInterface({
		input: createReadStream(file).pipe(createGunzip()),
		crlfDelay: Infinity,
	});
	for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as CorpusRow;
}

/** A corpus row as an untagged Article (national region, no themes), for recombination. */
export function corpusRowToArticle(row: CorpusRow): Article {
	const id = row.id.toLowerCase().replace(/[^a-z0-9-]+/gu, '-');
	return {
		id,
		title: row.title,
		titleGenerated: false,
		date: /^\d{4}-\d{2}-\d{2}$/u.test(row.date) ? row.date : null,
		datePrecision: 'day',
		source: row.source,
		reporters: [],
		sourceFile: `corpus/${row.id}`,
		region: NATIONAL_CODE,
		regions: [NATIONAL_CODE],
		themes: [],
		kind: 'news',
		measures: [],
		slogans: [],
		body: row.text.replace(/[\u3000 ]+/gu, '').replace(/\n+/gu, '\n\n'),
	};
}

/** Up to `limit` corpus articles of at least 200 characters, as seeds for a synthetic corpus. */
export async function corpusSeeds(limit: number, file = CORPUS_FILE): Promise<Article[]> {
	const seeds: Article[] = [];
	for await (const row of readCorpus(file)) {
		if (row.text.length < 200) continue;
		seeds.push(corpusRowToArticle(row));
		if (seeds.length >= limit) break;
	}
	return seeds;
}

/** Whether the shared corpus file is present. */
export function corpusArticlesAvailable(file = CORPUS_FILE): boolean {
	return existsSync(file);
}
