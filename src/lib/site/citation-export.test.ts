import { expect, test } from 'vitest';
import { formatCitation } from './citation-export.ts';
import type { CitableArticle } from './citation.ts';

const baoan: CitableArticle = {
	title: '广东深圳宝安区组织591名干部挂点走访企业',
	reporters: ['吕绍刚'],
	source: '人民日报',
	date: '2024-01-19',
	datePrecision: 'day',
	kind: 'news',
	url: 'http://localhost:4321/articles/2024-01-19-abc',
};

test('exports the 人民日报 宝安 report as UTF-8 BibTeX with its Chinese title and paper', () => {
	const bib = formatCitation('2024-01-19-abc', baoan, '2024-02-01', 'bibtex');
	expect(bib).toMatch(/^@article\{/);
	expect(bib).toContain('title = {广东深圳宝安区组织591名干部挂点走访企业}');
	expect(bib).toContain('journal = {人民日报}');
	expect(bib).toContain('{吕绍刚}');
});

test('exports RIS as a newspaper item (TY  - NEWS) with its reporter and URL', () => {
	const ris = formatCitation('2024-01-19-abc', baoan, '2024-02-01', 'ris');
	expect(ris).toMatch(/^TY {2}- NEWS/m);
	expect(ris).toMatch(/^A1 {2}- 吕绍刚/m);
	expect(ris).toMatch(/^JF {2}- 人民日报/m);
	expect(ris).toMatch(/^UR {2}- http:\/\/localhost:4321\/articles\/2024-01-19-abc/m);
	expect(ris).toMatch(/^ER {2}-/m);
});

test('CSL-JSON keeps a date known only to the month as [2022, 5], a 鲁网 page as a webpage', () => {
	const item = JSON.parse(
		formatCitation(
			'x',
			{ ...baoan, source: '鲁网', date: '2022-05-01', datePrecision: 'month' },
			'2024-02-01',
			'csl-json',
		),
	) as { type: string; issued: unknown; publisher: string; accessed: unknown }[];
	expect(item[0]?.type).toBe('webpage');
	expect(item[0]?.publisher).toBe('鲁网');
	expect(item[0]?.issued).toEqual({ 'date-parts': [[2022, 5]] });
	expect(item[0]?.accessed).toEqual({ 'date-parts': [[2024, 2, 1]] });
});

test('a magazine table of contents exports as a journal article, not a newspaper', () => {
	const ris = formatCitation(
		't',
		{ ...baoan, kind: 'contents', source: '党建' },
		'2024-02-01',
		'ris',
	);
	expect(ris).toMatch(/^TY {2}- JOUR/m);
});
