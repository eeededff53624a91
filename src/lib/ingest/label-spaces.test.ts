import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// A column's label alone on its line over the headline (`【奋进新征程 建功新时代】`) is the
// headline's opening, its words parted by a space or not, on a portal's page as on an e-paper's.

const portal = (label: string, title: string) => [
	'首页 | 政务公开 | 新闻中心 | 互动交流',
	'当前位置：首页 > 新闻中心',
	label,
	title,
	'发布时间：2024-05-08 来源：某某县融媒体中心',
	...LEAD,
];

const epaper = (label: string, title: string) => [
	'某某日报·数字版　本期日期：2024．5．9',
	'第 03 版：县域·乡镇',
	'上一版　下一版　返回目录',
	'',
	label,
	title,
	'记者　王某某　通讯员　李某某',
	...LEAD,
];

describe('单独一行、词间有空格的栏目标签', () => {
	test('门户网页：标签接在标题前', () => {
		expect(
			itemsOf(portal('【春季防火 守护青山】', '某某县召开春季森林防火工作推进会')).map(
				(a) => a.title,
			),
		).toEqual(['【春季防火 守护青山】某某县召开春季森林防火工作推进会']);
	});

	test('电子报：标签接在标题前', () => {
		expect(
			itemsOf(epaper('【春季防火 守护青山】', '某某县召开春季森林防火工作推进会')).map(
				(a) => a.title,
			),
		).toEqual(['【春季防火 守护青山】某某县召开春季森林防火工作推进会']);
	});

	test('字号按钮不是栏目标签', () => {
		expect(
			itemsOf(portal('【大 中 小】', '某某县召开春季森林防火工作推进会')).map((a) => a.title),
		).toEqual(['某某县召开春季森林防火工作推进会']);
	});
});
