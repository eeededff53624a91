import { describe, expect, test } from 'vitest';
import { browserTitleHeadline } from './browser-title.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import { isHeadlineLine } from './web-headline.ts';
import { extractArticles } from './extract-articles.ts';
import { furniture, itemsOf } from './web-test-page.ts';

// A web page's head read by the grammar of its fields, whatever their wording: a key set off from
// its value by a bar is a field, never a headline over its site's name; a publisher's name in
// brackets before the date is the page's publisher; a follow button after the date line is no part
// of the date.

/** Two paragraphs of a county release, without dateline or source of their own. */
const TEXT = [
	'近日，某某县自然资源局组织技术人员深入各乡镇，对地质灾害隐患点开展汛前排查，逐点落实监测责任人。',
	'排查中发现的隐患已建立台账，限期整改，确保群众安全度汛。',
];

describe('用竖线隔开的键和值是字段，不是浏览器标题', () => {
	test('来源键后面的单位名不是站名', () => {
		expect(browserTitleHeadline('信息来源 | 某某县自然资源局')).toBeUndefined();
		expect(
			browserTitleHeadline('更新日期 | 2024-05-08 | 发布机构 | 某某县自然资源局'),
		).toBeUndefined();
	});

	test('竖线隔开的表格字段说出来源', () => {
		const [item] = itemsOf([
			'某某县人民政府网',
			'首页 | 信息公开 | 政务服务',
			'某某县开展汛前地质灾害隐患排查',
			'发布机构 | 某某县自然资源局',
			'更新日期 | 2024-05-08',
			...TEXT,
		]);
		expect(item).toMatchObject({
			title: '某某县开展汛前地质灾害隐患排查',
			date: '2024-05-08',
			source: '某某县自然资源局',
		});
	});
});

describe('日期前括号里的名称是发布者', () => {
	test('方括号、六角括号里的单位名加日期', () => {
		expect(readPageMetaLine('〔某某县卫生健康局〕 2024-05-08 09:30')).toMatchObject({
			date: '2024-05-08',
			source: '某某县卫生健康局',
		});
		expect(readPageMetaLine('[某某县融媒体中心]2024年5月8日 星期三')).toMatchObject({
			date: '2024-05-08',
			source: '某某县融媒体中心',
		});
		// A bracketed column label before a date names no publisher.
		expect(readPageMetaLine('【图文直播】2024-05-08')?.source).toBeUndefined();
	});

	test('标题下的【单位】日期行给出日期和来源', () => {
		const [item] = itemsOf([
			'某某县人民政府网',
			'首页 | 信息公开 | 政务服务',
			'某某县开展汛前地质灾害隐患排查',
			'〔某某县自然资源局〕 2024/05/08 16时20分',
			...TEXT,
		]);
		expect(item).toMatchObject({ date: '2024-05-08', source: '某某县自然资源局' });
	});
});

describe('日期行后的关注按钮不属于日期', () => {
	test('日期后跟“＋订阅”“+ 关注”仍是日期行', () => {
		expect(readPageMetaLine('2024-05-08 09:30 ＋订阅')).toMatchObject({ date: '2024-05-08' });
		expect(readPageMetaLine('2024年5月8日 + 关注')).toMatchObject({ date: '2024-05-08' });
	});

	test('单位名独占一行，下一行日期带关注按钮', () => {
		const [item] = itemsOf([
			'某某县人民政府网',
			'首页 | 信息公开 | 政务服务',
			'某某县开展汛前地质灾害隐患排查',
			'某某县自然资源局',
			'2024.05.08 16:20 ＋订阅',
			...TEXT,
		]);
		expect(item).toMatchObject({ date: '2024-05-08', source: '某某县自然资源局' });
	});
});

describe('信息公开目录的字段', () => {
	test('字与字之间隔着空格的键照样是键', () => {
		expect(
			readPageMetaLine('分  类：工作动态　　信 息 来 源：某某县水利局　　发 布 日 期：2024-05-08'),
		).toMatchObject({ date: '2024-05-08', source: '某某县水利局' });
	});

	test('责任单位、责任部门是发布信息的单位', () => {
		expect(
			readPageMetaLine('主题分类：水利 | 责任单位：某某县水利局 | 生成日期：2024-05-08'),
		).toMatchObject({ date: '2024-05-08', source: '某某县水利局' });
		// The editor who answers for the text is a person, not a source.
		expect(readPageMetaLine('责任编辑：王某某　发布日期：2024-05-08')?.source).toBeUndefined();
	});
});

