import { describe, expect, test } from 'vitest';
import { browserTitleHeadline } from './browser-title.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isPageLabel } from './page-label.ts';
import { isPhraseFurniture } from './phrase-furniture.ts';
import { readMasthead } from './masthead.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// Headlines of local web pages over furniture written in wordings no rule was tuned on: the page's
// field lines, tool bars, browser titles and mastheads in their other printings.

describe('字段行、工具栏夹在标题与正文之间', () => {
	test('读不出的字段行（[ 作者：… ] [ 来源：… ]）不把标题和正文拆成两条', () => {
		const items = itemsOf([
			'首页 | 政务公开 | 新闻中心',
			'某某县部署春季森林防火工作',
			'[ 作者：张某某 ]　[ 来源：某某县融媒体中心 ]　[ 时间：2024/05/08 ]',
			...LEAD,
		]);
		expect(items.map((a) => a.title)).toEqual(['某某县部署春季森林防火工作']);
		expect(items[0]?.paragraphs).toEqual(LEAD);
	});
});

describe('浏览器标题、站名和工具栏的其他写法', () => {
	test('标题后接站名再接栏目名或地名，逐段剪回标题', () => {
		expect(browserTitleHeadline('某某县部署春季森林防火工作 - 某某县应急管理局 - 工作动态')).toBe(
			'某某县部署春季森林防火工作',
		);
		expect(browserTitleHeadline('某某县部署春季森林防火工作｜某某县融媒网｜某某县')).toBe(
			'某某县部署春季森林防火工作',
		);
		// A place alone after the headline names no site.
		expect(browserTitleHeadline('森林防火宣传走进某某县｜某某县')).toBeUndefined();
	});

	test('方括号里的站名打头的浏览器标题，去掉站名', () => {
		expect(browserTitleHeadline('【某某县融媒体中心官网】某某县部署春季森林防火工作')).toBe(
			'某某县部署春季森林防火工作',
		);
		expect(browserTitleHeadline('【春季森林防火】某某县部署防火工作')).toBeUndefined();
		expect(browserTitleHeadline('【部门负责人谈开局】某某县部署防火工作')).toBeUndefined();
	});

	test('带“返回顶部”“置顶”按钮的字号栏、“某某县人民政府 主办”是装饰', () => {
		expect(isShapeFurniture('默认 特大 大 中 小 [打印] [返回顶部]')).toBe(true);
		expect(isShapeFurniture('某某县人民政府 主办')).toBe(true);
		expect(isShapeFurniture('某某县人民政府 主办 某某县大数据中心 承办')).toBe(true);
		expect(isShapeFurniture('某某县人民政府主办全县春季招聘会')).toBe(false);
	});
});

describe('网页标题印在字段行之上', () => {
	const story = [
		'本报讯（记者 王某）5月8日，某某县召开春季森林防火工作推进会，部署防火重点任务，压实乡镇和部门责任。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县不发生重大森林火灾。',
	];

	test('字段行下面、导语上面的短句是副题，标题仍是字段行上面那一行', () => {
		const items = itemsOf([
			'首页 | 政务公开 | 新闻中心',
			'某某县压实森林防火责任（一线观察）',
			'发布时间：2024-05-08 来源：某某县融媒体中心',
			'【打印】【关闭】',
			'某某县部署春季森林防火重点任务',
			...story,
		]);
		expect(items.map((a) => a.title)).toEqual(['某某县压实森林防火责任（一线观察）']);
	});

	test('字号栏把副题和标题隔开，也不拆成两条', () => {
		const items = itemsOf([
			'首页 | 政务公开 | 新闻中心',
			'某某县压实森林防火责任（一线观察）',
			'发布时间：2024-05-08 来源：某某县融媒体中心',
			'【字号 大 中 小】【打印本页】【关闭窗口】',
			'某某县部署春季森林防火重点任务',
			...story,
		]);
		expect(items.map((a) => a.title)).toEqual(['某某县压实森林防火责任（一线观察）']);
		expect(items[0]?.paragraphs.slice(-2)).toEqual(story);
	});
});

test('标题与正文之间没有句号的长提要留在正文里', () => {
	const summary =
		'守住森林防火底线，既要靠巡山护林的脚板，也要靠群众自觉的防火意识，更要靠科技手段织密监测网络';
	const items = itemsOf([
		'首页 | 政务公开 | 新闻中心',
		'某某县压实森林防火责任（一线观察）',
		'发布时间：2024-05-08 来源：某某县融媒体中心',
		summary,
		'5月8日，某某县召开春季森林防火工作推进会，部署防火重点任务，压实乡镇和部门责任。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县不发生重大森林火灾。',
	]);
	expect(items.map((a) => a.title)).toEqual(['某某县压实森林防火责任（一线观察）']);
	expect(items[0]?.paragraphs.join('')).toContain(summary);
});

