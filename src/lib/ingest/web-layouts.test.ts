import { describe, expect, test } from 'vitest';
import { browserTitleHeadline } from './browser-title.ts';
import { dropWebFurniture } from './furniture-lines.ts';
import { isPageLabel } from './page-label.ts';
import { isSiteLike } from './site-like.ts';
import { readPageMetaLine } from './page-meta.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// Page layouts of local portals and e-papers in further printings: a publisher with a relative
// time, mastheads keyed 出版日期 or with a Latin edition word, page labels keyed 本版/当前版.

describe('发布者与相对时间', () => {
	test('“某某局　3天前”说出发布者，不说日期', () => {
		const meta = readPageMetaLine('某某县农业农村局　3天前');
		expect(meta).toMatchObject({ kind: 'fields', source: '某某县农业农村局' });
		expect(meta?.date).toBeUndefined();
		expect(readPageMetaLine('某某日报 · ２小时前')?.source).toBe('某某日报');
		// A sentence about something days ago, or a name that is no publisher, is no meta line.
		expect(readPageMetaLine('去年冬天的事情 3天前')).toBeUndefined();
	});

	test('相对时间行上方的站名不是标题，下方的发布时间是日期', () => {
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'某某县应急管理局　3天前',
			'发布时间：2023/8/10　07:38',
			'某某县召开春季森林防火工作推进会',
			...LEAD,
		]);
		expect(a).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2023-08-10',
			source: '某某县应急管理局',
		});
	});
});

describe('电子报的版面标签', () => {
	test('“本版：”“当前版：”带版号和版名', () => {
		expect(isPageLabel('本版：05 综合新闻')).toBe(true);
		expect(isPageLabel('当前版：12  文化·旅游')).toBe(true);
		expect(isPageLabel('本版：05')).toBe(true);
	});

	test('版号和版名之间的破折号，六角括号，版名后括注版号', () => {
		expect(isPageLabel('B07版 — 文化·旅游')).toBe(true);
		expect(isPageLabel('05版 - 综合新闻')).toBe(true);
		expect(isPageLabel('〔第05版〕综合新闻')).toBe(true);
		expect(isPageLabel('综合新闻（第05版）')).toBe(true);
		expect(isPageLabel('文化·旅游(第B07版)')).toBe(true);
	});

	test('句子和标题不是版面标签', () => {
		expect(isPageLabel('本版：今年以来全市新增就业岗位12万个')).toBe(false);
		expect(isPageLabel('全市已出版图书（第3辑）')).toBe(false);
		expect(isPageLabel('2021年版 — 新编地方志')).toBe(false);
	});
});

