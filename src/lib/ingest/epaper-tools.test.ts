import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { isEpaperToolBar } from './epaper-tools.ts';

const furniture = readPageFurniture();
const words = furniture.epaperToolWords;
const parts = furniture.epaperToolParts;

describe('isEpaperToolBar', () => {
	test.each([
		'◀上一版  下一版▶',
		'上一版 | 下一版',
		'<< 上一期   下一期 >>',
		'放大  缩小  默认',
		'返回目录',
		'【版面导航】',
		'前一篇 后一篇',
	])('电子版的翻版、缩放按钮「%s」是附件', (line) => {
		expect(isEpaperToolBar(line, words)).toBe(true);
	});

	test.each(['返回家乡的路', '放大镜下看细节', '一版再版', '下一步怎么走', '目录', '上一版的新闻'])(
		'「%s」不是整行按钮',
		(line) => {
			expect(isEpaperToolBar(line, words)).toBe(false);
		},
	);
});

test('版头下和版面末尾的翻版、缩放按钮不成为标题，也不留在正文里', () => {
	const text = [
		'第04版：要闻',
		'◀上一版  下一版▶',
		'放大  缩小  默认',
		'',
		'市区新增公交线路五条',
		'本报讯 （记者王芳）市交通运输局日前发布消息，市区新开通公交线路五条，覆盖新建居住小区和产业园区。',
		'新线路开通后，沿线居民步行十分钟内即可到达公交站点，早晚高峰发车间隔不超过八分钟。',
		'◀上一版  下一版▶',
		'放大  缩小  默认',
	].join('\n');
	const items = extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture },
	).articles;
	expect(items.map((a) => [a.kicker, a.title])).toEqual([[undefined, '市区新增公交线路五条']]);
	expect(items[0]!.paragraphs.join('')).not.toMatch(/上一版|返回目录|缩小/);
});

describe('由按钮词拼成的按钮', () => {
	test.each([
		'本版标题',
		'下载本版PDF',
		'往期报纸',
		'查看版面图',
		'前一天  后一天',
		'返回本版',
		'上一版 | 目录 | 下一版',
		'放大 缩小 日历',
	])('电子版的按钮「%s」由按钮词拼成，是附件', (line) => {
		expect(isEpaperToolBar(line, words, parts)).toBe(true);
	});

	test.each(['版面设计获奖', '本版文章均为原创', '报纸上的中国', '图说新闻', '下载量突破百万'])(
		'「%s」不全由按钮词拼成，不是按钮',
		(line) => {
			expect(isEpaperToolBar(line, words, parts)).toBe(false);
		},
	);
});
