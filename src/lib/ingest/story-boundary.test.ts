import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { rolesInContext } from './line-context.ts';
import { textToLines } from './lines.ts';
import { storyBigrams, type StoryBigrams } from './open-story.ts';
import { newStoryProbability } from './story-boundary.ts';
import { bigramSet } from './text-overlap.ts';
import type { PageSegment } from './types.ts';

const model = readPageFurniture().storyBoundary!;
const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

/** The story so far as the splitter hands it over: the bigrams and length of its lines joined. */
const soFar = (ls: { text: string }[]) => {
	const joined = ls.map((l) => l.text).join('');
	return { bigrams: bigramSet(joined), chars: joined.length };
};

const story = lines(
	'本报杭州3月2日电 走进县城的老旧小区改造现场，施工队正在加装电梯、铺设雨污管网，不少居民在一旁围观。',
	'县住建局负责人介绍，今年全县计划改造老旧小区42个，涉及居民1.2万户，改造内容由居民投票决定。',
	'在改造过程中，社区组织居民议事会，每周听取意见，对加装电梯费用分摊、停车位规划等问题逐一协商。',
	'居民张大爷说，过去上下楼要歇好几次，现在电梯装好了，老人出门方便多了，小区环境也变得干净整洁。',
);

test('同一篇稿件里接着讲小区改造的小标题不另起一篇', () => {
	const p = newStoryProbability(
		lines('居民议事定方案'),
		soFar(story),
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
		soFar(story),
		lines(
			'据海关统计，一季度我国货物贸易进出口总值同比增长，其中出口增长较快，民营企业进出口占比继续提升，对共建国家进出口保持增长。',
		),
		model,
	);
	expect(p).toBeGreaterThan(model.threshold);
});

// The splitter hands the model the open story's bigrams as `storyBigrams` keeps them, line by line
// as the story grows; they must be those of the story's running text joined, as `overlap` reads it.
test('逐行累积的正文二元组等于整段正文拼接后的二元组（本地报纸版面）', () => {
	const path = new URL('./fixtures/local-paper-page/input.txt', import.meta.url);
	const page = textToLines(readFileSync(path, 'utf8'));
	const roles = rolesInContext(page);
	const roleOf = new Map(page.map((l, i) => [l, roles[i]!]));
	const segment: PageSegment = { head: [], bylines: [], body: [], kind: 'news' };
	const cache = new Map<PageSegment, StoryBigrams>();
	let checked = 0;
	for (const line of page) {
		segment.body.push(line);
		const running = segment.body.filter(
			(b) => b.heading === undefined && roleOf.get(b) !== 'heading',
		);
		const joined = running.map((b) => b.text).join('');
		const kept = storyBigrams(cache, segment, roleOf);
		expect([...kept.bigrams].sort()).toEqual([...bigramSet(joined)].sort());
		expect(kept.chars).toBe(joined.length);
		checked++;
	}
	expect(roles).toContain('heading');
	expect(checked).toBeGreaterThan(10);
});
