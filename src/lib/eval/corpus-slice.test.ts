import { describe, expect, test } from 'vitest';
import { drawSlice, namesProvince, seededUniform, type CorpusSliceSpec } from './corpus-slice.ts';

const spec: CorpusSliceSpec = {
	seed: 'test',
	quota: { 人民日报: 3, 新闻联播: 2 },
	minChars: 10,
	leadChars: 20,
	domesticWeight: 4,
};
const rows = Array.from({ length: 40 }, (_, i) => ({
	id: `row-${i}`,
	source: i % 2 === 0 ? '人民日报' : '新闻联播',
	title: i % 4 === 0 ? '浙江推进数字政府建设' : '国际油价小幅波动',
	text: i === 2 ? '短' : '正文内容足够长，可以进入抽样范围。'.repeat(2),
}));

describe('drawSlice', () => {
	test('draws each source its quota, skipping texts shorter than minChars', () => {
		const drawn = drawSlice(rows, spec);
		expect(drawn.filter((id) => Number(id.slice(4)) % 2 === 0)).toHaveLength(3);
		expect(drawn.filter((id) => Number(id.slice(4)) % 2 === 1)).toHaveLength(2);
		expect(drawn).not.toContain('row-2');
	});

	test('does not depend on the order of the rows, only on the seed', () => {
		expect(drawSlice([...rows].reverse(), spec)).toEqual(drawSlice(rows, spec));
		expect(drawSlice(rows, { ...spec, seed: 'other' })).not.toEqual(drawSlice(rows, spec));
	});

	test('favours rows naming a province when domesticWeight is large', () => {
		const drawn = drawSlice(rows, { ...spec, domesticWeight: 1e6 });
		expect(drawn.filter((id) => Number(id.slice(4)) % 4 === 0)).toHaveLength(3);
	});
});

describe('namesProvince', () => {
	test('finds 浙江 in a title and 内蒙古 in the lead, not a name past the lead', () => {
		const base = { id: 'x', source: '人民日报' };
		expect(namesProvince({ ...base, title: '浙江推进数字政府建设', text: '' }, 10)).toBe(true);
		expect(namesProvince({ ...base, title: '草原生态', text: '内蒙古牧区' }, 10)).toBe(true);
		expect(
			namesProvince({ ...base, title: '草原生态', text: '牧区牧区牧区牧区牧区内蒙古' }, 10),
		).toBe(false);
	});
});

test('seededUniform lies strictly between 0 and 1 and changes with the seed', () => {
	const u = seededUniform('a', 'rmrb-20190201-01-01');
	expect(u).toBeGreaterThan(0);
	expect(u).toBeLessThan(1);
	expect(seededUniform('b', 'rmrb-20190201-01-01')).not.toBe(u);
});
