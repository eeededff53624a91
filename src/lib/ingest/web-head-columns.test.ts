import { expect, test } from 'vitest';
import { breadcrumbColumns } from './broken-headline.ts';
import { itemsOf } from './web-test-page.ts';

// A portal's column named above the headline is the column's label, not the headline's first half:
// a label the breadcrumb walks through, or two characters and a column's head noun (`columnHeads`).

const LEAD = [
	'央视网消息（新闻联播）：5月6日，某某区完成全区小型水库安全鉴定。',
	'区水务局组织专业人员逐座核查大坝、溢洪道和放水设施，对鉴定中发现的问题督促各管护单位制定整改方案。',
];

test('面包屑走过的栏目', () => {
	expect(breadcrumbColumns('您的位置：首页 > 新闻中心 > 街道资讯')).toEqual([
		'新闻中心',
		'街道资讯',
	]);
});

test('面包屑里的栏目名加括号放在标题上面，不并进标题', () => {
	const [item] = itemsOf([
		'某某区人民政府网',
		'您的位置：首页 > 新闻中心 > 街道资讯',
		'【街道资讯】',
		'某某区完成小型水库安全鉴定',
		'2024-05-06 09:12  来源：某某区水务局',
		...LEAD,
	]);
	expect(item).toMatchObject({ title: '某某区完成小型水库安全鉴定' });
});

test('两个字加栏目中心词的括号标签是栏目，不是标题的一部分', () => {
	const [item] = itemsOf([
		'某某区人民政府网',
		'首页 | 新闻中心 | 信息公开',
		'【基层快讯】',
		'某某区完成小型水库安全鉴定',
		'2024-05-06 09:12  来源：某某区水务局',
		...LEAD,
	]);
	expect(item).toMatchObject({ title: '某某区完成小型水库安全鉴定' });
});
