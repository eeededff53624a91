import { describe, expect, test } from 'vitest';
import { themeFeatures } from '../../src/lib/nlp/theme-features.ts';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { readThemeTraining } from '../../src/lib/schema/theme-training.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { foldOf, outOfFold, signalsOf, trainModel } from './theme-cross-fit.ts';
import { PROJECT_ROOT } from './project.ts';
import type { LabelledDoc } from './theme-training-docs.ts';

const rules = readThemeConfig(PROJECT_ROOT);
const training = readThemeTraining(`${PROJECT_ROOT}/search-config/theme-training.json`);
const small = { ...training, keepBigrams: 5000, minDocFreq: 1 };

/** A labelled text whose only words are a made-up series name: it can be learnt from nothing else. */
function labelled(id: string, primary: ThemeId, words: string): LabelledDoc {
	const doc = {
		title: `${words}开展${words}`,
		body: `本报讯 ${words}深入推进，${words}成效明显。`.repeat(8),
	};
	return { id, doc, x: themeFeatures(doc, small.features), primary, themes: [primary] };
}

describe('foldOf', () => {
	test('puts an article in the same fold every time and spreads 500 ids over all five', () => {
		const ids = Array.from({ length: 500 }, (_, i) => `rmrb-20200506-13-${i}`);
		const counts = [0, 0, 0, 0, 0];
		for (const id of ids) counts[foldOf(id, 5)]!++;
		expect(foldOf(ids[7] ?? '', 5)).toBe(foldOf(ids[7] ?? '', 5));
		for (const n of counts) expect(n).toBeGreaterThan(60);
	});
});

describe('outOfFold', () => {
	const input = { rules, training: small, weak: [], seeds: [], about: 'test' };
	// 骐骥骝骢 is no word of any theme: only the labels teach it, so a model that never saw the
	// article cannot put it under ecology as surely as one that trained on it.
	const items = Array.from({ length: 10 }, (_, i) =>
		labelled(`xwlb-2024010${i}-01`, i % 2 ? 'ecology' : 'talent', i % 2 ? '骐骥骝骢' : '鹈鹕鸬鹚'),
	);
	const lone = labelled('rmrb-20191231-05-02', 'discipline', '麒麟貔貅');

	test('scores every article with a model that never trained on it', () => {
		const withLone = [...items, lone];
		const inSample = signalsOf([lone], rules, trainModel(input, withLone))[0];
		const oof = outOfFold(input, withLone, 5).at(-1);
		const p = (s: typeof oof) => s?.signals.probabilities.get('discipline') ?? 0;
		expect(p(inSample)).toBeGreaterThan(0.5);
		expect(p(oof)).toBeLessThan(p(inSample) / 2);
	});

	test('learns from the other folds: 骐骥骝骢 goes to ecology out of fold too', () => {
		const oof = outOfFold(input, items, 5);
		oof.forEach((s, i) => {
			const best = [...s.signals.probabilities].sort((a, b) => b[1] - a[1])[0]?.[0];
			expect(best).toBe(i % 2 ? 'ecology' : 'talent');
		});
	});
});
