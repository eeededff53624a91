import { expect, test } from 'vitest';
import { readsAsRoundUp } from './round-up-cue.ts';

test('各地出招 and 多地 in the headline read as a round-up', () => {
	expect(readsAsRoundUp({ title: '春运客流创新高 各地出招保出行', mentions: [] })).toBe(true);
	expect(readsAsRoundUp({ title: '玉树雪灾', subtitle: '多地驰援', mentions: [] })).toBe(true);
});

test('全省各地 and 全市各地 are one place’s parts, no round-up', () => {
	expect(readsAsRoundUp({ title: '浙江全省各地推进垃圾分类', mentions: [] })).toBe(false);
	expect(readsAsRoundUp({ title: '乡村振兴', lead: '全市各地加快建设。', mentions: [] })).toBe(
		false,
	);
});

test('a headline naming places in three provinces (北京、杭州、成都) reads as a round-up', () => {
	const headline = [
		{ code: '110000', paragraph: -3 },
		{ code: '330100', paragraph: -3 },
		{ code: '510100', paragraph: -3 },
	];
	expect(readsAsRoundUp({ title: '春节菜市探访', mentions: headline })).toBe(true);
	expect(readsAsRoundUp({ title: '春节菜市探访', mentions: headline.slice(0, 2) })).toBe(false);
	// Places named only in the body say nothing about the headline.
	expect(
		readsAsRoundUp({
			title: '春节菜市探访',
			mentions: headline.map((m) => ({ ...m, paragraph: 2 })),
		}),
	).toBe(false);
});
