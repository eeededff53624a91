import { embedQuery } from '../query-embedder.ts';
import { meiliValue, filtersToMeilisearch } from '../filters.ts';
import { termMatcher } from '../highlight.ts';
import { parseQuery } from '../query-parser.ts';
import { toSearchHit } from '../search-hit.ts';
import type {
	Collection,
	SearchParams,
	SearchRanking,
	SearchResult,
	SearchFilters,
} from '../types.ts';
import type { MeiliContext } from './context.ts';
import { facetAttribute, fromStored, type RegionScope } from './documents.ts';
import { EMBEDDER } from './settings.ts';

/** The query in Meilisearch syntax: words as given, phrases in ASCII quotes, nothing else special. */
export function toMeilisearchQuery(q: string): string {
	return parseQuery(q)
		.map((t) => {
			const text = t.text
				.replace(/["“”「」『』＂]/gu, ' ')
				.replace(/^-+/u, '')
				.trim();
			return t.kind === 'phrase' ? `"${text}"` : text;
		})
		.filter((t) => t !== '' && t !== '""')
		.join(' ');
}

/**
 * The filter expressions (ANDed) of a search. A region filter matches the primary region's chain
 * (`about`) or any named region (`mentions`); an article marked as another's duplicate is never a
 * hit of its own, so totals and facets count each release once.
 */
export function searchFilter(
	collection: Collection,
	filters: SearchFilters | undefined,
	scope: RegionScope,
): string[] {
	const { region, ...rest } = filters ?? {};
	const out = filtersToMeilisearch(rest);
	if (region?.length) {
		const attribute = scope === 'about' ? 'primaryRegionCodes' : 'regionCodes';
		out.unshift(`${attribute} IN [${region.map(meiliValue).join(', ')}]`);
	}
	if (collection === 'articles') out.push('(duplicateOf IS NULL OR duplicateOf NOT EXISTS)');
	return out;
}

/** Words and synonyms to mark in titles and snippets. */
function highlightMatcher(ctx: MeiliContext, q: string): RegExp | null {
	return termMatcher(
		parseQuery(q).flatMap((t) =>
			t.kind === 'word' ? [t.text, ...ctx.synonyms.lookup(t.text)] : [t.text],
		),
	);
}

/** Vector length of the collection's embedder, or null when it stores no vectors. */
async function storedDimensions(ctx: MeiliContext, collection: Collection): Promise<number | null> {
	try {
		const settings = await ctx.serverSettings(collection);
		const embedder = settings?.embedders?.[EMBEDDER] as { dimensions?: number } | undefined;
		return embedder?.dimensions ?? null;
	} catch {
		// Unreadable settings mean no hybrid now; the search itself reports the failure.
		return null;
	}
}

/** Runs one search: hybrid for relevance-ordered word queries when vectors are stored. */
export async function runSearch(
	ctx: MeiliContext,
	collection: Collection,
	params: SearchParams,
	semanticRatio: number,
): Promise<SearchResult> {
	const started = performance.now();
	const hitsPerPage = Math.max(1, Math.min(params.hitsPerPage ?? 20, 1000));
	const page = Math.max(1, Math.floor(params.page ?? 1));
	const scope = params.filters?.scope ?? 'about';
	const sort = params.sort ?? 'relevance';
	const tokens = parseQuery(params.q);
	const queryEmbedder = ctx.embedder();
	// A quoted phrase asks for exact text, and a date order leaves no room for vector ranking.
	const vector =
		queryEmbedder &&
		tokens.some((t) => t.kind === 'word') &&
		tokens.every((t) => t.kind !== 'phrase') &&
		sort === 'relevance' &&
		semanticRatio > 0 &&
		(await storedDimensions(ctx, collection)) !== null
			? await embedQuery(queryEmbedder, params.q)
			: null;
	const ranking: SearchRanking = vector ? 'hybrid' : 'lexical';
	const facetNames = params.facets ?? [];
	const response = await ctx.call(() =>
		ctx.index(collection).search(toMeilisearchQuery(params.q), {
			filter: searchFilter(collection, params.filters, scope),
			facets: facetNames.map((f) => facetAttribute(f, scope)),
			page,
			hitsPerPage,
			...(sort === 'relevance' ? {} : { sort: [`dateTs:${sort === 'date-asc' ? 'asc' : 'desc'}`] }),
			locales: ['cmn'],
			matchingStrategy: ctx.config.matchingStrategy,
			showRankingScore: true,
			...(vector ? { vector: [...vector], hybrid: { embedder: EMBEDDER, semanticRatio } } : {}),
		}),
	);
	const matcher = highlightMatcher(ctx, params.q);
	const facets: SearchResult['facets'] = {};
	for (const facet of facetNames)
		facets[facet] = { ...(response.facetDistribution?.[facetAttribute(facet, scope)] ?? {}) };
	return {
		total: response.totalHits,
		page,
		hitsPerPage,
		hits: response.hits.map((h) =>
			toSearchHit(collection, fromStored(h), Number(h._rankingScore ?? 0), matcher),
		),
		facets,
		tookMs: performance.now() - started,
		ranking,
	};
}
