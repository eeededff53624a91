import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { browserTitleHeadline } from './browser-title.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isPageLabel } from './page-label.ts';
import { isPhraseFurniture } from './phrase-furniture.ts';
import { isSiteName } from './site-name.ts';
import { trimWebHead } from './web-head.ts';
import type { SourceLine } from './types.ts';

// The headline over page furniture: a site's slogan, menus and tool widgets above it, a column
// label in brackets heading it, e-paper page labels and browser titles in their other printings.

const furniture = readPageFurniture();
const blocks = (...texts: string[]): SourceLine[] =>
	texts.map((text, i) => ({ text, line: i + 1 }));
const titleOf = (lines: string[]) =>
	extractArticles(
		{ path: 'site/info_1.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture },
	).articles[0]?.title;

const BODY = [
	'4月1日，某某县农业农村局组织农技人员深入田间地头，指导农户做好小麦春季田间管理，发布权威信息。',
	'今年全县小麦种植面积稳定在30万亩，农技人员将分片包干，确保春管措施落实到每一块田。',
];

describe('标题胜过页面装饰', () => {
	test('标题前的栏目标签【…】不使标题失去标题的样子', () => {
		const lines = blocks(
			'某某县政府门户',
			'网站首页 | 新闻中心 | 信息公开',
			'【春耕进行时——田间一线见闻】某某县：抓好小麦春季田间管理 确保夏粮丰收 农技人员分片包干',
			...BODY,
		);
		expect(trimWebHead(lines).map((l) => l.text)).toEqual([
			'【春耕进行时——田间一线见闻】某某县：抓好小麦春季田间管理 确保夏粮丰收 农技人员分片包干',
			...BODY,
		]);
	});

	test('与标题之间隔着菜单的站名口号不是引题', () => {
		expect(
			titleOf([
				'某某县新闻网',
				'某某县融媒 · 权威发布',
				'首页  要闻  乡镇  部门  视频  专题',
				'请输入关键词',
				'搜索',
				'某某县抓好小麦春季田间管理',
				'发布时间：2024-04-02  来源：某某县农业农村局',
				...BODY,
			]),
		).toBe('某某县抓好小麦春季田间管理');
	});

	test('“栏目名 · 第N版”是电子报的版面标签', () => {
		expect(isPageLabel('县域观察 · 第08版')).toBe(true);
		expect(isPageLabel('要闻·第3版')).toBe(true);
		expect(isPageLabel('某某县抓好春管 第一版')).toBe(false);
	});

	test('色块组成的护眼色按钮、公众号的原创标记和合集标签、扫码阅读提示都是装饰', () => {
		expect(isShapeFurniture('护眼色：■■■■ 默认')).toBe(true);
		expect(isShapeFurniture('原创 某某融媒 某某发布')).toBe(true);
		expect(isShapeFurniture('收录于合集 #某某新闻 #乡村振兴')).toBe(true);
		expect(isShapeFurniture('#某某县新闻')).toBe(true);
		expect(isShapeFurniture('用手机扫一扫二维码阅读本文')).toBe(true);
		expect(isShapeFurniture('长按识别二维码 关注我们')).toBe(true);
		expect(isShapeFurniture('原创作品展在某某县开幕')).toBe(false);
		expect(isShapeFurniture('二维码门牌让群众办事更方便')).toBe(false);
		expect(isPhraseFurniture('原创 某某融媒 某某发布', furniture)).toBe(false);
	});

	test('浏览器标题的其他写法：双短横、站名在前、栏目名在后', () => {
		expect(browserTitleHeadline('某某县抓好小麦春季田间管理 -- 某某县在线')).toBe(
			'某某县抓好小麦春季田间管理',
		);
		expect(browserTitleHeadline('某某县人民政府-某某县抓好小麦春季田间管理')).toBe(
			'某某县抓好小麦春季田间管理',
		);
		expect(browserTitleHeadline('某某县抓好小麦春季田间管理_工作动态')).toBe(
			'某某县抓好小麦春季田间管理',
		);
		expect(browserTitleHeadline('春风又绿江南岸-记某某县春耕')).toBeUndefined();
	});
});

test('“撰稿：某某 摄影：某某”是署名，不作标题', () => {
	expect(
		titleOf([
			'某某市人民政府网欢迎您',
			'首页｜要闻动态｜信息公开｜在线办事｜互动回应',
			'帮扶之路，脚步不停',
			'某某市农业农村局',
			'2019年02月20日',
			'【字体：大 中 小】',
			'撰稿：王某某  摄影：李某',
			'点击蓝字 关注我们',
			'黄土高原上的“幸福小院”里，驻村第一书记和易地搬迁的13位村民共商今年的增收计划。',
			'脚下沾满泥土，心中装着百姓。自启动驻村帮扶工作以来，一批批干部扎根基层。',
		]),
	).toBe('帮扶之路，脚步不停');
});

test('很长的多分句标题带顿号或人名冒号，仍是正文所回答的标题', () => {
	const body = [
		'本报讯 县委常委会近日召开会议，听取县人大常委会、县政府、县政协党组工作汇报，听取县纪委工作报告。',
		'会议指出，一年来，县人大常委会、县政府、县政协党组认真贯彻落实县委决策部署，各项工作取得新进展。',
	];
	const long =
		'县委常委会召开会议 听取县人大常委会、县政府、县政协、县法院、县检察院党组工作汇报 听取县纪委监委工作报告 县委书记主持会议并讲话 县长出席会议';
	const lines = blocks('某某日报电子版', '出版日期：2024.1.4', long, ...body);
	expect(trimWebHead(lines).map((l) => l.text)).toEqual([long, ...body]);
	const named =
		'【身边的榜样】王某某：扎根乡村二十年的“草原之子” 李某某：守护万亩农田的“土专家” 张某某：情系群众的“好支书”';
	const story = [
		'王某某扎根乡村二十年，带领牧民发展特色养殖，被群众称为“草原之子”。',
		'李某某长年守护万亩农田，推广土壤改良技术，是远近闻名的“土专家”。',
		'张某某情系群众，带领村民修路建桥，被乡亲们称为“好支书”。',
	];
	expect(trimWebHead(blocks('某某县融媒网', '首页 | 要闻 | 乡镇', named, ...story))[0]?.text).toBe(
		named,
	);
});

test('转载提示中间断了句、站名与“官方网站”之间空了格，仍是装饰', () => {
	expect(isPhraseFurniture('如需转载，请注明出处。', furniture)).toBe(true);
	expect(isSiteName('某某县政府门户  官方网站')).toBe(true);
	expect(isSiteName('某某县抓好 春季田间管理')).toBe(false);
});

test('手机页顶栏里“打开APP”上面的账号名（某某县发布）不是标题', () => {
	const title = '某某县抓好小麦春季田间管理';
	expect(
		titleOf(['首页 > 正文', '某某县发布', '打开APP', title, '来源：某某县农业农村局', ...BODY]),
	).toBe(title);
	expect(titleOf(['某某县融媒', '下载客户端', title, ...BODY])).toBe(title);
});