describe('电子报的报头', () => {
	test('报名、“电子版”和“出版日期：”', () => {
		expect(readPageMetaLine('某某日报电子版　出版日期：2021年 3月 9日')).toEqual({
			kind: 'masthead',
			date: '2021-03-09',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某晚报数字报 出版时间：2021－3－9')).toMatchObject({
			date: '2021-03-09',
			source: '某某晚报',
		});
	});

	test('英文的版本词与中文的一样', () => {
		expect(readPageMetaLine('某某日报　DIGITAL EDITION　2021－3－9')).toEqual({
			kind: 'masthead',
			date: '2021-03-09',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某日报 E-Paper 2021年3月9日')?.source).toBe('某某日报');
	});

	test('报名带期号是报头；报头的农历日期不是报名', () => {
		expect(readPageMetaLine('某某日报 总第12345期')).toEqual({
			kind: 'masthead',
			source: '某某日报',
		});
		const lunar = readPageMetaLine('2024年 8月 20日 农历甲辰年七月十七', true);
		expect(lunar?.date).toBe('2024-08-20');
		expect(lunar?.source).toBeUndefined();
	});

	test('报名单独一行，其下是日期行和版面标签：报名是来源，标签不是标题', () => {
		const items = itemsOf([
			'某某日报',
			'2021年 3月 9日 农历辛丑年正月廿六',
			'〔第05版〕综合新闻',
			'',
			'某某市新建改建农村公路120公里',
			'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
			'该市还建立县乡村三级路长制，实现农村公路管护全覆盖。',
		]);
		expect(items[0]).toMatchObject({
			title: '某某市新建改建农村公路120公里',
			date: '2021-03-09',
			source: '某某日报',
		});
	});
});

describe('来源字段后面的日期和阅读数', () => {
	test('“来源：某某 · 日期 · 阅读 N”：来源、日期都读出', () => {
		expect(
			readPageMetaLine('来源：某某县融媒体中心 · 2021年3月9日（星期二）08:15 · 阅读 1234'),
		).toEqual({ kind: 'fields', date: '2021-03-09', source: '某某县融媒体中心' });
		expect(
			readPageMetaLine('来源：某某日报 · ２０２１-０３-０９ ０８：１５ · 阅读 ５６７'),
		).toMatchObject({
			date: '2021-03-09',
			source: '某某日报',
		});
		expect(readPageMetaLine('来源：某某日报 | 2021.3.9　星期二 | 浏览 88')?.date).toBe(
			'2021-03-09',
		);
	});

	test('来源后面不是日期的文字，不读作日期', () => {
		expect(
			readPageMetaLine('来源：某某日报 · 2021年3月9日召开的会议 · 阅读 12')?.date,
		).toBeUndefined();
	});
});

describe('中英双语的字段名', () => {
	test('英文标签在中文字段名前，读同一个字段', () => {
		expect(readPageMetaLine('Source 来源：某某县应急管理局　Date 日期：2021－3－9')).toEqual({
			kind: 'fields',
			date: '2021-03-09',
			source: '某某县应急管理局',
		});
		expect(
			readPageMetaLine('Source 来源：某某日报　Date 日期：２０２１年３月９日（星期二）０８：１５'),
		).toMatchObject({ date: '2021-03-09', source: '某某日报' });
		expect(readPageMetaLine('来源 Source：某某日报　发布时间 Time：2021-03-09')).toMatchObject({
			date: '2021-03-09',
			source: '某某日报',
		});
	});

	test('英文单词在正文里不算标签', () => {
		expect(readPageMetaLine('The 来源：某某日报，这是一句话。')).toBeUndefined();
	});
});

describe('字段印在正文之后的网页', () => {
	test('正文后一行“来源 · 日期 · 阅读”：分条小标题和要点仍是一篇', () => {
		const items = itemsOf([
			'某某县人民政府门户网站',
			'首页 | 要闻动态 | 部门信息 | 通知公告',
			'某某县部署春季森林防火工作',
			'某某县融媒体中心讯 5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务。',
			'一是压实责任，县乡村三级林长分片包干，确保每一片山林都有人管。',
			'图／张三',
			'二是严格管控火源，进山路口设卡检查，清明前后加密巡查频次。',
			'“防火就是防大事”',
			'护林员李四说，每年这个时候他都要把辖区的山路走上好几遍，发现隐患就地处置。',
			'三是强化应急准备，各乡镇扑火队伍二十四小时待命，物资储备到位。',
			'来源：某某县应急管理局 · 2021年5月9日 · 阅读 1203',
			'网站地图 | 联系我们 | 使用帮助',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			title: '某某县部署春季森林防火工作',
			date: '2021-05-09',
			source: '某某县应急管理局',
		});
		expect(items[0]!.paragraphs.join('')).toContain('三是强化应急准备');
	});
});

describe('工具行、分享行和站点名的其他写法', () => {
	const furnitureOf = (line: string) =>
		dropWebFurniture([{ text: line, line: 5 }], furniture).lines.length === 0;

	test('英文标签在前的分享行和菜单', () => {
		expect(furnitureOf('Share 分享 ▸ WeChat · Weibo')).toBe(true);
		expect(furnitureOf('HOME 首页  NEWS 新闻  ABOUT 概况  SERVICE 服务')).toBe(true);
		expect(furnitureOf('5G网络建设提速 全市新建基站1200个')).toBe(false);
	});

	test('图标加播放器词，加载提示，点赞在看的提示', () => {
		expect(furnitureOf('🔊 语音播报')).toBe(true);
		expect(furnitureOf('视频正在加载…')).toBe(true);
		expect(furnitureOf('喜欢就请转发、点赞、在看')).toBe(true);
		expect(furnitureOf('网友纷纷点赞转发，称赞这名民警。')).toBe(false);
	});

	test('“登录 注册 | 站名欢迎您”与“某某县之窗”是站点名', () => {
		expect(furnitureOf('登录 注册 | 某某县人民政府官网欢迎您')).toBe(true);
		expect(isSiteLike('某某县之窗')).toBe(true);
		expect(isSiteLike('某某县政府信息公开平台')).toBe(true);
		expect(isSiteLike('全县新增就业岗位')).toBe(false);
	});

	test('浏览器标题后的“站名 - 政务公开”和站名在前的标题', () => {
		expect(browserTitleHeadline('某某镇举办农民丰收节 - 某某县政府信息公开平台 - 政务公开')).toBe(
			'某某镇举办农民丰收节',
		);
		expect(browserTitleHeadline('某某县之窗——【新闻特写】志愿者：关爱与温暖同行')).toBe(
			'【新闻特写】志愿者：关爱与温暖同行',
		);
	});
});

describe('页头的问候、天气、适老化按钮和合集标签', () => {
	const furnitureOf = (line: string) =>
		dropWebFurniture([{ text: line, line: 5 }], furniture).lines.length === 0;

	test('“登录 注册 | 某某中心欢迎您”', () => {
		expect(furnitureOf('登录 注册 | 某某县政务服务中心欢迎您')).toBe(true);
	});

	test('日期和天气一行', () => {
		expect(furnitureOf('今天是03月09日 天气：晴 8~19℃')).toBe(true);
		expect(furnitureOf('2021年3月9日 星期二 多云 12℃～20℃')).toBe(true);
		expect(furnitureOf('今天是植树节，全县干部群众种下树苗三万株')).toBe(false);
	});

	test('适老化、读屏、关怀版按钮', () => {
		expect(furnitureOf('【适老化】【读屏专用】【关怀版】')).toBe(true);
	});

	test('微信合集标签带篇数', () => {
		expect(furnitureOf('收录于合集 #某某县新闻 12个')).toBe(true);
	});
});

test('报名单独一行、标题带逗号：报名仍是来源，不是标题', () => {
	const items = itemsOf([
		'某某日报',
		'2021年 3月 9日 农历辛丑年正月廿六',
		'当前版：05  综合新闻',
		'',
		'越来越多村庄建起书屋，越来越多农民走进书屋',
		'核心阅读',
		'今年以来，某某市新建农家书屋120个，配送图书10万册，惠及沿线群众10万余人。',
		'该市还建立县乡村三级书屋管理制度，实现农家书屋管护全覆盖。',
	]);
	expect(items[0]).toMatchObject({ date: '2021-03-09', source: '某某日报' });
	expect(items[0]!.title).not.toBe('某某日报');
});
