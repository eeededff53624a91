import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fuseThemes, tagThemes, themeHeadline } from './tag-themes.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';

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

describe('themeHeadline', () => {
	test('drops the column tags 【新思想引领新征程】 and （一线行走）, keeps the headline', () => {
		expect(themeHeadline('【新思想引领新征程】某县推进干部轮岗交流')).toBe('某县推进干部轮岗交流');
		expect(themeHeadline('驻村帮扶见实效（一线行走）')).toBe('驻村帮扶见实效');
	});

	test('keeps a headline that is nothing but a bracket', () => {
		expect(themeHeadline('（权威发布）')).toBe('（权威发布）');
	});
});

describe('fuseThemes', () => {
	const settings = {
		modelWeight: 1,
		ruleWeight: 1,
		titleWeight: 2,
		leadWeight: 0,
		minProbability: 0.5,
		abstainBelow: 0.3,
		maxThemes: 3,
	};
	const input = (probabilities: [ThemeId, number][], rules: Record<string, number> = {}) => ({
		ruleThemes: Object.keys(rules) as ThemeId[],
		ruleScores: rules,
		titleScores: {},
		leadScores: {},
		probabilities: new Map(probabilities),
	});

	test('a headline hit outweighs a body that leans elsewhere', () => {
		const fused = fuseThemes(
			{
				...input([
					['rural-revitalization', 0.5],
					['cadre-rotation', 0.3],
				]),
				titleScores: { 'cadre-rotation': 3 },
			},
			settings,
		);
		expect(fused[0]).toBe('cadre-rotation');
	});

	test('gives no theme when neither the rules nor the model are confident', () => {
		expect(
			fuseThemes(
				input([
					['ecology', 0.2],
					['talent', 0.2],
				]),
				settings,
			),
		).toEqual([]);
	});

	test('keeps the rules’ themes and adds a confident model theme', () => {
		const fused = fuseThemes(
			input(
				[
					['ecology', 0.6],
					['talent', 0.1],
				],
				{ talent: 20 },
			),
			settings,
		);
		expect(fused.slice().sort()).toEqual(['ecology', 'talent']);
	});
});

describe('tagThemes with the classifier', () => {
	test('says why: rule phrases and a model probability for every theme it gives', () => {
		const body =
			'近年来，某县坚持把人才工作摆在突出位置，出台人才引进十条措施，设立人才驿站，为高层次人才提供安家补贴和子女入学服务。' +
			'今年以来，全县共引进各类人才860名，其中博士32名，新建专家工作站5个，柔性引才120人次。' +
			'该县还建立人才服务专员制度，为每名引进人才配备一名联系干部，定期走访了解工作和生活需求，帮助解决实际困难，让人才引得进、留得住、用得好。';
		const tags = tagThemes({ title: '某县多措并举做好人才引进工作', body }, config);
		expect(body.length).toBeGreaterThanOrEqual(config.classifier.minChars);
		expect(config.model).toBeDefined();
		expect(tags.themes[0]).toBe('talent');
		expect(tags.evidence.talent?.terms).toContain('人才引进');
		expect(tags.evidence.talent?.model).toBeGreaterThan(0.3);
	});

	test('leaves a measure clause to the rules alone (shorter than classifier.minChars)', () => {
		const tags = clause('每季度要走访一遍所有挂点企业,帮助企业解决急难愁盼问题。');
		expect(tags.evidence['enterprise-service']?.model).toBeUndefined();
	});
});
