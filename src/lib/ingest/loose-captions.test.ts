import { expect, test } from 'vitest';
import { withCaptionItems } from './loose-captions.ts';
import type { PageSegment } from './types.ts';

const line = (text: string, n: number) => ({ text, line: n });

test('报道段落之间的“▲ 资料图”和其后的“图为…”都是这篇报道的图，不成单独的图片条目', () => {
	const story: PageSegment = {
		kind: 'news',
		head: [line('某某县新建改建农村公路120公里', 1)],
		bylines: [],
		body: [
			line(
				'本报某某3月8日电（记者李华）今年以来，某某县加快农村公路建设，新建改建农村公路120公里。',
				2,
			),
			line('县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园。', 6),
			line('沿线村民卖果卖茶更方便了，乡村旅游也火了起来。', 10),
		],
	};
	const items = withCaptionItems(
		[story],
		[[line('▲ 资料图', 4)], [line('图为某某县新修的农村公路。', 8)]],
	);
	expect(items).toEqual([story]);
});

test('标题和正文之间的图注（标题已被认作页头）属于其下没有标题的这篇报道', () => {
	const story: PageSegment = {
		kind: 'news',
		head: [],
		bylines: [],
		body: [
			line(
				'本报某某3月8日电（记者李华）今年以来，某某县加快农村公路建设，新建改建农村公路120公里。',
				6,
			),
			line('沿线村民卖果卖茶更方便了，乡村旅游也火了起来。', 8),
		],
	};
	expect(withCaptionItems([story], [[line('图为某某县新修的农村公路。', 5)]])).toEqual([story]);
});
