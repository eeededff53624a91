import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { newStoryProbability } from './story-boundary.ts';

const model = readPageFurniture().storyBoundary!;
const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

const story = lines(
	'本报杭州3月2日电 走进县城的老旧小区改造现场，施工队正在加装电梯、铺设雨污管网，不少居民在一旁围观。',
	'县住建局负责人介绍，今年全县计划改造老旧小区42个，涉及居民1.2万户，改造内容由居民投票决定。',
	'在改造过程中，社区组织居民议事会，每周听取意见，对加装电梯费用分摊、停车位规划等问题逐一协商。',
	'居民张大爷说，过去上下楼要歇好几次，现在电梯装好了，老人出门方便多了，小区环境也变得干净整洁。',
);

test('同一篇稿件里接着讲小区改造的小标题不另起一篇', () => {
	const p = newStoryProbability(
		lines('居民议事定方案'),
		story,
		lines(
			'改造方案怎么定？社区把加装电梯、管网改造等项目列成清单，由居民投票决定先改什么、后改什么，议事会每周开一次。',
		),
		model,
	);
	expect(p).toBeLessThan(model.threshold);
});

test('话题完全转向的标题另起一篇', () => {
	const p = newStoryProbability(
		lines('海关总署发布一季度外贸数据'),
		story,
		lines(
			'据海关统计，一季度我国货物贸易进出口总值同比增长，其中出口增长较快，民营企业进出口占比继续提升，对共建国家进出口保持增长。',
		),
		model,
	);
	expect(p).toBeGreaterThan(model.threshold);
});
