import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../src/lib/eval/dev-set.ts';
import { explainQuery } from './eval-explain.ts';
import { PROJECT_ROOT } from './project.ts';

const devSet = readDevSet(join(PROJECT_ROOT, 'search-config/eval/search-dev.json'));

describe('explainQuery', () => {
	// A real dev query's judgments: its graded answers, and those graded below relevance.
	const query = devSet.queries.find((q) => q.id === 'ph-07')!;
	const relevant = Object.keys(query.judgments)
		.filter((id) => query.judgments[id]! >= 2)
		.sort((a, b) => query.judgments[b]! - query.judgments[a]!);
	const rest = Object.keys(query.judgments).filter((id) => query.judgments[id]! < 2);
	const doc = (id: string) => ({ title: `标题${id.slice(0, 6)}`, region: '000000' });

	it('lists the top 10 and then every relevant answer left out of it, with the references ranks', () => {
		const ranked = [...rest.slice(0, 10), ...relevant.slice(0, 5)].map((id) => ({ id }));
		const bigram = [...relevant].reverse();
		const lines = explainQuery(ranked, { bigram }, query.judgments, doc);
		expect(lines).toHaveLength(10 + relevant.length);
		expect(lines[0]).toMatch(/^ {3}1 g[01] - {7}bigram#- /u);
		const first = lines.find((l) => l.includes('missed'))!;
		expect(first).toMatch(/missed g3 at #11 bigram#\d+ /u);
		expect(lines.filter((l) => / at #- /u.test(l))).toHaveLength(relevant.length - 5);
	});

	it('marks ungraded hits and articles the collection lacks', () => {
		const lines = explainQuery(
			[{ id: 'nowhere', match: 'meaning' }],
			{},
			query.judgments,
			() => undefined,
		);
		expect(lines[0]).toBe('   1 g? meaning  (not in the collection)');
	});
});
