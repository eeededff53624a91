import type { Article } from '../../src/lib/schema/release.ts';
import { NATIONAL_CODE } from '../../src/lib/geo/gazetteer.ts';
import { corpusPath, readCorpus, type CorpusItem } from './corpus.ts';

/** A corpus id as an article id: lower-cased, anything but letters, digits and `-` replaced. */
export function corpusArticleId(row: Pick<CorpusItem, 'id'>): string {
	return row.id.toLowerCase().replace(/[^a-z0-9-]+/gu, '-');
}

/** A corpus row as an untagged Article (national region, no themes), for recombination. */
function corpusRowToArticle(row: CorpusItem): Article {
	return {
		id: corpusArticleId(row),
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
export async function corpusSeeds(limit: number, file = corpusPath()): Promise<Article[]> {
	const seeds: Article[] = [];
	if (!file) return seeds;
	for await (const row of readCorpus(file)) {
		if (row.text.length < 200) continue;
		seeds.push(corpusRowToArticle(row));
		if (seeds.length >= limit) break;
	}
	return seeds;
}
