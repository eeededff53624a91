import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tagThemes } from './tag-themes.ts';
import { readThemeConfig } from '../schema/theme-config.ts';

const config = readThemeConfig(join(import.meta.dirname, '../../..'));
const clause = (body: string) => tagThemes({ title: '', body }, config);

describe('tagThemes on a measure clause', () => {
	test('tags 挂点企业 visits as enterprise-service / 挂点走访', () => {
		const tags = clause(
			'每名干部每周走访不少于2次,每季度要走访一遍所有挂点企业,帮助企业解决急难愁盼问题。',
		);
		expect(tags.themes).toEqual(['enterprise-service']);
		expect(tags.subThemes).toContain('enterprise-service/liaison-visits');
	});

	test('tags 选派干部到…等领域挂职 as cadre-rotation, not as the fields listed', () => {
		const tags = clause(
			'定期选派一定数量的副职和中层干部到招商引资、项目建设、基层治理、乡村振兴等领域挂职、任职',
		);
		expect(tags.themes[0]).toBe('cadre-rotation');
		expect(tags.subThemes).toContain('cadre-rotation/secondment');
	});

	test('tags 精简微信工作群 as cadre-work-style / 精文减会', () => {
		const tags = clause(
			'区网络安全和信息化领导小组办公室下发了《关于对微信工作群进行规范管理的通知》,对全区各单位微信群进行规范管理。',
		);
		expect(tags.themes).toEqual(['cadre-work-style']);
		expect(tags.subThemes).toEqual(['cadre-work-style/meetings-documents']);
	});

	test('gives no theme to a pure statistic such as 地区生产总值实现41.88亿元,增长7.1%', () => {
		expect(clause('地区生产总值实现41.88亿元,增长7.1%,全市第一').themes).toEqual([]);
	});

	test('does not read 政治生态 as ecology', () => {
		expect(clause('持续净化政治生态,营造风清气正的政治生态').themes).not.toContain('ecology');
	});
});

describe('tagThemes on an article', () => {
	test('ranks the title theme first: 组织591名干部挂点走访企业', () => {
		const tags = tagThemes(
			{
				title: '广东深圳宝安区组织591名干部挂点走访企业',
				body: '2023年以来,宝安区组织全区591名干部挂点对接区内企业。每名干部每周走访不少于2次,每季度要走访一遍所有挂点企业,帮助企业解决急难愁盼问题。截至目前,宝安区591名干部通过线上线下共走访企业5.8万家次,收集企业诉求5307件。',
			},
			config,
		);
		expect(tags.themes[0]).toBe('enterprise-service');
	});

	test('returns scores for tuning, with the kept themes among them', () => {
		const tags = tagThemes(
			{
				title: '陵城:狠抓落实一线“点兵”励担当',
				body: '我区引导党员干部走出办公室,走出“文件堆”,走出“工作群”,深入基层一线。',
			},
			config,
		);
		expect(tags.themes[0]).toBe('cadre-work-style');
		expect(tags.scores['cadre-work-style']).toBeGreaterThan(0);
		expect(tags.subThemes[0]).toBe('cadre-work-style/meetings-documents');
	});
});
