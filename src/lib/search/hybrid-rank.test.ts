import { expect, test } from 'vitest';
import { fuseRankings } from './hybrid-rank.ts';

const options = { k: 60, lexicalWeight: 1, semanticWeight: 1, rerankLexical: true };

test('同时被词和向量找到的文章排在只被一方找到的前面', () => {
	const fused = fuseRankings(['复工复产', '春耕'], ['恢复生产', '复工复产'], options);
	const order = [...fused.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
	expect(order[0]).toBe('复工复产');
	expect(new Set(order)).toEqual(new Set(['复工复产', '春耕', '恢复生产']));
});

test('语义权重低时词法排名第一的仍在前', () => {
	const fused = fuseRankings(['搬迁安置'], ['易地扶贫搬迁'], { ...options, semanticWeight: 0.5 });
	expect(fused.get('搬迁安置')!).toBeGreaterThan(fused.get('易地扶贫搬迁')!);
});

test('不重排时向量只补充词法没找到的文章', () => {
	const fused = fuseRankings(['复工', '复产'], ['复产', '恢复生产'], {
		...options,
		rerankLexical: false,
	});
	expect(fused.get('复工')!).toBeGreaterThan(fused.get('复产')!);
	expect(fused.get('恢复生产')).toBeDefined();
});

test('只含部分检索词的词法结果按覆盖度减权，排到向量第一之后', () => {
	const weighted = { ...options, lexicalCoverageExponent: 1 };
	// 月亮上取土: a text holding only 月亮 covers less than half of the query.
	const fused = fuseRankings(['月亮地'], ['月背采样'], weighted, new Map([['月亮地', 0.4]]));
	expect(fused.get('月背采样')!).toBeGreaterThan(fused.get('月亮地')!);
	const whole = fuseRankings(['月亮地'], ['月背采样'], weighted, new Map([['月亮地', 1]]));
	expect(whole.get('月亮地')!).toBe(whole.get('月背采样')!);
	const off = fuseRankings(['月亮地'], ['月背采样'], options, new Map([['月亮地', 0.4]]));
	expect(off.get('月亮地')!).toBe(off.get('月背采样')!);
});
