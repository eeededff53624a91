import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// What a saved web page prints around the story that is not the story: a site's 编者按 or 导语 box
// between the headline and the text, a search engine's cache notice above the page, readers'
// comments below it, a reprint's disclaimer.

const HEAD = ['某某县人民政府', '首页 | 政务公开 | 新闻中心', '某某县召开春季森林防火工作推进会'];
const META = '发布时间：2023-05-08 10:20　来源：某某县应急管理局';

/** The one item of the page, which must be the story whole. */
function onlyItem(lines: string[]) {
	const items = itemsOf(lines);
	expect(items.map((a) => a.title)).toEqual(['某某县召开春季森林防火工作推进会']);
	return { body: items[0]!.paragraphs.join('\n') };
}

describe('搜索引擎快照的提示', () => {
	test('快照提示和原网址在页首，不是标题，也不另成一篇', () => {
		onlyItem([
			'这是 Google 对 http://www.example.gov.cn/art/2023/5/8/art_1_1.html 的缓存。这是该网页在 2023年6月1日 09:30:12 GMT 的快照。当前页面可能已经更改。',
			'百度快照',
			...HEAD,
			META,
			...LEAD,
		]);
	});
});

describe('转载声明', () => {
	test('“声明：”开头的转载免责说明不是正文，其上的编审行也不是', () => {
		const a = onlyItem([
			...HEAD,
			META,
			...LEAD,
			'编审：张三 | 监制：李四',
			'声明：转载此文旨在传递更多信息，若文章来源标注有误或涉及您的合法权益，请与我们联系，我们将及时更正或删除。',
		]);
		expect(a.body).not.toContain('声明');
		expect(a.body).not.toContain('监制');
	});
});

describe('电子报的按钮', () => {
	test('一行只有几个方括号按钮，不是正文', () => {
		const a = onlyItem([...HEAD, META, ...LEAD, '【返回上页】【保存本文】']);
		expect(a.body).not.toContain('返回上页');
	});
});
