import { expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// A 导读 label alone over the story's own first paragraph: the paragraph opens with the story's
// dateline (`本报讯`, `本报北京5月8日电`, `央视网消息（…）：`), so it is the text, no box the site
// filled; only the label goes.

const HEAD = ['某某县人民政府', '首页 | 政务公开 | 新闻中心', '某某县召开春季森林防火工作推进会'];
const META = '发布时间：2023-05-08 10:20　来源：某某县应急管理局';
const REST = LEAD.slice(1);

test('单独一行的“【导读】”下面是带电头的第一段：去掉标签，第一段留下', () => {
	for (const [label, first] of [
		[
			'【导读】',
			'本报讯 5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
		],
		[
			'导语：',
			'央视网消息（新闻联播）：5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务。',
		],
	] as const) {
		const items = itemsOf([...HEAD, META, label, first, ...REST]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs).toEqual([first, ...REST]);
	}
});
