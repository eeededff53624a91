import { expect, test } from 'vitest';
import { themeEvidenceLine } from './theme-evidence-line.ts';

test('a rule theme shows its phrases, its score and the model probability', () => {
	expect(
		themeEvidenceLine({
			theme: 'cadre-work-style',
			by: 'rule',
			score: 23.456,
			words: ['作风建设', '形式主义'],
			model: 0.6149,
		}),
	).toBe('命中关键词:作风建设、形式主义(规则得分 23.5,模型概率 0.61)');
});

test('a model theme says no keyword matched', () => {
	expect(themeEvidenceLine({ theme: 'talent', by: 'model', score: 0.437, words: [] })).toBe(
		'分类模型判断(概率 0.44),正文未命中关键词',
	);
});
