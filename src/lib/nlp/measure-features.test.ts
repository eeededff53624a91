import { describe, expect, test } from 'vitest';
import { SIGNAL_NAMES, hashedBigrams, measureSignals } from './measure-features.ts';

const names = (clause: string, score = 4, density?: number) =>
	measureSignals(clause, score, density).map((i) => SIGNAL_NAMES[i]);

describe('measureSignals', () => {
	test('marks the action, the document and the time limit of 印发《…》，15个工作日内办结', () => {
		const on = names('市政府印发《优化营商环境实施方案》，承诺15个工作日内办结');
		expect(on).toEqual(
			expect.arrayContaining(['strongAction', 'documentTitle', 'timeLimit', 'institution']),
		);
		expect(on).not.toContain('grantAction');
	});

	test('a verb inside a document title is no action of the clause: 《关于开展…的通知》', () => {
		expect(names('各地认真学习《关于开展专项整治的通知》精神')).not.toContain('strongAction');
	});

	test('buckets the rule score, the length, the digits and the article density', () => {
		const on = names('对新招用高校毕业生的企业，给予每人1000元一次性补贴', 9, 0.02);
		expect(on).toEqual(
			expect.arrayContaining(['ruleScore6', 'length<40', 'digits1', 'density<0.05', 'grantAction']),
		);
		expect(names('对新招用高校毕业生的企业，给予每人1000元一次性补贴', 4)).not.toEqual(
			expect.arrayContaining([expect.stringMatching(/^density/)]),
		);
	});
});

describe('hashedBigrams', () => {
	test('one bucket per bigram occurrence; punctuation and digits break runs: 开展检查，3次督导', () => {
		const buckets = hashedBigrams('开展检查，3次督导', 14);
		// 开展 展检 检查 | 次督 督导: none spans the comma or the digit.
		expect(buckets).toHaveLength(5);
		expect(buckets.every((b) => b >= 0 && b < 2 ** 14)).toBe(true);
	});

	test('the same bigram falls in the same bucket wherever it occurs', () => {
		const [a] = hashedBigrams('督导', 14);
		const b = hashedBigrams('开展督导', 14).at(-1);
		expect(a).toBe(b);
	});
});
