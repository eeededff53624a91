import { expect, test } from 'vitest';
import { toMeilisearchQuery } from './meilisearch-backend.ts';

test('keeps “五比五看” a phrase in Meilisearch syntax', () => {
	expect(toMeilisearchQuery('“五比五看” 作风建设')).toBe('"五比五看" 作风建设');
});

test('quotes and leading minus inside words cannot open phrases or negate', () => {
	expect(toMeilisearchQuery('-干部 a"b')).toBe('干部 a "b"');
	expect(toMeilisearchQuery('"干部" OR -"轮岗"')).toBe('"干部" OR "轮岗"');
});
