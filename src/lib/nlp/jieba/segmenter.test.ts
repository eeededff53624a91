import { expect, test } from 'vitest';
import { cutForSearch, lazySegmenter, type Segmenter } from './segmenter.ts';

const fake: Segmenter = { cut: (text) => [...text] };

test('lazySegmenter loads on the first cut, once', () => {
	let loads = 0;
	const segmenter = lazySegmenter(() => {
		loads++;
		return fake;
	});
	expect(loads).toBe(0);
	expect(segmenter.cut('营商')).toEqual(['营', '商']);
	expect(cutForSearch(segmenter, '环境')).toEqual(['环', '境']);
	expect(loads).toBe(1);
});
