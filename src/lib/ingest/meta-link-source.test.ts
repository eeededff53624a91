import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// A web address keyed as a source (`快照来源：https://…`, `来源：http://…`) says where a copy was taken
// from, a link, and names no publisher: the page's source is the name its fields give.

describe('来源键下的网址不是来源', () => {
	test('网址不读作来源名', () => {
		expect(
			readPageMetaLine('来源：https://www.example.gov.cn/art/2024/3/5/art_1.html')?.source,
		).toBeUndefined();
		expect(
			readPageMetaLine('快照来源：http://xxgk.example.gov.cn/123.html')?.source,
		).toBeUndefined();
	});

	test('网页的来源取字段里的名字', () => {
		const [a] = itemsOf([
			'快照来源：https://www.example.gov.cn/7976227.html',
			'某某县人民政府网',
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08 09:12　信息来源：某某县应急管理局',
			...LEAD,
		]);
		expect(a).toMatchObject({ source: '某某县应急管理局', date: '2024-05-08' });
	});
});
