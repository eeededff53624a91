import { expect, test } from 'vitest';
import { isPageTool } from './tool-bar.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// A browser's print view heads the sheet with the site's name and the view's word (`某某网 打印页`,
// `打印预览　某某县人民政府`): the page's tools, no headline.

test('站名加“打印页”“打印预览”的一行是打印视图的页头', () => {
	expect(isPageTool('某某县人民政府网 打印页')).toBe(true);
	expect(isPageTool('打印预览　某某市政务服务网')).toBe(true);
	expect(isPageTool('某某县召开春季森林防火工作推进会 打印页')).toBe(false);
});

test('打印视图的页头不是标题', () => {
	const items = itemsOf([
		'某某县政务服务网 打印页',
		'某某县部署春季森林防火工作',
		'某某县部署春季森林防火工作',
		'发布日期: 2024/ 05/ 08 | 信息来源: 某某县林业局',
		...LEAD,
	]);
	expect(items.map((a) => a.title)).toEqual(['某某县部署春季森林防火工作']);
});
