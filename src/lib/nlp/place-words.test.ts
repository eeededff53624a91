import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findPlaceMentions } from './find-place-mentions.ts';
import { createJiebaSegmenter } from './jieba/nodejieba-segmenter.ts';
import { getPlaceIndex } from './place-index.ts';
import { containsPlaceSurface, cutForPlaces } from './place-words.ts';

const segmenter = createJiebaSegmenter();
const index = getPlaceIndex();
const sources = new URL('../../../content/sources/', import.meta.url);
const lines = readdirSync(sources)
	.flatMap((file) => readFileSync(new URL(file, sources), 'utf8').split('\n'))
	.map((line) => line.trim())
	.filter((line) => line !== '');

describe('cutForPlaces', () => {
	test('只切含地名的分句，其余分句整体保留', () => {
		const text = '会议强调，要坚持稳中求进工作总基调，枣庄市峄城区召开专题会议。';
		expect(cutForPlaces(text, segmenter, index)).toEqual([
			'会议强调',
			'，',
			'要坚持稳中求进工作总基调',
			'，',
			...segmenter.cut('枣庄市峄城区召开专题会议'),
			'。',
		]);
	});

	test('finds the same place mentions as the full cut on every sample line', () => {
		for (const line of lines) {
			const full = findPlaceMentions(line, segmenter.cut(line), index, 0);
			const lazy = findPlaceMentions(line, cutForPlaces(line, segmenter, index), index, 0);
			expect(lazy).toEqual(full);
		}
	});

	test('a clause cut once is taken from the cache', () => {
		const cuts = new Map<string, readonly string[]>();
		cutForPlaces('峄城区加快发展，全力推进', segmenter, index, cuts);
		expect([...cuts.keys()]).toEqual(['峄城区加快发展']);
		cuts.set('峄城区加快发展', ['峄城区', '加快发展']);
		expect(cutForPlaces('峄城区加快发展。', segmenter, index, cuts)).toEqual([
			'峄城区',
			'加快发展',
			'。',
		]);
	});

	test('gives the same words with and without a cache shared by overlapping texts', () => {
		const cuts = new Map<string, readonly string[]>();
		for (const line of lines) {
			const sentence = line.split('。')[0] ?? '';
			expect(cutForPlaces(line, segmenter, index, cuts)).toEqual(
				cutForPlaces(line, segmenter, index),
			);
			expect(cutForPlaces(sentence, segmenter, index, cuts)).toEqual(
				cutForPlaces(sentence, segmenter, index),
			);
		}
	});
});

describe('containsPlaceSurface', () => {
	test('sees 峄城 inside a clause and nothing in 稳中求进', () => {
		expect(containsPlaceSurface('推动峄城高质量发展', index)).toBe(true);
		expect(containsPlaceSurface('坚持稳中求进工作总基调', index)).toBe(false);
	});

	test('agrees with a plain search for every surface on every clause of the sample pages', () => {
		const surfaces = [...index.bySurface.keys()];
		const clauses = lines.flatMap((line) => line.split(/[，。]/u)).filter((c) => c.length >= 2);
		let withPlace = 0;
		for (const clause of clauses) {
			const plain = surfaces.some((surface) => clause.includes(surface));
			if (plain) withPlace++;
			expect(containsPlaceSurface(clause, index), clause).toBe(plain);
		}
		expect(withPlace).toBeGreaterThan(20);
		expect(clauses.length - withPlace).toBeGreaterThan(20);
	});
});
