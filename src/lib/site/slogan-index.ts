import type { ArticleSearchDocument, SearchBackend } from '../search/types.ts';
import { allMatches } from './export-rows.ts';
import { aggregateSlogans } from './slogans.ts';
import type { SloganUsage } from './slogans.ts';

/** Most recent articles scanned for slogans (the page says so when the corpus is larger). */
const SLOGAN_SCAN_LIMIT = 5000;
/** How long a computed table is served before it is recomputed in the background. */
export const SLOGAN_TTL_MS = 5 * 60_000;
const BATCH = 1000;

/** Slogan usage and how much of the corpus it covers. */
interface SloganTable {
	usages: SloganUsage[];
	scanned: number;
	total: number;
	/** When it was computed (ms since epoch). */
	computedAt: number;
}

let current: SloganTable | undefined;
let pending: Promise<SloganTable> | undefined;

async function compute(backend: SearchBackend): Promise<SloganTable> {
	const docs: ArticleSearchDocument[] = [];
	const head = await backend.search('articles', { q: '', hitsPerPage: 1 });
	for await (const doc of allMatches(backend, 'articles', { q: '', sort: 'date-desc' }, BATCH)) {
		if (!('articleId' in doc)) docs.push(doc);
		if (docs.length >= SLOGAN_SCAN_LIMIT) break;
	}
	return {
		usages: aggregateSlogans(docs),
		scanned: docs.length,
		total: head.total,
		computedAt: Date.now(),
	};
}

/**
 * Slogan usage over the most recent `SLOGAN_SCAN_LIMIT` articles. The first call computes it;
 * afterwards a table older than `SLOGAN_TTL_MS` is still served while a fresh one is computed in
 * the background, so a re-index shows up within minutes without a restart or a slow page.
 */
export function sloganUsages(backend: SearchBackend): Promise<SloganTable> {
	const refresh = () => {
		pending ??= compute(backend)
			.then((table) => (current = table))
			.finally(() => (pending = undefined));
		return pending;
	};
	if (!current) return refresh();
	if (Date.now() - current.computedAt > SLOGAN_TTL_MS) {
		refresh().catch((error: unknown) => console.error('[site] slogan table refresh failed', error));
	}
	return Promise.resolve(current);
}
