import { expect, test } from 'vitest';
import { isNavigationLine } from './navigation-line.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// A path from a site's channel without 首页 (`专题专栏 > 某某两会`), and a menu set apart by spaced
// slashes (`首 页 / 新闻中心 / 在线办事 / 领导信箱`): navigation, whatever its words; a headline parts
// its words with no arrow and no spaced slash.

test('不带“首页”的一级路径和斜杠分隔的菜单是导航', () => {
	expect(isNavigationLine('专题专栏 > 某某县两会')).toBe(true);
	expect(isNavigationLine('政务公开 » 工作动态')).toBe(true);
	expect(isNavigationLine('首  页 / 新闻中心 / 公开目录 / 在线办事 / 领导信箱')).toBe(true);
});

test('斜杠分隔的目录行（篇名与作者）不是导航：菜单的每一项是一个词', () => {
	expect(
		isNavigationLine(
			'卷首 提振拼劲闯劲 / 辛湘平 主题阅读 只争朝夕抓经济 / 杨柳曼 科学把握情绪价值 / 胡守勇',
		),
	).toBe(false);
	expect(isNavigationLine('本期导读 乡村振兴新气象 / 王某某 基层治理看变化 / 李某')).toBe(false);
});

test('标题与正文不是导航', () => {
	expect(isNavigationLine('某某县推进“放管服”改革 群众办事更便捷')).toBe(false);
	expect(isNavigationLine('一季度全县GDP增长5.2% > 全年目标')).toBe(false);
	expect(isNavigationLine('1/3的村实现集体经济收入超过50万元')).toBe(false);
});

test('路径不是标题', () => {
	const [a] = itemsOf([
		'某某县人民政府',
		'专题专栏 > 某某县两会',
		'某某县部署春季森林防火工作',
		'发布时间：2024-05-08　来源：某某县林业局',
		...LEAD,
	]);
	expect(a?.title).toBe('某某县部署春季森林防火工作');
});