describe('报头：报名、日期和单独一行的农历', () => {
	const SPEECH = [
		'某某县融媒报',
		'2024 年 05 月 08 日  星期三',
		'农历甲辰年四月初一',
		'〖第02版〗理论评论',
		'',
		'在干部大会上的讲话',
		'（二〇二四年五月七日）',
		'各位代表，同志们：',
		'今年入汛以来，降雨偏多，部分河段水位持续偏高，防汛形势严峻复杂，各级各部门务必绷紧防汛这根弦。',
		'下面，我就做好今年防汛工作讲三点意见。',
	];

	test('日期下单独一行的农历说明这是报头，报名是来源', () => {
		expect(itemsOf(SPEECH)[0]).toMatchObject({ date: '2024-05-08', source: '某某县融媒报' });
	});

	test('讲话标题下单独一行的汉字日期和称呼不是标题', () => {
		expect(isHeadlineLine({ text: '（二〇二四年五月七日）', line: 1 })).toBe(false);
		expect(isHeadlineLine({ text: '各位代表，同志们：', line: 1 })).toBe(false);
		expect(itemsOf(SPEECH)[0]?.title).toBe('在干部大会上的讲话');
	});
});

describe('署名里的栏目名', () => {
	test('带书名号节目名的括号署名不是标题', () => {
		const [item] = itemsOf([
			'某某县人民政府网',
			'首页 | 信息公开 | 政务服务',
			'【防汛一线】某某县开展汛前地质灾害隐患排查',
			'发布时间：2024-05-08 来源：某某县广播电视台',
			'（某某县广播电视台《今日某某》记者 王某某）',
			'某某县广播电视台消息（今日某某）：' + TEXT[0]!,
			TEXT[1]!,
		]);
		expect(item?.title).toBe('【防汛一线】某某县开展汛前地质灾害隐患排查');
	});
});

describe('关注某账号的提示不是标题', () => {
	test('“关注+单位名，+好处”是提示', () => {
		expect(isShapeFurniture('关注某某县发布，第一时间了解权威信息')).toBe(true);
		// A headline naming a body and a clause is no prompt without the imperative 关注 first.
		expect(isShapeFurniture('某某县发布，第一时间了解权威信息')).toBe(false);
	});
});

describe('以“举办”结尾的是标题，不是机构名', () => {
	test('“…在京举办”不是单位名，破折号后的它也不是站名', () => {
		expect(isPublisherName('某某合作论坛在京举办')).toBe(false);
		expect(isPublisherName('某某县委办')).toBe(true);
		expect(browserTitleHeadline('首届某某河—某某江合作论坛在京举办')).toBeUndefined();
	});
});

describe('浏览器标题栏和站名、菜单连成一行', () => {
	test('以下方标题开头、接着站名的首行是浏览器标题栏', () => {
		const [item] = itemsOf([
			'某某县开展汛前地质灾害隐患排查　某某县人民政府网（某某市） | 首页　新闻　公开　服务　互动',
			'发布时间：2024-05-08 来源：某某县自然资源局',
			'某某县开展汛前地质灾害隐患排查',
			...TEXT,
		]);
		expect(item?.title).toBe('某某县开展汛前地质灾害隐患排查');
	});
});

describe('以破折号结尾的长引题', () => {
	test('正文呼应更多的长引题也不是标题，它引出下一行', () => {
		const [item] = itemsOf([
			'某某县人民政府网',
			'首页 | 信息公开 | 政务服务',
			'某某县自然资源局组织技术人员深入各乡镇对地质灾害隐患点开展汛前排查逐点落实监测责任人——',
			'防患未然 安全度汛',
			'发布时间：2024-05-08 来源：某某县自然资源局',
			...TEXT,
		]);
		expect(item?.title).toBe('防患未然 安全度汛');
	});
});

describe('站名在前的页面文件名', () => {
	test('文件名“站名_标题前半_标题后半”拼出分两行印的标题', () => {
		const lines = [
			'某某县人民政府网',
			'首页 | 信息公开 | 政务服务',
			'汛前排查不留死角',
			'某某县逐点落实监测责任人',
			'发布时间：2024-05-08 来源：某某县自然资源局',
			'某某县广播电视台消息（今日某某）：' + TEXT[0]!,
			TEXT[1]!,
		];
		const [item] = extractArticles(
			{
				path: 'site/某某市·某某县政务网_汛前排查不留死角_某某县逐点落实监测责任人.htm.txt',
				bytes: new TextEncoder().encode(lines.join('\n')),
			},
			{ furniture },
		).articles;
		expect(item?.title).toBe('汛前排查不留死角 某某县逐点落实监测责任人');
	});
});
