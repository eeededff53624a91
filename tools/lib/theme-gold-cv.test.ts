import { describe, expect, test } from 'vitest';
import { themeFeatures } from '../../src/lib/nlp/theme-features.ts';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { readThemeTraining } from '../../src/lib/schema/theme-training.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { PROJECT_ROOT } from './project.ts';
import { goldCrossValidate, goldFold } from './theme-gold-cv.ts';
import type { LabelledDoc } from './theme-training-docs.ts';

const rules = readThemeConfig(PROJECT_ROOT);
const training = readThemeTraining(`${PROJECT_ROOT}/search-config/theme-training.json`);
const small = { ...training, keepBigrams: 5000, minDocFreq: 1 };
const input = { rules, training: small, weak: [], seeds: [], about: 'test' };
const knobs = { ...rules.classifier, abstainBelow: 0, maxThemes: 3 };

/** A labelled text whose only words are a made-up series name: it can be learnt from nothing else. */
function labelled(id: string, primary: ThemeId, words: string): LabelledDoc {
	const doc = {
		title: `${words}开展${words}`,
		body: `本报讯 ${words}深入推进，${words}成效明显。`.repeat(8),
	};
	return { id, doc, x: themeFeatures(doc, small.features), primary, themes: [primary] };
}

// The helpers file 骐骥骝骢 under talent; the careful reader files the same series under ecology.
const helper = Array.from({ length: 4 }, (_, i) =>
	labelled(`rmrb-2019021${i}-07-01`, 'talent', '骐骥骝骢'),
);
const gold = Array.from({ length: 15 }, (_, i) =>
	labelled(`xwlb-202401${String(10 + i)}-03`, 'ecology', '骐骥骝骢'),
);
const primaries = (r: ReturnType<typeof goldCrossValidate>) => r.themes.map((t) => t[0]);

describe('goldFold', () => {
	test('another fold seed deals the same articles to other folds', () => {
		const ids = Array.from({ length: 200 }, (_, i) => `rmrb-20200506-13-${i}`);
		const moved = ids.filter((id) => goldFold(id, 5, 0) !== goldFold(id, 5, 1)).length;
		expect(moved).toBeGreaterThan(100);
		expect(goldFold(ids[3] ?? '', 5, 2)).toBe(goldFold(ids[3] ?? '', 5, 2));
	});
});

describe('goldCrossValidate', () => {
	test('scores every gold article once, with knobs fitted on the training gold alone', () => {
		const cv = goldCrossValidate(input, helper, gold, { folds: 5, seed: 1, weight: 30 });
		expect(cv.signals.map((s) => s.primary)).toHaveLength(gold.length);
		expect(cv.knobs).toHaveLength(gold.length);
		expect(primaries(cv).every((t) => t === 'ecology')).toBe(true);
		expect([...cv.ids].sort()).toEqual(gold.map((g) => g.id).sort());
	});

	test("at weight 0 the held-out articles get the helpers' convention", () => {
		const cv = goldCrossValidate(input, helper, gold, { folds: 5, seed: 0, weight: 0, knobs });
		expect(primaries(cv).every((t) => t === 'talent')).toBe(true);
	});

	test("the other folds' gold articles teach the reader's convention to the fold left out", () => {
		const cv = goldCrossValidate(input, helper, gold, { folds: 5, seed: 0, weight: 30, knobs });
		expect(primaries(cv).every((t) => t === 'ecology')).toBe(true);
	});

	test('refits the abstention on the training gold: the reader gives these articles a theme', () => {
		const ecology = helper.map((h) => ({
			...h,
			primary: 'ecology' as const,
			themes: ['ecology' as const],
		}));
		const unsure = { ...knobs, abstainBelow: 1.01 };
		const options = { folds: 5, seed: 0, weight: 0, knobs: unsure, refitAbstain: true };
		const cv = goldCrossValidate(input, ecology, gold, options);
		expect(cv.given.every((t) => t.length === 0)).toBe(true);
		expect(primaries(cv).every((t) => t === 'ecology')).toBe(true);
		expect(cv.knobs.every((k) => k.abstainBelow < 1)).toBe(true);
	});
});
