import { regionName } from '../geo/gazetteer.ts';
import type { SearchBackend, SearchDocument, SearchFilters } from '../search/types.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { toAtomTime } from './atom.ts';
import { formatDate } from './format.ts';
import { themeLabel } from './theme-labels.ts';

/** Newest articles and newest measures a feed carries, each. */
const FEED_SIZE = 20;

/** One stored article or measure as a feed entry; `now` stands in for an unknown date. */
function toAtomEntry(doc: SearchDocument, origin: string, now: string): AtomEntry {
	const when = formatDate(doc.date, doc.datePrecision);
	const categories = doc.themes.map((t) => themeLabel(t));
	if ('articleId' in doc) {
		const url = `${origin}/articles/${doc.articleId}#${doc.id}`;
		return {
			id: url,
			title: `举措 · ${regionName(doc.region)}:${doc.text.length > 60 ? `${doc.text.slice(0, 60)}…` : doc.text}`,
			url,
			updated: toAtomTime(doc.date, now),
			summary: `${when} · ${regionName(doc.region)} · 出自《${doc.articleTitle}》\n${doc.text}`,
			categories,
		};
	}
	const url = `${origin}/articles/${doc.id}`;
	const lead = doc.body.replace(/\s+/gu, ' ').slice(0, 200);
	return {
		id: url,
		title: doc.title,
		url,
		updated: toAtomTime(doc.date, now),
		summary: `${when}${doc.source ? ` · ${doc.source}` : ''} · ${regionName(doc.region)}\n${lead}`,
		categories,
	};
}

/**
 * A feed of the newest articles and measures matching `q` and `filters` (each at most
 * `FEED_SIZE`), newest first; undated items come last. The feed's `updated` is its newest entry.
 */
export async function buildFeed(
	backend: SearchBackend,
	search: { q: string; filters: SearchFilters },
	meta: Pick<AtomFeed, 'title' | 'pageUrl' | 'selfUrl' | 'subtitle'>,
	origin: string,
	now = new Date().toISOString(),
): Promise<AtomFeed> {
	const results = await Promise.all(
		(['articles', 'measures'] as const).map((c) =>
			backend.search(c, { ...search, sort: 'date-desc', hitsPerPage: FEED_SIZE }),
		),
	);
	const docs = results
		.flatMap((r) => r.hits.map((h) => h.document))
		.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
	const entries = docs.map((d) => toAtomEntry(d, origin, now));
	const newest = docs.find((d) => d.date);
	return {
		...meta,
		id: meta.selfUrl,
		updated: newest ? toAtomTime(newest.date, now) : now,
		entries,
	};
}

/** An Atom response. */
export function atomResponse(xml: string): Response {
	return new Response(xml, {
		headers: {
			'content-type': 'application/atom+xml; charset=utf-8',
			'cache-control': 'public, max-age=300',
		},
	});
}
