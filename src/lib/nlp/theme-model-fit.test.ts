import { describe, expect, test } from 'vitest';
import { compileThemeModel } from '../schema/theme-model.ts';
import { classifyThemes } from './theme-classifier.ts';
import { themeFeatures } from './theme-features.ts';
import { fitThemeModel, type WeightedDoc } from './theme-model-fit.ts';

const features = { titleWeight: 1, maxChars: 1200, leadChars: 150, leadWeight: 1 };
const texts: [string, number][] = [
	['选派第一书记驻村帮扶，干部挂职锻炼', 0],
	['年轻干部到基层挂职，驻村第一书记轮换', 0],
	['开展河湖治理，推进生态保护修复和污染防治', 1],
	['加强大气污染防治，守护绿水青山生态环境', 1],
];
const docs: WeightedDoc[] = texts.map(([body, y]) => ({
	x: themeFeatures({ title: '', body }, features),
	y,
	weight: 1,
}));
const settings = {
	features,
	classes: ['cadre-rotation', 'ecology'] as const,
	minDocFreq: 1,
	keepBigrams: 1000,
	sgd: { epochs: 30, learningRate: 0.5, l2: 1e-5, seed: 1 },
	about: 'test',
};

describe('fitThemeModel', () => {
	test('packs a model that puts 第一书记挂职 under cadre-rotation and 污染防治 under ecology', () => {
		const model = compileThemeModel(
			fitThemeModel(docs, { ...settings, classes: [...settings.classes] }),
		);
		const rotation = classifyThemes({ title: '', body: '第一书记挂职' }, model);
		const ecology = classifyThemes({ title: '', body: '污染防治' }, model);
		expect(rotation.get('cadre-rotation')).toBeGreaterThan(0.5);
		expect(ecology.get('ecology')).toBeGreaterThan(0.5);
	});

	test('keeps only the keepBigrams strongest bigrams', () => {
		const file = fitThemeModel(docs, {
			...settings,
			classes: [...settings.classes],
			keepBigrams: 5,
		});
		expect((file.bigrams.length + file.titleBigrams.length) / 2).toBe(5);
	});

	test('a label counts as much as its weight: the heavier of two contradicting copies wins', () => {
		const body = '乡村治理积分制';
		const x = themeFeatures({ title: '', body }, features);
		const heavy = [...docs, { x, y: 0, weight: 1 }, { x, y: 1, weight: 10 }];
		const model = compileThemeModel(
			fitThemeModel(heavy, { ...settings, classes: [...settings.classes] }),
		);
		expect(classifyThemes({ title: '', body }, model).get('ecology')).toBeGreaterThan(0.5);
	});
});
