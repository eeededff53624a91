import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { cleanLines } from './clean.ts';
import { extractArticles } from './extract-articles.ts';
import { isNavigationLine } from './navigation-line.ts';
import { isPageLabel } from './page-label.ts';
import { isSiteName } from './site-name.ts';

const furniture = readPageFurniture();

test('导航栏、面包屑和分隔线是页面装饰，正文句子不是', () => {
	expect(isNavigationLine('首页 | 政务公开 | 政务服务 | 互动交流')).toBe(true);
	expect(isNavigationLine('首页 > 新闻中心 > 部门动态')).toBe(true);
	expect(isNavigationLine('||||||')).toBe(true);
	// Spaced slashes part a menu's items too; a date's or a unit's slash parts nothing.
	expect(isNavigationLine('首  页 / 政务公开 / 办事服务 / 互动交流')).toBe(true);
	expect(isNavigationLine('网站首页 ／ 新闻中心 ／ 信息公开')).toBe(true);
	expect(isNavigationLine('2024/05/08 发布')).toBe(false);
	expect(isNavigationLine('2020 / 2 / 24　星期一')).toBe(false);
	expect(isNavigationLine('时速 120 km/h 的动车组')).toBe(false);
	expect(isNavigationLine('全县 3 个乡镇 | 12 个村完成改造，群众满意度明显提升。')).toBe(false);
	expect(isPageLabel('第A03版：要闻')).toBe(true);
	expect(isPageLabel('A3版')).toBe(true);
	expect(isPageLabel('第三版块建设加快推进')).toBe(false);
	expect(isSiteName('某某县人民政府门户网站')).toBe(true);
	expect(isSiteName('县政务服务中心推行“周末不打烊”服务')).toBe(false);
});

test('县政府网站存为文本：标题取新闻标题，正文不含导航、分享、打印、相关新闻和转载声明', () => {
	const path = new URL('fixtures/county-site-text/input.txt', import.meta.url);
	const { articles } = extractArticles(
		{ path: 'county-site-text/input.txt', bytes: readFileSync(path) },
		{ furniture },
	);
	expect(articles).toHaveLength(1);
	const [a] = articles;
	expect(a!.title).toBe('县市场监管局“三个一”机制护航个体工商户发展');
	expect(a!.date).toBe('2024-03-12');
	expect(a!.reporters).toEqual(['王小明']);
	expect(a!.paragraphs).toHaveLength(3);
	expect(a!.paragraphs.join('')).not.toMatch(/扫一扫|打印|相关新闻|周末不打烊|转载|主办单位/);
});

test('电子报版面存为文本：版面标签、翻页和分隔线不作标题，APP 与评论提示不进正文', () => {
	const path = new URL('fixtures/epaper-text/input.txt', import.meta.url);
	const { articles } = extractArticles(
		{ path: 'epaper-text/input.txt', bytes: readFileSync(path) },
		{ furniture },
	);
	expect(articles.map((a) => [a.title, a.paragraphs.length, a.reporters])).toEqual([
		['稳链强链 激活县域发展新动能', 3, ['张伟']],
	]);
	expect(articles[0]!.paragraphs.join('')).not.toMatch(/APP|评论/);
});

