import type { Settings } from 'meilisearch';
import type { Collection } from '../types.ts';
import type { MeilisearchConfig } from './config.ts';

/** The one embedder the adapter declares: vectors computed by the indexer, never by Meilisearch. */
export const EMBEDDER = 'default';

/** What an index's settings depend on besides the configuration file. */
interface SettingsInputs {
	/** Term → its equivalents (Meilisearch's `synonyms` format). */
	synonyms: Record<string, string[]>;
	stopWords: string[];
	/** Units that must never split (checked by `dictionaryWords`). */
	dictionary: string[];
	/** Vector length when the index stores vectors; absent: no embedder is declared. */
	dimensions?: number | undefined;
}

/**
 * The complete settings of one collection's index: a pure function of the configuration and the
 * inputs. Chinese is pinned (`cmn`, or kanji-only text may be read as Japanese) and typo
 * tolerance is off (it only adds noise for Chinese).
 */
export function indexSettings(
	collection: Collection,
	config: MeilisearchConfig,
	inputs: SettingsInputs,
): Settings {
	const settings: Settings = {
		searchableAttributes: [...config.searchableAttributes[collection]],
		filterableAttributes: [...config.filterableAttributes],
		sortableAttributes: [...config.sortableAttributes],
		rankingRules: [...config.rankingRules],
		localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
		typoTolerance: { enabled: false },
		faceting: { maxValuesPerFacet: config.maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } },
		pagination: { maxTotalHits: config.maxTotalHits },
		proximityPrecision: config.proximityPrecision,
		synonyms: inputs.synonyms,
		stopWords: [...inputs.stopWords].sort(),
		dictionary: [...inputs.dictionary].sort(),
	};
	if (inputs.dimensions !== undefined)
		settings.embedders = { [EMBEDDER]: { source: 'userProvided', dimensions: inputs.dimensions } };
	return settings;
}

// Settings whose lists are sets: the server may return them in another order.
const UNORDERED = new Set([
	'filterableAttributes',
	'sortableAttributes',
	'stopWords',
	'dictionary',
]);

/** True when every field of `wanted` (recursively) equals the same field of `current`. */
function covers(wanted: unknown, current: unknown, unordered: boolean): boolean {
	if (Array.isArray(wanted)) {
		if (!Array.isArray(current) || current.length !== wanted.length) return false;
		const norm = (list: unknown[]) =>
			unordered ? list.map((v) => JSON.stringify(v)).sort() : list.map((v) => JSON.stringify(v));
		return JSON.stringify(norm(wanted)) === JSON.stringify(norm(current));
	}
	if (wanted !== null && typeof wanted === 'object') {
		if (current === null || typeof current !== 'object') return false;
		return Object.entries(wanted).every(([key, value]) =>
			covers(value, (current as Record<string, unknown>)[key], unordered),
		);
	}
	return wanted === current;
}

/**
 * The part of `wanted` that differs from the server's `current` settings (empty: nothing to send),
 * so an unchanged index is not re-indexed. Synonym lists compare as sets.
 */
export function settingsChanges(wanted: Settings, current: Settings): Settings {
	const changes: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(wanted)) {
		const now = (current as Record<string, unknown>)[key];
		const same =
			key === 'synonyms'
				? covers(value, now, true) && covers(now ?? {}, value, true)
				: covers(value, now, UNORDERED.has(key));
		if (!same) changes[key] = value;
	}
	return changes;
}
