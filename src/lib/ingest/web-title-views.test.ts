import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { chooseHeadline } from './title-choice.ts';
import type { SourceLine } from './types.ts';

// Titles of pages in views the rules were not written on: a byline in brackets under the headline,
// a portal's shorter headline over the outlet's 原标题, site headers and menus above the headline.

const model = readPageFurniture().titleModel!;
const lines = (texts: string[], from = 1): SourceLine[] =>
	texts.map((text, i) => ({ text, line: from + i }));
const BODY = lines(
	[
		'央视网消息（新闻联播）：5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全，守住不发生重特大火灾的底线。',
	],
	5,
);

describe('没见过的页面视图里的标题', () => {
	test('标题下方括号里的署名（融媒体记者 … 通讯员 …）不是标题', () => {
		const head = lines(['某某县部署春季森林防火工作', '（融媒体记者 张三 通讯员 李四）']);
		expect(chooseHeadline(head, BODY, model).title).toBe('某某县部署春季森林防火工作');
		const paper = lines(['全省春耕备耕有序推进', '（本报记者 王五、赵六）']);
		expect(chooseHeadline(paper, BODY, model).title).toBe('全省春耕备耕有序推进');
	});
});
