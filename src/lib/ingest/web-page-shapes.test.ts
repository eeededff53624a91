import { describe, expect, test } from 'vitest';
import { dropWebFurniture } from './furniture-lines.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isNavigationLine } from './navigation-line.ts';
import { isPhraseFurniture } from './phrase-furniture.ts';
import { hasPostingStamp } from './posting-stamp.ts';
import { furniture } from './web-test-page.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// Web furniture known by its shape in wordings no rule names: a publisher's line stamped with the
// posting day or hour, a menu of many short words that does not open on 首页, a rule of symbols,
// a site's greeting and its bar of buttons, a follow button.

describe('发布时间戳', () => {
	test('带日期或钟点的发布行有时间戳，标题里的数字不是', () => {
		expect(hasPostingStamp('某某县融媒体中心 发布于3天前（2023.05.08 10:21）')).toBe(true);
		expect(hasPostingStamp('２３-０５-０８ １０：２１·某某日报·作者：张某某')).toBe(true);
		// An en dash between the figures, as some e-paper systems print the day.
		expect(hasPostingStamp('某某日报县区版 电子版 2020–01–06')).toBe(true);
		expect(hasPostingStamp('二〇二三年五月八日 星期一·某某发布')).toBe(true);
		expect(hasPostingStamp('缅甸中部发生7.7级强震')).toBe(false);
		expect(hasPostingStamp('2024年我国文化产业营收规模再创新高')).toBe(false);
		expect(hasPostingStamp('新华社北京2023年5月8日电')).toBe(false);
		expect(hasPostingStamp('中国女排3:1战胜对手')).toBe(false);
	});

	test('发布日的数字之间可用印刷日期用的任一分隔号：2020‒01‒06、2020—01—06、2020‧01‧06', () => {
		// The figure dash, the em dash and the hyphenation point: the marks meta-dates.ts reads in a date.
		expect(hasPostingStamp('某某日报县区版 电子版 2020\u201201\u201206')).toBe(true);
		expect(hasPostingStamp('某某发布 2020\u201401\u201406')).toBe(true);
		expect(hasPostingStamp('某某发布 2020\u202701\u202706')).toBe(true);
	});

	test('无站点装饰的页面上，标题下带时间戳的发布者行也不作标题', () => {
		const [a] = itemsOf([
			'筑牢春季护林防线',
			'某某县融媒体中心 发布于3天前（2023-05-08 星期一 09:21）',
			...LEAD,
		]);
		expect(a?.title).toBe('筑牢春季护林防线');
	});

	test('标题下带时间戳的发布者行不作标题', () => {
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'网站首页 | 新闻中心 | 政务公开',
			'筑牢春季护林防线',
			'某某县融媒体中心 发布于3天前（2023.05.08 10:21）',
			...LEAD,
		]);
		expect(a?.title).toBe('筑牢春季护林防线');
		expect(a?.paragraphs).toEqual(LEAD);
	});
});

describe('不以首页开头的菜单、符号分隔线、问候语和关注按钮', () => {
	test('五个以上的短词用空格或间隔号隔开是菜单；并列短语的标题不是', () => {
		expect(isNavigationLine('工作动态 乡镇动态 部门动态 图片新闻 公示公告')).toBe(true);
		expect(isNavigationLine('资讯·服务·互动·专题·数据')).toBe(true);
		expect(isNavigationLine('要闻 本地 视频 热点 政务 更多')).toBe(true);
		expect(isNavigationLine('稳就业 保民生 促发展 惠民生')).toBe(false);
		expect(isNavigationLine('行业快速发展  服务亟待提升')).toBe(false);
		expect(isNavigationLine('某某县召开会议 部署春季森林防火 县长某某某出席并讲话')).toBe(false);
	});

	test('只有符号的一行是分隔线，省略号不是', () => {
		expect(isNavigationLine('☆★☆★☆★')).toBe(true);
		expect(isNavigationLine('▫▫▫▫')).toBe(true);
		expect(isNavigationLine('……')).toBe(false);
		expect(isNavigationLine('※  ※  ※')).toBe(false);
	});

	test('“欢迎您访问…”和站名、按钮、English 组成的横栏是装饰', () => {
		expect(isShapeFurniture('欢迎您访问某某县农业农村局！')).toBe(true);
		expect(isShapeFurniture('您好，欢迎你来到某某镇人民政府')).toBe(true);
		// The top bar prints the day after the greeting, with its weekday or lunar date.
		expect(isShapeFurniture('欢迎访问某某县人民政府网站　今天是2024年5月8日 星期三')).toBe(true);
		expect(
			isShapeFurniture('欢迎来到某某自治州某某县人民政府官方网站　今天是星期三 农历甲辰年三月三十'),
		).toBe(true);
		const kept = dropWebFurniture(
			[
				'某某县人民政府门户网站 ｜ 长者模式 ｜ 无障碍 ｜ English',
				'欢迎您访问某某县农业农村局！',
				'＋关注',
				'关注',
				...LEAD,
			].map((text, i) => ({ text, line: i + 1 })),
			furniture,
		).lines.map((l) => l.text);
		expect(kept).toEqual(LEAD);
	});
});

