import { expect, test } from 'vitest';
import { createTtlCache } from './timeline-cache.ts';

test('reuses a result within its time to live and computes again after it', async () => {
	let clock = 0;
	let computed = 0;
	const cache = createTtlCache<number>(1000, 10, () => clock);
	const compute = () => Promise.resolve(++computed);
	expect(await cache.get('k', compute)).toBe(1);
	clock = 999;
	expect(await cache.get('k', compute)).toBe(1);
	clock = 2000;
	expect(await cache.get('k', compute)).toBe(2);
});

test('a failure is not kept, and at most maxEntries keys are', async () => {
	let computed = 0;
	const cache = createTtlCache<number>(60_000, 1);
	await expect(cache.get('bad', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
	expect(await cache.get('bad', () => Promise.resolve(++computed))).toBe(1);
	await cache.get('other', () => Promise.resolve(++computed));
	expect(await cache.get('bad', () => Promise.resolve(++computed))).toBe(3);
});
