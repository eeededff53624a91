import { expect, test } from 'vitest';
import { formatCount, formatDate, isoDateByPrecision, quoteQuery } from './format.ts';

test('prints 2024-01-19 as 2024年1月19日', () => {
	expect(formatDate('2024-01-19')).toBe('2024年1月19日');
});

test('prints only what the source gave: month and year precision', () => {
	expect(formatDate('2023-11-01', 'month')).toBe('2023年11月');
	expect(formatDate('2022-01-01', 'year')).toBe('2022年');
});

test('says 日期不详 for a missing or unknown date', () => {
	expect(formatDate(null)).toBe('日期不详');
	expect(formatDate('2024-01-19', 'unknown')).toBe('日期不详');
	expect(formatDate('昨天')).toBe('日期不详');
});

test('groups thousands in counts: 28826 → 28,826', () => {
	expect(formatCount(28826)).toBe('28,826');
});

test('cuts 2019-01-01 known only to the year to 2019, and to the month to 2019-05', () => {
	expect(isoDateByPrecision('2019-01-01', 'year')).toBe('2019');
	expect(isoDateByPrecision('2019-05-01', 'month')).toBe('2019-05');
	expect(isoDateByPrecision('2019-05-12T00:00:00Z', 'day')).toBe('2019-05-12');
	expect(isoDateByPrecision('2019-05-12', 'unknown')).toBe('');
	expect(isoDateByPrecision(null)).toBe('');
});

test('quotes a query in a heading once: “五比五看”, never ““五比五看””', () => {
	expect(quoteQuery('“五比五看”')).toBe('“五比五看”');
	expect(quoteQuery('"五比五看"')).toBe('“五比五看”');
	expect(quoteQuery('干部轮岗')).toBe('“干部轮岗”');
	expect(quoteQuery('干部 "五比五看"')).toBe('「干部 “五比五看”」');
});
