import { describe, expect, test } from 'vitest';
import type { Article } from '../schema/release.ts';
import { formatRatio, scoreTagging, type GoldSet } from './score-tagging.ts';

const base: Article = {
	id: 'a',
	title: '',
	titleGenerated: false,
	date: '2024-01-18',
	datePrecision: 'day',
	source: '',
	reporters: [],
	sourceFile: 'p.txt',
	region: '440306',
	regions: ['440306'],
	themes: [],
	kind: 'news',
	measures: [],
	slogans: [],
	body: '',
};

const gold: GoldSet = {
	'p.txt': [
		{
			title: '广东深圳宝安区组织591名干部挂点走访企业',
			kind: 'news',
			date: '2024-01-18',
			source: '',
			region: '440306',
			regions: ['440306'],
			primaryThemes: ['enterprise-service'],
			themes: ['enterprise-service', 'cadre-rotation'],
		},
		{
			lead: '1月18日,贵州省铜仁市',
			kind: 'photo',
			date: '2024',
			source: '',
			region: '522223',
			regions: ['522223'],
			primaryThemes: [],
			themes: [],
		},
	],
};

describe('scoreTagging', () => {
	test('按标题和导语匹配条目, 统计拆分的精确率与召回率', () => {
		const predicted = new Map<string, Article[]>([
			[
				'p.txt',
				[
					{
						...base,
						id: '1',
						title: '广东深圳宝安区组织591名干部挂点走访企业',
						regions: ['440306', '440300'],
						themes: ['enterprise-service', 'talent'],
					},
					{ ...base, id: '2', title: '多出来的一条', kind: 'other' as const },
				],
			],
		]);
		const s = scoreTagging(gold, predicted);
		expect(s.split.recall).toEqual({ hits: 1, total: 2 });
		expect(s.split.precision).toEqual({ hits: 1, total: 2 });
		expect(s.missed).toEqual(['p.txt: 1月18日,贵州省铜仁市']);
		expect(s.extra).toEqual(['p.txt: 多出来的一条']);
		// 深圳 (440300) lies above 宝安, so it is not a wrong region.
		expect(s.regions.precision).toEqual({ hits: 2, total: 2 });
		expect(s.primaryTheme).toEqual({ hits: 1, total: 1 });
		expect(s.themes.precision).toEqual({ hits: 1, total: 2 });
		expect(s.themes.recall).toEqual({ hits: 1, total: 2 });
		expect(formatRatio(s.themes.recall)).toBe('50.0% (1/2)');
	});

	test('年份标注只比较年份, 照片按导语匹配', () => {
		const predicted = new Map([
			[
				'p.txt',
				[
					{
						...base,
						title: '玉屏幼儿园开展活动',
						kind: 'photo' as const,
						region: '522223',
						regions: ['522223'],
						body: '1月18日,贵州省铜仁市玉屏侗族自治县第五幼儿园',
					},
				],
			],
		]);
		const s = scoreTagging(gold, predicted);
		expect(s.split.recall).toEqual({ hits: 1, total: 2 });
		expect(s.date).toEqual({ hits: 1, total: 1 });
		expect(s.kind).toEqual({ hits: 1, total: 1 });
		expect(formatRatio({ hits: 0, total: 0 })).toBe('n/a');
	});
});
