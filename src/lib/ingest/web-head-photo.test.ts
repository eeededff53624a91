import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// A news page with a lead photo under its headline: the photo's caption, its credit or a
// gallery's counter stands between the headline block and the first paragraph.

const TITLE = '某某县召开春季森林防火工作推进会';
const TOP = [
	'某某县人民政府',
	'首页 | 政务公开 | 新闻中心 | 办事服务',
	'当前位置：首页 > 新闻中心',
];
const META = '发布时间：2024-05-08 10:20　来源：某某县融媒体中心';

describe('标题下的题图', () => {
	test.each([
		['图为会议现场。'],
		['▲ 推进会现场。 李某某 摄'],
		['图为护林员在山间巡查，检查防火设施。'],
		['图片来源：某某县融媒体中心'],
		['会议现场（资料图）'],
		['护林员在山间巡查'],
	])('标题与正文之间的图片说明“%s”不使标题丢失', (caption) => {
		const items = itemsOf([...TOP, TITLE, META, '', caption, '', ...LEAD]);
		expect(items).toHaveLength(1);
		expect(items[0]?.title).toBe(TITLE);
	});

	test('组图的计数和翻页按钮在标题和正文之间', () => {
		const items = itemsOf([
			...TOP,
			TITLE,
			META,
			'图片新闻（共3张）',
			'1 / 3',
			'上一张　下一张',
			'图为护林员在山间巡查。',
			...LEAD,
		]);
		expect(items).toHaveLength(1);
		expect(items[0]?.title).toBe(TITLE);
	});
});

// A headline of three Han characters and a figure (`奋斗60年`) is as long as one of four: the
// browser's title that wraps it, the breadcrumb that ends in it and the line itself still read so.
describe('三个汉字加数字的短标题', () => {
	const SHORT = '奋斗60年';
	const BODY = [
		'某某县融媒体中心讯 5月8日，某某县举办“奋斗60年”主题展览，以图片和实物展示建县60年来的发展成就。',
		'展览分为艰苦创业、改革发展、奋进新时代三个部分，将持续展出一个月，免费向公众开放。',
	];

	test('浏览器标题“标题-栏目”和面包屑都以它结尾，标题仍是它', () => {
		const items = itemsOf([
			`${SHORT}-本县要闻`,
			'某某县人民政府',
			'首页 | 政务公开 | 新闻中心 | 办事服务',
			`当前位置：首页 > 本县要闻 > ${SHORT}`,
			SHORT,
			META,
			...BODY,
		]);
		expect(items.map((a) => a.title)).toEqual([SHORT]);
	});

	test('正文很少说到的短标题，浏览器标题点了名，胜过菜单', () => {
		const items = itemsOf([
			`${SHORT}-本县要闻-某某县人民政府`,
			'首页 ∣ 走进某某 ∣ 公开 ∣ 办事 ∣ 互动',
			'用户登录  个人中心',
			`您所在的位置：某某县人民政府 >> 本县要闻 >> ${SHORT}`,
			SHORT,
			'【打印】【关闭】',
			...LEAD,
		]);
		expect(items.map((a) => a.title)).toEqual([SHORT]);
	});
});