describe('面包屑、列表头前的箭头和页尾', () => {
	test('任何箭头隔开的面包屑、“所在栏目：”都是装饰', () => {
		expect(isShapeFurniture('您当前所在位置：首页 → 新闻中心 → 乡镇动态')).toBe(true);
		expect(isShapeFurniture('位置：网站首页 ＞ 新闻 ＞ 本地要闻')).toBe(true);
		expect(isShapeFurniture('所在栏目：工作动态')).toBe(true);
		expect(isShapeFurniture('项目位置：位于县城东部，占地120亩。')).toBe(false);
	});

	test('带三角箭头的“往期精彩”列表头连同其下标题都是装饰', () => {
		const kept = dropWebFurniture(
			[...LEAD, '▼往期精彩', '某某县召开春耕生产推进会', '某某镇开展防汛演练'].map((text, i) => ({
				text,
				line: i + 1,
			})),
			furniture,
		).lines.map((l) => l.text);
		expect(kept).toEqual(LEAD);
	});
});

describe('站名横栏、工具栏、菜单、公众号名片和浏览器标题', () => {
	const kept = (texts: string[]) =>
		dropWebFurniture(
			texts.map((text, i) => ({ text, line: i + 1 })),
			furniture,
		).lines.map((l) => l.text);

	test('机关名加按钮或加口号的横栏是装饰', () => {
		expect(kept(['某某县农业农村局 | 长者模式 | 无障碍', ...LEAD])).toEqual(LEAD);
		expect(kept(['某某县应急管理局官方网站 · 美丽乡村新家园', ...LEAD])).toEqual(LEAD);
	});

	test('字号按钮和朗读按钮组成的工具栏是装饰', () => {
		expect(isShapeFurniture('A+ A A-  |  朗读全文')).toBe(true);
		expect(isShapeFurniture('Ａ＋ Ａ Ａ－ 语音播报')).toBe(true);
	});

	test('“首　页”空开一格的一行一个栏目的菜单是导航', () => {
		expect(
			kept(['首  页', '新闻中心', '政务公开', '办事服务', '某某县部署春季森林防火工作', ...LEAD]),
		).toEqual(['某某县部署春季森林防火工作', ...LEAD]);
	});

	test('公众号名片（名称、简介、关注按钮）是装饰', () => {
		expect(
			kept([
				'某某县部署春季森林防火工作',
				'某某县融媒',
				'某某县融媒体中心官方账号，传递本地权威声音。',
				'关注',
				...LEAD,
			]),
		).toEqual(['某某县部署春季森林防火工作', ...LEAD]);
	});

	test('标题加上站名、频道或“（转载）”的浏览器标题，下方另有标题时去掉', () => {
		for (const top of [
			'某某县部署春季森林防火工作 - 某某号·政务',
			'某某县应急管理局·某某县部署春季森林防火工作',
			'某某县部署春季森林防火工作（转载）',
		])
			expect(kept([top, '某某县部署春季森林防火工作', ...LEAD])).toEqual([
				'某某县部署春季森林防火工作',
				...LEAD,
			]);
	});

	test('上下篇、上下页、上下条的链接及其下一行标题是装饰', () => {
		expect(
			kept([
				...LEAD,
				'上篇',
				'某某县召开春耕生产推进会',
				'下一页：某某镇开展防汛演练',
				'« 上一篇 某某镇开展防汛演练',
				'↓ 某某县召开春耕生产推进会',
			]),
		).toEqual(LEAD);
	});

	test('带逗号的扫码提示、评论区空状态、方括号里的责任编辑、打开应用看更多是装饰', () => {
		expect(isShapeFurniture('手机阅读，请扫描下方二维码')).toBe(true);
		// A newspaper's section of readers' words is no comment box.
		expect(isShapeFurniture('网友留言')).toBe(false);
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'网站首页 | 新闻中心 | 政务公开',
			'某某县部署春季森林防火工作',
			...LEAD,
			'暂无评论',
			'还没有人留言，快来说两句吧！',
			'精选留言',
			'［责任编辑：张某某］',
			'打开某某新闻，查看更多精彩内容',
		]);
		expect(a?.paragraphs).toEqual(LEAD);
	});
});

