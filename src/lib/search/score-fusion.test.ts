import { expect, test } from 'vitest';
import { fuseScores } from './score-fusion.ts';

const order = (fused: Map<string, number>) =>
	[...fused.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);

test('词法得分遥遥领先的文章，不因向量排名略低而落后', () => {
	// 复工复产 holds every query word (score 12); the others hold one of them (score 2–3).
	const fused = fuseScores(
		[
			{ id: '复工复产', lexical: 12, cosine: 0.6 },
			{ id: '春耕备耕', lexical: 3, cosine: 0.62 },
			{ id: '恢复生产', lexical: 0, cosine: 0.63 },
		],
		{ lexicalShare: 0.5, cosineFloor: 0.4, minFullHits: 0 },
		0.3,
	);
	expect(order(fused)[0]).toBe('复工复产');
});

test('向量列表平坦时，只靠向量找到的文章得分相近且较低', () => {
	const fused = fuseScores(
		[
			{ id: '搬迁安置', lexical: 5, cosine: 0.5 },
			{ id: '易地扶贫搬迁', lexical: 0, cosine: 0.52 },
			{ id: '移民新村', lexical: 0, cosine: 0.51 },
		],
		{ lexicalShare: 0.5, cosineFloor: 'pool', minFullHits: 0 },
		0.3,
	);
	expect(order(fused)[0]).toBe('搬迁安置');
	expect(Math.abs(fused.get('易地扶贫搬迁')! - fused.get('移民新村')!)).toBeLessThan(0.05);
});

test('向量第一遥遥领先时，可排到只含部分检索词的文章前面', () => {
	// 月亮上取土: one text holds 月亮 only; the lunar-sampling article is far nearer in meaning.
	const fused = fuseScores(
		[
			{ id: '月亮地', lexical: 2, cosine: 0.45 },
			{ id: '月背采样', lexical: 0, cosine: 0.75 },
			{ id: '月饼', lexical: 1.8, cosine: 0.4 },
		],
		{ lexicalShare: 0.4, cosineFloor: 'list', minFullHits: 0 },
		0.3,
	);
	expect(order(fused)[0]).toBe('月背采样');
});

test('两边都不占分的候选仍得正分', () => {
	const fused = fuseScores(
		[
			{ id: '甲', lexical: 1, cosine: 0.6 },
			{ id: '乙', lexical: 0, cosine: 0.3 },
		],
		{ lexicalShare: 0.5, cosineFloor: 'list', minFullHits: 0 },
		0.3,
	);
	expect(fused.get('乙')!).toBeGreaterThan(0);
});
