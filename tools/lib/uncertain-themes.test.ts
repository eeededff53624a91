import { describe, expect, test } from 'vitest';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import {
	fusedScores,
	fuseThemes,
	fusionSettings,
	themeSignals,
	type FusionInput,
} from '../../src/lib/nlp/tag-themes.ts';
import { pickUncertain, themeDoubt, type ThemeDoubt } from './uncertain-themes.ts';

const config = readThemeConfig();
const settings = fusionSettings(config);

// Written for this test in the genre's wording; not corpus text.
const stories = [
	{
		title: '选派第一书记驻村帮扶 助力乡村振兴',
		body: '县委组织部近日选派42名优秀年轻干部到脱贫村担任驻村第一书记，与村“两委”一道谋划产业发展，推动特色种植和村集体经济壮大。'.repeat(
			3,
		),
	},
	{
		title: '持之以恒纠治“四风” 为基层减负',
		body: '市纪委监委聚焦形式主义官僚主义问题开展专项整治，精简会议文件，严查违反中央八项规定精神问题，通报曝光典型案例12起，处理党员干部15人。'.repeat(
			3,
		),
	},
	{
		title: '优化营商环境 企业办事“一次不用跑”',
		body: '区政务服务中心推行“一网通办”，企业开办压缩至1个工作日，涉企审批事项承诺3个工作日内办结，为市场主体纾困解难。'.repeat(
			3,
		),
	},
];

const input = (over: Partial<FusionInput>): FusionInput => ({
	ruleThemes: [],
	ruleScores: {},
	titleScores: {},
	leadScores: {},
	probabilities: new Map(),
	...over,
});

describe('fusedScores', () => {
	test.each(stories)('ranks first the primary the tagger gives: $title', (story) => {
		const signals = themeSignals(story, config);
		expect(signals).toBeDefined();
		const scores = fusedScores(signals!, settings);
		const best = [...scores].sort((a, b) => b[1] - a[1])[0]![0];
		expect(best).toBe(fuseThemes(signals!, settings)[0]);
	});
});

describe('themeDoubt', () => {
	test('when the rules and the classifier disagree, the pair is their two themes', () => {
		const doubt = themeDoubt(
			'a',
			input({
				ruleThemes: ['rural-revitalization'],
				ruleScores: { 'rural-revitalization': 3 },
				probabilities: new Map<ThemeId, number>([
					['cadre-rotation', 0.5],
					['rural-revitalization', 0.3],
					['ecology', 0.2],
				]),
			}),
			settings,
		);
		expect(doubt).toMatchObject({
			pair: ['cadre-rotation', 'rural-revitalization'],
			disagree: true,
		});
		expect(doubt!.margin).toBeCloseTo(
			Math.abs(settings.modelWeight * Math.log(0.5 / 0.3) - settings.ruleWeight * Math.log1p(3)),
		);
	});

	test('when they agree, the pair is the fused top two', () => {
		const doubt = themeDoubt(
			'b',
			input({
				ruleThemes: ['discipline'],
				ruleScores: { discipline: 2 },
				probabilities: new Map<ThemeId, number>([
					['discipline', 0.6],
					['ecology', 0.1],
					['cadre-work-style', 0.3],
				]),
			}),
			settings,
		);
		expect(doubt).toMatchObject({ pair: ['cadre-work-style', 'discipline'], disagree: false });
	});

	test('a text the tagger abstains on has no doubt to resolve', () => {
		const flat = new Map<ThemeId, number>([
			['ecology', 0.4],
			['talent', 0.35],
			['livelihood', 0.25],
		]);
		// A tagger that abstains below 0.6 (themes.yaml's own threshold may be lower).
		const abstaining = { ...settings, abstainBelow: 0.6 };
		expect(fuseThemes(input({ probabilities: flat }), abstaining)).toEqual([]);
		expect(themeDoubt('c', input({ probabilities: flat }), abstaining)).toBeUndefined();
	});
});

describe('pickUncertain', () => {
	const doubt = (id: string, pair: [ThemeId, ThemeId], margin: number): ThemeDoubt => ({
		id,
		pair,
		margin,
		disagree: false,
	});
	const common: [ThemeId, ThemeId] = ['grassroots-governance', 'livelihood'];
	const rare: [ThemeId, ThemeId] = ['cadre-work-style', 'discipline'];
	const doubts = [
		...Array.from({ length: 10 }, (_, i) => doubt(`g${i}`, common, 0.01 * i)),
		doubt('d1', rare, 0.5),
		doubt('d2', rare, 0.2),
		doubt('d3', rare, 0.9),
		doubt('d4', rare, 2),
	];

	test('takes the smallest margins, but no more than the cap from any one pair', () => {
		expect(pickUncertain(doubts, 6, 3).map((d) => d.id)).toEqual([
			'g0',
			'g1',
			'g2',
			'd2',
			'd1',
			'd3',
		]);
	});

	test('without a binding cap it is plain smallest-margin-first, and stops at the count', () => {
		const ids = pickUncertain(doubts, 4, 100).map((d) => d.id);
		expect(ids).toEqual(['g0', 'g1', 'g2', 'g3']);
	});

	test('does not depend on the input order', () => {
		expect(pickUncertain([...doubts].reverse(), 6, 3)).toEqual(pickUncertain(doubts, 6, 3));
	});
});
