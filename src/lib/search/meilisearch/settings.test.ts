import { expect, test } from 'vitest';
import { loadMeilisearchConfig } from './config.ts';
import { indexSettings, settingsChanges } from './settings.ts';

const config = loadMeilisearchConfig();
const inputs = {
	synonyms: { 易地扶贫搬迁: ['搬迁安置'], 搬迁安置: ['易地扶贫搬迁'] },
	stopWords: ['的', '了'],
	dictionary: ['最多跑一次'],
};

test('measures rank their own text above the article title; articles their headline first', () => {
	expect(indexSettings('measures', config, inputs).searchableAttributes).toEqual([
		'text',
		'articleTitle',
	]);
	expect(indexSettings('articles', config, inputs).searchableAttributes?.[0]).toBe('title');
});

test('sort comes before relevance, typo tolerance is off, Chinese is pinned, counties fit in a facet', () => {
	const settings = indexSettings('articles', config, inputs);
	expect(settings.rankingRules?.[0]).toBe('sort');
	expect(settings.typoTolerance).toEqual({ enabled: false });
	expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['cmn'] }]);
	expect(settings.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(2800);
	expect(settings.filterableAttributes).toContain('primaryRegionCodes');
	expect(settings.embedders).toBeUndefined();
	expect(indexSettings('articles', config, { ...inputs, dimensions: 512 }).embedders).toEqual({
		default: { source: 'userProvided', dimensions: 512 },
	});
});

test('settings equal to the server’s (lists in another order, extra server fields) need no update', () => {
	const wanted = indexSettings('articles', config, { ...inputs, dimensions: 512 });
	const server = {
		...wanted,
		filterableAttributes: [...(wanted.filterableAttributes as string[])].reverse(),
		stopWords: ['了', '的'],
		synonyms: { 搬迁安置: ['易地扶贫搬迁'], 易地扶贫搬迁: ['搬迁安置'] },
		typoTolerance: { enabled: false, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
		embedders: { default: { source: 'userProvided', dimensions: 512, distribution: null } },
		displayedAttributes: ['*'],
	};
	expect(settingsChanges(wanted, server as never)).toEqual({});
});

test('only what differs is sent: a new 最多跑一次 in the dictionary, a reordered ranking', () => {
	const wanted = indexSettings('articles', config, inputs);
	const server = { ...wanted, dictionary: [], rankingRules: ['words', 'sort'] };
	expect(settingsChanges(wanted, server)).toEqual({
		dictionary: ['最多跑一次'],
		rankingRules: wanted.rankingRules,
	});
	expect(Object.keys(settingsChanges(wanted, {}))).toEqual(Object.keys(wanted));
});