test('正文很少重复的标题与正文之间隔着无日期的字段行和工具栏，仍是一条', () => {
	const items = itemsOf([
		'推荐 本地 视频 政务 热点 更多',
		'长者模式 | 无障碍阅读 | 简体 | 繁體',
		'当前位置：首页/新闻中心/乡镇动态',
		'春风十里 不负韶华',
		'[ 作者：张某某 ] [ 来源：某某县融媒体中心 ] [ 时间：23-05-08 10:21 ]',
		'A+ A A- | 朗读全文',
		...LEAD,
	]);
	expect(items.map((a) => [a.title, a.paragraphs])).toEqual([['春风十里 不负韶华', LEAD]]);
});

describe('适老化按钮、长菜单、图集翻页、播放器和公众号结尾', () => {
	test('各种写法的适老化与无障碍按钮是工具栏', () => {
		expect(isShapeFurniture('【长辈版】【无障碍浏览】')).toBe(true);
		expect(isShapeFurniture('老年模式 | 读屏模式')).toBe(true);
	});

	test('以首页开头、栏目名稍长的菜单是导航', () => {
		expect(isNavigationLine('网站首页 走进某某自治县 政务公开 政务服务 政民互动')).toBe(true);
	});

	test('同时有上一张、下一张的图集翻页和带按钮的播放器时钟是装饰', () => {
		expect(isShapeFurniture('组图（共6张） ‹ 上一张 下一张 ›')).toBe(true);
		expect(isPhraseFurniture('▶ 00:00 / 02:15 全屏 静音', furniture)).toBe(true);
	});

	test('“关注该公众号”“继续滑动看下一个”是公众号文末装饰', () => {
		expect(isShapeFurniture('长按关注该公众号')).toBe(true);
		expect(isShapeFurniture('继续滑动看下一篇')).toBe(true);
	});
});

describe('字段行、块状竖线菜单、复制链接、话题标签和转载标记', () => {
	test('“来源 | 某某”这样以竖线隔开的字段行不作标题', () => {
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'网站首页 | 新闻中心 | 政务公开',
			'来源 | 某某电视台《某某新闻》',
			'筑牢春季护林防线',
			...LEAD,
		]);
		expect(a?.title).toBe('筑牢春季护林防线');
	});

	test('块状竖线隔开的菜单、复制链接工具栏、“收录于话题”是装饰', () => {
		expect(isNavigationLine('首页 ▏ 信息公开 ▏ 办事服务 ▏ 互动交流')).toBe(true);
		expect(isShapeFurniture('收藏 · 打印 · 复制链接')).toBe(true);
		expect(isShapeFurniture('收录于话题')).toBe(true);
	});

	test('页首标题末尾的“（转载）”不属于标题', () => {
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'网站首页 | 新闻中心 | 政务公开',
			'某某县部署春季森林防火工作（转载）',
			...LEAD,
		]);
		expect(a?.title).toBe('某某县部署春季森林防火工作');
	});
});

test('短站名下的主题仍是引题之上的标题，不被当作菜单里的一个词', () => {
	const [a] = itemsOf([
		'某某融媒网',
		'某某融媒 · 权威发布',
		'首页',
		'新闻中心',
		'政务公开',
		'某某供电公司推行精细管理',
		'为用电企业定制服务方案',
		'时间：2020年1月13日 | 来源：某某日报',
		'某某供电公司为用电企业定制服务方案，今年以来为企业节省电费一千余万元，供电可靠性明显提升。',
		'公司为每家用电企业定制服务方案，派出客户经理上门服务，企业办电时间缩短三分之一。',
	]);
	expect(a?.title).toBe('某某供电公司推行精细管理');
});

