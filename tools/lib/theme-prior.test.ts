import { describe, expect, test } from 'vitest';
import { classifyThemes } from '../../src/lib/nlp/theme-classifier.ts';
import { themeFeatures } from '../../src/lib/nlp/theme-features.ts';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { compileThemeModel } from '../../src/lib/schema/theme-model.ts';
import { readThemeTraining } from '../../src/lib/schema/theme-training.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { PROJECT_ROOT } from './project.ts';
import { trainModel } from './theme-cross-fit.ts';
import { correctPrior } from './theme-prior.ts';
import type { LabelledDoc } from './theme-training-docs.ts';

const rules = readThemeConfig(PROJECT_ROOT);
const training = readThemeTraining(`${PROJECT_ROOT}/search-config/theme-training.json`);
const small = { ...training, keepBigrams: 5000, minDocFreq: 1, priorCorrection: 0 };
const input = { rules, training: small, weak: [], seeds: [], about: 'test' };

function labelled(id: string, primary: ThemeId, words: string): LabelledDoc {
	const doc = { title: `${words}开展`, body: `本报讯 ${words}深入推进，工作成效明显。`.repeat(8) };
	return { id, doc, x: themeFeatures(doc, small.features), primary, themes: [primary] };
}

// Nine talent articles to one ecology article: a text of neither series leans to talent by prior alone.
const items = Array.from({ length: 10 }, (_, i) =>
	i === 0
		? labelled(`xwlb-2024010${i}-01`, 'ecology', '骐骥骝骢')
		: labelled(`xwlb-2024010${i}-01`, 'talent', '鹈鹕鸬鹚'),
);
const neutral = { title: '本报讯', body: '本报讯 工作深入推进，工作成效明显。'.repeat(8) };

describe('correctPrior', () => {
	const model = trainModel(input, items);
	const ratio = (m: typeof model) => {
		const p = classifyThemes(neutral, compileThemeModel(m));
		return (p.get('talent') ?? 0) / (p.get('ecology') ?? 1);
	};

	test('divides out the training mix: a text of neither series leans less to the frequent theme', () => {
		const half = correctPrior(model, items, 0.5);
		const full = correctPrior(model, items, 1);
		expect(ratio(model)).toBeGreaterThan(1.5);
		expect(ratio(half)).toBeLessThan(ratio(model));
		expect(ratio(full)).toBeLessThan(ratio(half));
	});

	test('keeps what the words say: each series still goes to its own theme', () => {
		const full = compileThemeModel(correctPrior(model, items, 1));
		const best = (doc: LabelledDoc['doc']) =>
			[...classifyThemes(doc, full)].sort((a, b) => b[1] - a[1])[0]?.[0];
		expect(best(items[0]!.doc)).toBe('ecology');
		expect(best(items[1]!.doc)).toBe('talent');
	});

	test('gamma 0 leaves the model as trained', () => {
		expect(correctPrior(model, items, 0)).toBe(model);
	});
});
