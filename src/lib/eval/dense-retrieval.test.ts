import { expect, test } from 'vitest';
import { denseSearch } from './dense-retrieval.ts';

const unit = (...xs: number[]) => {
	const n = Math.hypot(...xs);
	return Float32Array.from(xs.map((x) => x / n));
};
const passages = [
	{ id: '武汉', region: '420100', vector: unit(1, 0, 0) },
	{ id: '杭州', region: '330100', vector: unit(0.9, 0.1, 0) },
	{ id: '全国', region: '000000', vector: unit(0, 1, 0) },
];

test('ranks passages by cosine with the query, best first', () => {
	expect(denseSearch(passages, unit(1, 0.05, 0), 3)).toEqual(['武汉', '杭州', '全国']);
	expect(denseSearch(passages, unit(1, 0, 0), 1)).toEqual(['武汉']);
});

test('a 浙江 filter keeps 杭州 and drops 武汉 and national items', () => {
	expect(denseSearch(passages, unit(1, 0, 0), 3, '330000')).toEqual(['杭州']);
});
