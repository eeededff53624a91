import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../src/lib/eval/dev-set.ts';
import { answerBands, bandLine } from './eval-where.ts';
import { PROJECT_ROOT } from './project.ts';

const devSet = readDevSet(join(PROJECT_ROOT, 'search-config/eval/search-dev.json'));

describe('answerBands', () => {
	// A real dev query's judgments, ranked in a known order: its graded answers best first.
	const query = devSet.queries.find((q) => q.id === 'kw-01')!;
	const relevant = Object.keys(query.judgments).filter((id) => query.judgments[id]! >= 2);
	const rest = Object.keys(query.judgments).filter((id) => query.judgments[id]! < 2);

	it('counts every relevant answer once, in the band of its rank', () => {
		const ranked = [...rest.slice(0, 12), ...relevant.slice(0, relevant.length - 2)];
		const bands = answerBands(ranked, query.judgments);
		expect(Object.values(bands).reduce((a, b) => a + b, 0)).toBe(relevant.length);
		expect(bands['1-10']).toBe(0);
		expect(bands['11-20']).toBe(8);
		expect(bands.missing).toBe(2);
	});

	it('puts a ranking that leads with every answer in the top band as far as ten reach', () => {
		const bands = answerBands([...relevant, ...rest], query.judgments);
		expect(bands['1-10']).toBe(10);
		expect(bandLine([bands, bands])).toMatch(/^1-10 20 · 11-20 20 · /u);
	});
});
