import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../src/lib/eval/dev-set.ts';
import { smallCollection } from './eval-small.ts';
import { PROJECT_ROOT } from './project.ts';

const devSet = readDevSet(join(PROJECT_ROOT, 'search-config/eval/search-dev.json'));
const judged = [...new Set(devSet.queries.flatMap((q) => Object.keys(q.judgments)))].sort();
// The 5,000-article slice holds articles nobody judged; they stand beside the judged ones here.
const docs = [...judged, 'unjudged-1', 'unjudged-2', 'sample-1'].map((id) => ({ id }));
const options = { relevant: 3, other: 2, seed: 7 };

describe('smallCollection', () => {
	const small = smallCollection(docs, devSet.queries, new Set(['sample-1']), options);
	const kept = new Set(small.docs.map((d) => d.id));

	it('keeps the samples and judged articles only, a few hundred of the dev set pool', () => {
		expect(kept.has('sample-1')).toBe(true);
		expect(kept.has('unjudged-1')).toBe(false);
		expect(small.docs.length).toBeGreaterThan(200);
		expect(small.docs.length).toBeLessThan(devSet.queries.length * 5 + 2);
	});

	it('keeps at least min(3, relevant) answers of every query and judgments of kept articles only', () => {
		for (const query of devSet.queries) {
			const relevant = Object.values(query.judgments).filter((g) => g >= 2).length;
			const mine = small.judgments.get(query.id)!;
			expect(Object.keys(mine).every((id) => kept.has(id))).toBe(true);
			expect(Object.values(mine).filter((g) => g >= 2).length).toBeGreaterThanOrEqual(
				Math.min(3, relevant),
			);
		}
	});

	it('draws the same collection for the same seed and another for another seed', () => {
		const again = smallCollection(docs, devSet.queries, new Set(['sample-1']), options);
		expect(again.docs.map((d) => d.id)).toEqual(small.docs.map((d) => d.id));
		const other = smallCollection(docs, devSet.queries, new Set(['sample-1']), {
			...options,
			seed: 8,
		});
		expect(other.docs.map((d) => d.id)).not.toEqual(small.docs.map((d) => d.id));
	});

	it('keeps every other query’s draw when one query gains judgments (a new judging round)', () => {
		const [first, ...rest] = devSet.queries;
		const grown = [
			{ ...first!, judgments: { ...first!.judgments, 'new-1': 3, 'new-2': 0, 'new-3': 2 } },
			...rest,
		];
		const more = smallCollection(
			[...docs, { id: 'new-1' }, { id: 'new-2' }, { id: 'new-3' }],
			grown,
			new Set(['sample-1']),
			options,
		);
		const after = new Set(more.docs.map((d) => d.id));
		const firstJudged = new Set(Object.keys(grown[0]!.judgments));
		// Only what the grown query draws may change; every other query's articles stay drawn.
		const changed = [...new Set([...kept, ...after])].filter(
			(id) => kept.has(id) !== after.has(id),
		);
		expect(changed.filter((id) => !firstJudged.has(id))).toEqual([]);
	});
});
