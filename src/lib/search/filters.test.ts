import { expect, test } from 'vitest';
import { filtersToMeilisearch, filtersToSql, meiliValue } from './filters.ts';

test('SQL filters bind every value as a parameter', () => {
	const { sql, params } = filtersToSql('a', {
		region: ["370000') OR 1=1 --"],
		source: ['鲁网'],
		year: [2022],
		from: '2022-01-01',
	});
	expect(sql).not.toContain('370000');
	expect(sql).not.toContain('鲁网');
	expect(params).toEqual(["370000') OR 1=1 --", '鲁网', 2022, '2022-01-01']);
});

test('Meilisearch filter values are quoted and escaped', () => {
	expect(meiliValue('人民日报" OR source EXISTS')).toBe('"人民日报\\" OR source EXISTS"');
	expect(
		filtersToMeilisearch({ region: ['370000'], theme: ['ecology'], from: '2020-01-01' }),
	).toEqual(['regionCodes IN ["370000"]', 'themes IN ["ecology"]', 'dateTs >= 18262']);
});
