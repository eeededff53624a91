import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { browserTitleHeadline } from './browser-title.ts';
import { isNavigationLine } from './navigation-line.ts';
import { chooseHeadline } from './title-choice.ts';
import { outletTitle, readOriginalTitle } from './original-title.ts';
import { isSiteHeader } from './site-header.ts';
import type { SourceLine } from './types.ts';
import { itemsOf } from './web-test-page.ts';

// Titles of pages in views the rules were not written on: a byline in brackets under the headline,
// a portal's shorter headline over the outlet's 原标题, site headers and menus above the headline.

const model = readPageFurniture().titleModel!;
const lines = (texts: string[], from = 1): SourceLine[] =>
	texts.map((text, i) => ({ text, line: from + i }));
const BODY = lines(
	[
		'央视网消息（新闻联播）：5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全，守住不发生重特大火灾的底线。',
	],
	5,
);

describe('没见过的页面视图里的标题', () => {
	test('标题下方括号里的署名（融媒体记者 … 通讯员 …）不是标题', () => {
		const head = lines(['某某县部署春季森林防火工作', '（融媒体记者 张三 通讯员 李四）']);
		expect(chooseHeadline(head, BODY, model).title).toBe('某某县部署春季森林防火工作');
		const paper = lines(['全省春耕备耕有序推进', '（本报记者 王五、赵六）']);
		expect(chooseHeadline(paper, BODY, model).title).toBe('全省春耕备耕有序推进');
	});

	test('门户转载用自己的短标题时，原标题一行给出的媒体标题才是文章标题', () => {
		const [item] = itemsOf([
			'某某新闻网 > 国内新闻',
			'多地加快推进春耕备耕',
			'2024-03-12 10:20 来源：某某日报',
			'原标题：多地加快推进春耕备耕 农资供应总体充足',
			'本报北京3月11日电 眼下，从南到北，各地春耕备耕工作陆续展开，农资储备和调运加紧进行，农技人员深入田间指导。',
			'农业农村部有关负责人表示，今年春耕农资供应总体充足，价格基本稳定，能够满足农业生产需要。',
		]);
		expect(item?.title).toBe('多地加快推进春耕备耕 农资供应总体充足');
		expect(item?.paragraphs.join('')).not.toContain('原标题');
	});

	test('原标题一行紧贴正文、正文首句复述它时，标题是它给出的媒体标题，不带“原文标题：”', () => {
		const [item] = itemsOf([
			'走进某某县 新闻资讯 政务公开 投资某某县 文旅某某县',
			'全省春耕备耕',
			'发布：2024.3.12 星期二  出处：某某日报',
			'语音播报：▶ 播放',
			'微信扫码分享',
			'原文标题：全省春耕备耕有序推进 农资供应总体充足',
			'　　某某日报消息：全省春耕备耕有序推进 农资供应总体充足。眼下，从南到北，各地春耕备耕工作陆续展开，农资储备和调运加紧进行。',
			'　　农业农村厅有关负责人表示，今年春耕农资供应总体充足，价格基本稳定，能够满足农业生产需要。',
		]);
		expect(item?.title).toBe('全省春耕备耕有序推进 农资供应总体充足');
	});

	test('原标题的各种印法都读得出；不含页面标题的原标题不换标题', () => {
		expect(readOriginalTitle('（原题为《某某县：小麦春管正当时》）')).toBe(
			'某某县：小麦春管正当时',
		);
		expect(readOriginalTitle('原标题：《平安》（评论）热播')).toBe('《平安》（评论）热播');
		expect(readOriginalTitle('【原标题：春耕忙 农机先行】')).toBe('春耕忙 农机先行');
		expect(readOriginalTitle('（原题：春耕忙）扫一扫 关注某某发布')).toBeUndefined();
		expect(readOriginalTitle('原来的题目很长')).toBeUndefined();
		// The key's other wordings: the text's (原文), the word for a title (题目).
		expect(readOriginalTitle('原文标题：春耕忙 农机先行')).toBe('春耕忙 农机先行');
		expect(readOriginalTitle('原题目：春耕忙 农机先行')).toBe('春耕忙 农机先行');
		// A bar for the key's colon, as a self-media page sets it off.
		expect(readOriginalTitle('原标题｜春耕忙 农机先行')).toBe('春耕忙 农机先行');
		expect(readOriginalTitle('（原标题 | 春耕忙 农机先行）')).toBe('春耕忙 农机先行');
		expect(readOriginalTitle('（原文题目为《春耕忙 农机先行》）')).toBe('春耕忙 农机先行');
		expect(outletTitle('春耕忙农机先行', ['春耕忙农机先行 备耕有序'])).toBe(
			'春耕忙农机先行 备耕有序',
		);
		expect(outletTitle('春耕农机先行', ['秋收忙 粮食入仓'])).toBe('春耕农机先行');
	});

	test('各种装饰里的站名（◆…◆、（门户网站）、（PC版）、主办单位、站群 > 子站、欢迎语）不是标题', () => {
		const page = [
			'某某县召开春季森林防火工作推进会',
			'2024年05月08日 | 09:30 发布 · 某某县林业局',
			'某某县融媒体中心讯 5月8日，某某县人民政府召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
			'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
		];
		for (const head of [
			[
				'某某县新闻网·融媒体中心 欢迎您的访问！',
				'首页',
				'要闻动态',
				'乡镇动态',
				'通知公告',
				'▶ 首页 → 通知公告',
			],
			['（某某县人民政府主办）', '网站首页  新闻中心  信息公开  办事服务  政民互动'],
		])
			expect(itemsOf([...head, ...page]).map((a) => a.title)).toEqual([
				'某某县召开春季森林防火工作推进会',
			]);
		for (const header of [
			'‹ 某某市·某某县门户',
			'某某市政务网站群 > 某某县政府网（试运行版）',
			'（某某县人民政府主办）',
			'某某县发展和改革局子站',
			'某某县门户（PC版）',
			'某某市政务网站群 > 某某县政务服务和信息公开网',
			'某某县·政府门户',
			'某某县新闻网·融媒体中心',
			'‹ 掌上某某县',
			'关闭 某某县政务服务和信息公开网',
			'某某县人民政府网站 Government Website',
			'☰ 某某县人民政府网手机版',
			'≡ 某某县政务网 移动版',
			'魅力某某县　欢迎您！',
			'某某县欢迎你',
		])
			expect(isSiteHeader(header), header).toBe(true);
		for (const headline of [
			'某某县召开春季森林防火工作推进会',
			'人民军队为人民（人民论坛）',
			'全国人大常委会（第十次会议）',
			'织密安全防护网',
			'某某县·乡村振兴在行动',
			'返回 某某县召开春耕动员会',
			'中欧班列 China Railway Express',
			'某某县推出手机版',
			'某某县',
			'欢迎您',
		])
			expect(isSiteHeader(headline)).toBe(false);
	});

	test('浏览器标题：全角下划线和书名号包住的标题后面跟着站名，留下的是标题', () => {
		expect(browserTitleHeadline('某某县抓好春耕生产＿某某市·某某县门户')).toBe(
			'某某县抓好春耕生产',
		);
		expect(
			browserTitleHeadline('《某某县抓好春耕生产 确保粮食稳产》- 某某县政府网（试运行版）'),
		).toBe('某某县抓好春耕生产 确保粮食稳产');
		expect(browserTitleHeadline('《《某某志》（新版）出版发行》- 某某县发展和改革局子站')).toBe(
			'《某某志》（新版）出版发行',
		);
		expect(browserTitleHeadline('《某某志》与《某某记》- 某某县新闻网')).toBe(
			'《某某志》与《某某记》',
		);
	});

	test('圆点隔开的四项以上栏目是菜单；两三个短语的引题不是', () => {
		expect(isNavigationLine('某某县概况 · 领导之窗 · 政府文件 · 规划计划 · 财政信息')).toBe(true);
		expect(isNavigationLine('· 政务动态 · 政策解读 · 依申请公开 · 建议提案办理')).toBe(true);
		expect(isNavigationLine('奋进新征程 · 建功新时代')).toBe(false);
		expect(isNavigationLine('春风 · 春雨 · 春耕，某某县田间地头一派繁忙')).toBe(false);
	});

	test('标题块里的自媒体账号标记和“发稿单位：某某”字段不是标题', () => {
		for (const mark of ['某某号 · 央视《新闻联播》', '发稿单位：某某县农业农村局'])
			expect(chooseHeadline(lines([mark, '某某县部署春季森林防火工作']), BODY, model).title).toBe(
				'某某县部署春季森林防火工作',
			);
	});
});