test('只有机关名的刊头和“本文转载自…如有侵权”声明是页面装饰', () => {
	expect(isSiteName('某某县人民政府')).toBe(true);
	expect(isSiteName('某某县人民政府关于做好春耕工作的通知')).toBe(false);
	const text = [
		'某某县人民政府',
		'首页 | 政务公开 | 政务服务',
		'县医保局推出“一站式”结算服务',
		'发布时间：2024-03-12',
		'3月11日，县医保局在县人民医院开设“一站式”结算窗口，参保群众出院时可在3个工作日内完成报销，材料齐全的当场办结。',
		'本文转载自某某日报，如有侵权请联系删除',
	].join('\n');
	const { articles } = extractArticles(
		{ path: 'gov/page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture },
	);
	expect(articles.map((a) => [a.kicker, a.title])).toEqual([
		[undefined, '县医保局推出“一站式”结算服务'],
	]);
	// The note is no text, but it names the original, which beats the site's own name.
	expect(articles[0]!.source).toBe('某某日报');
	expect(articles[0]!.paragraphs.join('')).not.toMatch(/转载|侵权/);
});

test('分享栏、视频占位、原标题、评论提示、附件、站点页脚和推荐列表都不进正文，也不作标题', () => {
	const text = [
		'某某区开展“送法进企业”活动',
		'发布时间：2024-04-02  来源：某某区司法局',
		'分享到：',
		'微信',
		'QQ空间',
		'3月29日，某某区司法局组织律师走进园区企业，围绕劳动用工、合同管理等问题开展法律体检。',
		'视频加载中...',
		'活动现场，律师为企业梳理出风险点12个，提出法律意见20条。',
		'原标题：律师进园区 法律体检送上门',
		'附件：法律体检清单.pdf',
		'请文明上网，理性发言。',
		'推荐阅读',
		'某某区召开优化营商环境大会',
		'某某区新增省级专精特新企业8家',
		'主办：某某区人民政府办公室  承办：某某区信息中心',
	].join('\n');
	const { articles } = extractArticles(
		{ path: 'gov/page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture },
	);
	expect(articles.map((a) => a.title)).toEqual(['某某区开展“送法进企业”活动']);
	expect(articles[0]!.paragraphs).toEqual([
		'3月29日，某某区司法局组织律师走进园区企业，围绕劳动用工、合同管理等问题开展法律体检。',
		'活动现场，律师为企业梳理出风险点12个，提出法律意见20条。',
	]);
});

test('“延伸阅读”下一行小标题再接正文，是本文的阅读框，小标题留下；省略号行和《今天是…》开头的句子不是装饰', () => {
	const { lines } = cleanLines(
		[
			'某某市推进老旧小区改造，今年计划开工改造小区120个，惠及居民3万户。',
			'延伸阅读',
			'改造将呈三大趋势',
			'业内人士认为，老旧小区改造将从“住得上”转向“住得好”，更加注重适老化、智能化和绿色化。',
			'……',
			'《今天是你的生日》合唱响彻广场',
		].map((text, i) => ({ text, line: i + 1 })),
		furniture,
	);
	expect(lines.map((l) => l.text)).toEqual([
		'某某市推进老旧小区改造，今年计划开工改造小区120个，惠及居民3万户。',
		'改造将呈三大趋势',
		'业内人士认为，老旧小区改造将从“住得上”转向“住得好”，更加注重适老化、智能化和绿色化。',
		'……',
		'《今天是你的生日》合唱响彻广场',
	]);
});

test('空格隔开的栏目菜单、一行一个栏目的菜单都是导航', () => {
	expect(isNavigationLine('网站首页  机构设置  政策文件  办事指南  互动交流')).toBe(true);
	expect(isNavigationLine('全力奋战 英勇奋战 团结奋战')).toBe(false);
	expect(isNavigationLine('首 页  新闻中心  专题专栏  公众参与')).toBe(true);
	expect(isNavigationLine('全媒体时代 挑战与机遇')).toBe(false);
	expect(isNavigationLine('俄称击落乌军无人机 乌称打击俄军据点')).toBe(false);
	const text = [
		'某某县人民政府',
		'首页',
		'机构设置',
		'政策文件',
		'办事指南',
		'某某县推行企业开办“一日办结”',
		'近日，某某县在政务服务中心设立企业开办专区，营业执照、公章刻制、税务登记等事项一窗受理、一日办结。',
		'今年一季度，全县新登记市场主体1200户，同比增长15%。',
	].join('\n');
	const { articles } = extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture },
	);
	expect(articles.map((a) => a.title)).toEqual(['某某县推行企业开办“一日办结”']);
});

test('版号后用“栏目：”“版名：”等键标出版名的一行也是版面标签', () => {
	for (const label of ['06版  栏目：教育周刊', '第05版 版名：要闻', 'A07版　专栏：理论·评论'])
		expect(isPageLabel(label), label).toBe(true);
	expect(isPageLabel('06版栏目：本报今年新开设的栏目受到读者欢迎。')).toBe(false);
});
