import { expect, test } from 'vitest';
import { createRenderCache } from './map-cache.ts';

test('renders a key once and evicts the least recently used entry beyond its size', () => {
	const cache = createRenderCache(2);
	let renders = 0;
	const render = (v: string) => () => {
		renders++;
		return v;
	};
	expect(cache.get('a', render('A'))).toBe('A');
	expect(cache.get('a', render('other'))).toBe('A');
	expect(renders).toBe(1);
	cache.get('b', render('B'));
	cache.get('a', render('A')); // a is now the most recent
	cache.get('c', render('C')); // evicts b
	expect(cache.size()).toBe(2);
	expect(cache.get('b', render('B2'))).toBe('B2');
	expect(cache.get('a', render('A2'))).toBe('A2'); // evicted by b's return
	expect(renders).toBe(5);
});

test('a size of 0 keeps nothing', () => {
	const cache = createRenderCache(0);
	cache.get('a', () => 'A');
	expect(cache.size()).toBe(0);
});
