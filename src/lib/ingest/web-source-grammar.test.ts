import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// Where a page names its source by the grammar of its head: a writer's key over a body's or an
// outlet's name.

const HEAD = ['某某市人民政府网', '首页 > 部门动态'];
const TITLE = '某某市召开春季森林防火工作推进会';

describe('作者字段写的是单位或媒体', () => {
	test('“作者：某某局”是来源，“作者：王某”不是', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			'发布日期：2022-06-01　　作者：某某市生态环境局　　浏览次数：88',
			...LEAD,
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2022-06-01', source: '某某市生态环境局' });
		const [b] = itemsOf([...HEAD, TITLE, '作者：某某晚报　时间：2021.3.9', ...LEAD]);
		expect(b).toMatchObject({ date: '2021-03-09', source: '某某晚报' });
		expect(readPageMetaLine('作者：王某某　发布日期：2022-06-01')?.source).toBeUndefined();
	});

	test('同一行的“来源：”胜过作者栏里的单位', () => {
		expect(
			readPageMetaLine('作者：某某市生态环境局　来源：某某日报　日期：2022-06-01')?.source,
		).toBe('某某日报');
	});
});