describe('间隔号日期、竖线署名和计数标签', () => {
	test('用间隔号“·”分开年月日的发布行有时间戳，“5·12”这样的纪念日不是', () => {
		expect(hasPostingStamp('某某县民政局 2023·01·25')).toBe(true);
		expect(hasPostingStamp('发布者：某某县林业局  发布时间：2024・03・18  访问量：1234')).toBe(
			true,
		);
		expect(hasPostingStamp('纪念“5·12”汶川地震十五周年')).toBe(false);
		expect(hasPostingStamp('2024·中国县域经济论坛开幕')).toBe(false);
	});

	test('标题下用间隔号日期的发布行、竖线分开的署名都不作标题', () => {
		for (const meta of [
			'发布者：某某县林业局  发布时间：2024·03·18  访问量：1234',
			'某某县林业局 2024·03·18',
			'作者 | 王某某',
		]) {
			const [a] = itemsOf(['筑牢春季护林防线', meta, ...LEAD]);
			expect(a?.title, meta).toBe('筑牢春季护林防线');
		}
	});

	test('图集的张数、播放器的缓冲提示、带箭头的点赞提示和举报按钮是装饰', () => {
		for (const line of [
			'图集（共12张）',
			'组图(共3张)',
			'组图新闻（5图）',
			'视频缓冲中，请稍候',
			'觉得不错，请点赞↓',
			'举报 / 反馈',
		])
			expect(isShapeFurniture(line), line).toBe(true);
		for (const line of [
			'图集',
			'摄影展共展出作品120张',
			'为坚守岗位的环卫工人点赞',
			'群众举报反馈渠道畅通',
		])
			expect(isShapeFurniture(line), line).toBe(false);
	});
});

test('正文中间单独一行的“供图：某某”是图片的出处，不与下一段连成一段，也不留在正文里', () => {
	const [a] = itemsOf([
		'某某县人民政府门户网站',
		'网站首页 | 新闻中心 | 政务公开',
		'筑牢春季护林防线',
		'发布时间：2024-03-18 来源：某某县林业局',
		LEAD[0]!,
		'供图：某某县融媒体中心',
		'会议还通报了今年以来全县森林防火检查中发现的问题，要求限期整改到位。',
		LEAD[1]!,
	]);
	expect(a?.paragraphs).toEqual([
		LEAD[0],
		'会议还通报了今年以来全县森林防火检查中发现的问题，要求限期整改到位。',
		LEAD[1],
	]);
});

test('公众号“原创”标记后的作者名带书名号（原创 某某台《某某新闻》）也是装饰', () => {
	expect(isShapeFurniture('原创 某某电视台《某某新闻》')).toBe(true);
	expect(isShapeFurniture('原创 某某融媒 某某发布')).toBe(true);
	expect(isShapeFurniture('原创《某某》话剧首演')).toBe(false);
});

test('正文后单独一行的“【附件】”“下载附件：”是附件列表的标签，与其下的文件名一起去掉', () => {
	for (const label of ['【附件】', '下载附件：', '相关附件']) {
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'网站首页 | 新闻中心 | 政务公开',
			'筑牢春季护林防线',
			'发布时间：2024-03-18 来源：某某县林业局',
			...LEAD,
			label,
			'1. 春季护林防火责任表.docx（35KB）',
		]);
		expect(a?.paragraphs, label).toEqual(LEAD);
	}
});

describe('搜索引擎快照、阅读模式存下的页面', () => {
	test.each([
		[
			'这是 https://www.example.gov.cn/art/2023/5/8/art_1.html 的缓存页面，它是该网页在 2023年5月9日 08:12 的快照。',
		],
		['某某搜索快照', '本页是 2023-05-09 10:20 时保存的快照，页面内容可能已经变化。'],
		['网页快照 · 来源地址：http://www.example.gov.cn/news/1.html'],
		['阅读模式 | 某某县人民政府门户网站'],
	])('标题上面的快照说明、阅读模式标签（%s）不作标题，不进正文', (...head) => {
		const items = itemsOf([
			...head,
			'http://www.example.gov.cn/news/show-1.html',
			'某某县人民政府门户网站',
			'网站首页 | 新闻中心 | 政务公开',
			'筑牢春季护林防线',
			'发布时间：2023-05-08　来源：某某县林业局',
			...LEAD,
		]);
		expect(items.map((a) => a.title)).toEqual(['筑牢春季护林防线']);
		expect(items[0]!.paragraphs.join('')).not.toMatch(/快照|阅读模式/);
	});
});
