import { describe, expect, test } from 'vitest';
import { bigramToKey, keyToBigram, themeFeatures, TITLE_OFFSET } from './theme-features.ts';

const settings = { titleWeight: 1, maxChars: 1200, leadChars: 150, leadWeight: 1 };
const valueOf = (x: ReturnType<typeof themeFeatures>, key: number | undefined): number =>
	x.values[x.keys.indexOf(key ?? -1)] ?? 0;
const length = (values: number[]): number => Math.sqrt(values.reduce((n, v) => n + v * v, 0));

describe('themeFeatures', () => {
	test('turns 干部挂职 into the bigrams 干部, 部挂, 挂职 and back', () => {
		const x = themeFeatures({ title: '', body: '干部挂职' }, settings);
		expect(x.keys.map(keyToBigram).sort()).toEqual(['干部', '挂职', '部挂'].sort());
		expect(bigramToKey('挂职')).toBe(x.keys.find((k) => keyToBigram(k) === '挂职'));
	});

	test('never joins characters across punctuation or digits: 干部，挂职 2名 has no 部挂', () => {
		const x = themeFeatures({ title: '', body: '干部，挂职2名' }, { ...settings, leadWeight: 0 });
		expect(x.keys.map(keyToBigram).sort()).toEqual(['干部', '挂职']);
	});

	test('keeps headline bigrams apart from body bigrams, each block scaled to its own length', () => {
		const x = themeFeatures(
			{ title: '营商环境', body: '优化营商环境，提升政务服务水平。'.repeat(20) },
			{ ...settings, titleWeight: 2 },
		);
		const title = x.values.filter((_, i) => (x.keys[i] ?? 0) >= TITLE_OFFSET);
		const body = x.values.filter((_, i) => (x.keys[i] ?? 0) < TITLE_OFFSET);
		expect(length(title)).toBeCloseTo(2, 6);
		expect(length(body)).toBeCloseTo(1, 6);
		expect(valueOf(x, (bigramToKey('营商') ?? 0) + TITLE_OFFSET)).toBeGreaterThan(0);
	});

	test('counts a bigram of the lead more than the same bigram further down', () => {
		const body = `招商引资。${'天气晴朗。'.repeat(60)}乡村振兴。`;
		const x = themeFeatures({ title: '', body }, { ...settings, leadChars: 10, leadWeight: 2 });
		expect(valueOf(x, bigramToKey('招商'))).toBeGreaterThan(valueOf(x, bigramToKey('乡村')));
	});

	test('reads no further than maxChars of the body', () => {
		const body = `${'天气晴朗。'.repeat(10)}乡村振兴`;
		const x = themeFeatures({ title: '', body }, { ...settings, maxChars: 20 });
		expect(x.keys).not.toContain(bigramToKey('乡村'));
	});

	test('counts the bigrams of a sentence that reports an action more, at actionWeight', () => {
		// Same length and place for both sentences: only the verb 印发 sets the first apart.
		const body = '会议印发实施方案。会议回顾发展历程。';
		const flat = themeFeatures({ title: '', body }, { ...settings, leadWeight: 0 });
		expect(valueOf(flat, bigramToKey('方案'))).toBeCloseTo(valueOf(flat, bigramToKey('历程')), 9);
		const x = themeFeatures({ title: '', body }, { ...settings, leadWeight: 0, actionWeight: 2 });
		expect(valueOf(x, bigramToKey('方案'))).toBeGreaterThan(valueOf(x, bigramToKey('历程')));
	});
});