test('栏目标签【…】不算进标题与正文共有的字，长标签下的标题仍被找到', () => {
	const items = itemsOf([
		'某某县政府信息公开网',
		'政务服务热线：12345',
		'【奋进新征程 建功新时代】某某县：压实责任 守护青山绿水',
		'信息来源：某某县应急管理局',
		'发布日期：2024.5.8 09:13',
		...LEAD,
	]);
	expect(items.map((a) => a.title)).toEqual([
		'【奋进新征程 建功新时代】某某县：压实责任 守护青山绿水',
	]);
});

test('字段行印在标题之上时，字段行上面的站名、热线不是标题', () => {
	const items = itemsOf([
		'某某市政府信息公开网',
		'政务服务热线：12345',
		'时间：2024/5/8 10:21:54 | 作者：张某 | 来源：某某市融媒体中心',
		'春季防火 责任到人',
		...LEAD,
	]);
	expect(items.map((a) => a.title)).toEqual(['春季防火 责任到人']);
});

test('公众号原创标记后跟作者和账号再跟日期，是装饰', () => {
	expect(isPhraseFurniture('原创 融媒记者 某某县发布 2024/06/04', furniture)).toBe(true);
	expect(isPhraseFurniture('原创 某某发布 2024-06-04 08:30', furniture)).toBe(true);
	expect(isPhraseFurniture('原创音乐剧 某某 2024年首演', furniture)).toBe(false);
});

test('版号单独加括号、版名分两段或用斜线隔开，仍是电子报的版面标签', () => {
	expect(isPageLabel('【第08版】经济·产业')).toBe(true);
	expect(isPageLabel('07版 / 社会新闻')).toBe(true);
	expect(isPageLabel('经济·产业 第01版')).toBe(true);
	expect(isPageLabel('第3版：')).toBe(true);
	expect(isPageLabel('【第08版】某某县抓好春季田间管理确保夏粮丰收')).toBe(false);
	expect(isPageLabel('新版医保目录落地实施')).toBe(false);
});

test('站名口号与字段行之间隔着面包屑时，口号不是标题', () => {
	const items = itemsOf([
		'某某县新闻在线',
		'为民服务 · 建设美丽某某县',
		'当前位置:网站首页>>新闻资讯>>乡镇动态',
		'发布者：某某县融媒体中心　发表时间：2024年05月08日',
		'某某县召开春季森林防火工作推进会——',
		'压实责任 守护青山',
		...LEAD,
	]);
	expect(items[0]?.title).toBe('压实责任 守护青山');
	expect(items[0]?.kicker).toBe('某某县召开春季森林防火工作推进会');
});

test('公众号的账号行、合集标签、重复两遍的账号名，拆开的“搜 索”和热搜词是装饰', () => {
	expect(isShapeFurniture('微信号 gh_0123abcd')).toBe(true);
	expect(isShapeFurniture('收录于合集')).toBe(true);
	expect(isShapeFurniture('某某县融媒 某某县融媒')).toBe(true);
	expect(isShapeFurniture('搜 索')).toBe(true);
	expect(isPhraseFurniture('热搜：政务公开 招聘 社保', furniture)).toBe(true);
	expect(isShapeFurniture('微信号成了老人的新帮手')).toBe(false);
	expect(isShapeFurniture('加油 加油')).toBe(false);
	expect(isShapeFurniture('某某县 某某镇')).toBe(false);
});

test('以“刊”结尾的报名加数字报字样是电子报报头', () => {
	expect(readMasthead('某某市晚刊 数字报刊平台', false)).toEqual({
		kind: 'masthead',
		source: '某某市晚刊',
	});
	expect(readMasthead('某某市晚刊数字报', false)).toEqual({
		kind: 'masthead',
		source: '某某市晚刊',
	});
});

test('问句加栏目标签的标题仍是网页的标题', () => {
	const items = itemsOf([
		'某某县政府网',
		'首页 | 政务公开 | 新闻中心',
		'山火为何频发，怎样防住？（记者观察）',
		'发布时间：2024-05-08 来源：某某县融媒体中心',
		'5月8日，某某县召开春季森林防火工作推进会，分析山火频发原因，部署防火重点任务，压实乡镇和部门责任。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县不发生重大森林火灾。',
	]);
	expect(items.map((a) => a.title)).toEqual(['山火为何频发，怎样防住？（记者观察）']);
});

test('四十字以上、不带逗号的长标题不与下面的导语拼成一段', () => {
	const title =
		'某某县人民政府办公室转发《某某县应急管理局、某某县林业局关于切实做好二〇二四年春季森林防火工作的通知》';
	const items = itemsOf([
		'某某县政府信息公开网',
		'首页 | 政务公开 | 新闻中心',
		title,
		'信息来源：某某县人民政府办公室',
		'发布日期：2024/05/08',
		'【字体：大 中 小】【打印】',
		'近日，某某县人民政府办公室转发《某某县应急管理局、某某县林业局关于切实做好二〇二四年春季森林防火工作的通知》，要求各乡镇',
		'通知要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
	]);
	expect(items.map((a) => a.title)).toEqual([title]);
});
