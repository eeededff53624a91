import { getDivision, withAncestors } from '../../geo/gazetteer.ts';
import { dateToTimestamp } from '../filters.ts';
import { documentHash } from '../to-search-document.ts';
import type { FacetName, SearchDocument } from '../types.ts';
import { EMBEDDER } from './settings.ts';

/** A document as Meilisearch stores it. */
export type Stored = Record<string, unknown>;

/** What a region filter and the region facets count: any region named, or the primary one. */
export type RegionScope = 'about' | 'mentions';

/** Fields the adapter adds to stored documents; stripped again before results leave it. */
const EXTRA_FIELDS = [
	'hash',
	'dateTs',
	'provinceCodes',
	'cityCodes',
	'countyCodes',
	'primaryRegionCodes',
	'primaryProvinceCodes',
	'primaryCityCodes',
	'primaryCountyCodes',
	'_vectors',
	'_rankingScore',
	'_formatted',
	'_matchesPosition',
	'_federation',
];

const byLevel = (codes: readonly string[], level: string) =>
	codes.filter((c) => getDivision(c)?.level === level);

/** The stored form: the document plus its hash, a numeric date, region codes by level and the vector. */
export function toStored(doc: SearchDocument, vector?: Float32Array): Stored {
	const chain = withAncestors(doc.region);
	const primary = chain.length > 0 ? chain : [doc.region];
	const stored: Stored = {
		...doc,
		hash: documentHash(doc),
		dateTs: doc.date ? dateToTimestamp(doc.date) : null,
		provinceCodes: byLevel(doc.regionCodes, 'province'),
		cityCodes: byLevel(doc.regionCodes, 'city'),
		countyCodes: byLevel(doc.regionCodes, 'county'),
		primaryRegionCodes: primary,
		primaryProvinceCodes: byLevel(primary, 'province'),
		primaryCityCodes: byLevel(primary, 'city'),
		primaryCountyCodes: byLevel(primary, 'county'),
	};
	if (vector) stored._vectors = { [EMBEDDER]: { embeddings: [...vector], regenerate: false } };
	return stored;
}

/** The engine-neutral document back from its stored form. */
export function fromStored(stored: Stored): SearchDocument {
	const doc = { ...stored };
	for (const field of EXTRA_FIELDS) delete doc[field];
	return doc as unknown as SearchDocument;
}

/** The stored attribute a facet counts, in the given region scope. */
export function facetAttribute(facet: FacetName, scope: RegionScope): string {
	const prefix = scope === 'about' ? 'primary' : '';
	const cap = (s: string) => (prefix ? `${prefix}${s[0]!.toUpperCase()}${s.slice(1)}` : s);
	switch (facet) {
		case 'province':
			return cap('provinceCodes');
		case 'city':
			return cap('cityCodes');
		case 'county':
			return cap('countyCodes');
		case 'region':
			return cap('regionCodes');
		case 'theme':
			return 'themes';
		case 'year':
		case 'source':
		case 'kind':
			return facet;
	}
}
