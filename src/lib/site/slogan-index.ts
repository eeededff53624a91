import type { ArticleSearchDocument, SearchBackend } from '../search/types.ts';
import { allMatches } from './export-rows.ts';
import { aggregateSlogans } from './slogans.ts';
import type { SloganUsage } from './slogans.ts';

/** Most recent articles scanned for slogans (the page says so when the corpus is larger). */
export const SLOGAN_SCAN_LIMIT = 20_000;
const TTL_MS = 60_000;

let cache:
	| { at: number; value: Promise<{ usages: SloganUsage[]; scanned: number; total: number }> }
	| undefined;

/**
 * Slogan usage over the most recent `SLOGAN_SCAN_LIMIT` articles, recomputed at most once a
 * minute per process so a re-index shows up without a restart.
 */
export function sloganUsages(
	backend: SearchBackend,
): Promise<{ usages: SloganUsage[]; scanned: number; total: number }> {
	if (cache && Date.now() - cache.at < TTL_MS) return cache.value;
	const value = (async () => {
		const docs: ArticleSearchDocument[] = [];
		const head = await backend.search('articles', { q: '', hitsPerPage: 1 });
		for await (const doc of allMatches(backend, 'articles', { q: '', sort: 'date-desc' })) {
			if (!('articleId' in doc)) docs.push(doc);
			if (docs.length >= SLOGAN_SCAN_LIMIT) break;
		}
		return { usages: aggregateSlogans(docs), scanned: docs.length, total: head.total };
	})();
	cache = { at: Date.now(), value };
	value.catch(() => (cache = undefined));
	return value;
}
