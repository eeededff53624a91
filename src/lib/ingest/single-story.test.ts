import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { storyOptionsForPage } from './single-story.ts';

const itemsOf = (text: string) =>
	extractArticles(
		{ path: 'gov/page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture: readPageFurniture() },
	).articles;

test('网页在标题下印了一次发布时间和来源，就是一篇文章：图片来源行和正文里的小标题不另起一篇', () => {
	const items = itemsOf(
		[
			'某某县多措并举稳就业',
			'发布时间：2024-04-02 09:30  来源：某某县人力资源和社会保障局',
			'今年以来，某某县把稳就业作为头等大事，围绕重点群体、重点企业精准施策，一季度城镇新增就业1200人。',
			'（图片来源：某某县融媒体中心）',
			'岗位送到家门口，招聘专场开进村社区。县人社局组织招聘专场12场，把企业岗位送进村社区，现场达成就业意向800余人。',
			'技能培训跟上来',
			'全县开设电工、育婴员等培训班30期，培训后就业率达到85%以上，培训补贴直接发放到个人。',
		].join('\n'),
	);
	expect(items.map((a) => a.title)).toEqual(['某某县多措并举稳就业']);
	expect(items[0]!.paragraphs).toHaveLength(4);
});

test('没有网页信息行的报纸版面照常按标题拆成几篇', () => {
	const items = itemsOf(
		[
			'某某县多措并举稳就业',
			'本报讯 今年以来，某某县把稳就业作为头等大事，围绕重点群体、重点企业精准施策，一季度城镇新增就业1200人。',
			'某某市新建改建农村公路120公里',
			'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
		].join('\n'),
	);
	expect(items.map((a) => a.title)).toEqual([
		'某某县多措并举稳就业',
		'某某市新建改建农村公路120公里',
	]);
});

test('电子报报头下的版面有好几篇：拆分门槛用多篇版面的，不用单篇文章的', () => {
	const model = readPageFurniture().storyModel;
	const epaper = storyOptionsForPage(model, {
		source: '某某日报',
		firstMeta: { kind: 'masthead', line: 1 },
	});
	expect(epaper.severalStories).toBe(true);
	const portal = storyOptionsForPage(model, {
		source: '某某县融媒体中心',
		firstMeta: { kind: 'fields', line: 3 },
	});
	expect(portal.severalStories).toBeUndefined();
});

test('有信息行但另有电头开篇的条目，或印有版次的电子报页面，不并成一篇', () => {
	const items = itemsOf(
		[
			'日期：2024-04-02',
			'第03版：要闻',
			'某某县多措并举稳就业',
			'今年以来，某某县把稳就业作为头等大事，围绕重点群体、重点企业精准施策，一季度城镇新增就业1200人。',
			'某某市新建改建农村公路120公里',
			'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
		].join('\n'),
	);
	expect(items.map((a) => a.title)).toEqual([
		'某某县多措并举稳就业',
		'某某市新建改建农村公路120公里',
	]);
});

test('网页一个标题一行信息下两地电头的综合报道，后一段电头上没有自己的标题：仍是一篇', () => {
	const text = [
		'甘肃宁夏两地加快农村公路建设',
		'发布时间：2024-04-02　来源：某某县交通运输局',
		'本报兰州4月1日电 （记者王某）今年一季度，甘肃省新建改建农村公路1800公里，完成投资同比增长12%。',
		'甘肃省交通运输厅有关负责人介绍，全省将继续推进农村公路提档升级，年内实现较大人口规模自然村通硬化路。',
		'本报银川4月1日电 （记者李某）宁夏回族自治区日前印发通知，部署农村公路养护工作，落实县乡村三级路长制。',
		'通知要求，各市县把养护资金纳入财政预算，确保农村公路列养率达到100%。',
	];
	const items = itemsOf(text.join('\n'));
	expect(items.map((a) => a.title)).toEqual([text[0]]);
	expect(items[0]!.paragraphs).toEqual(text.slice(2));
});

test('网页标题与正文之间隔着发布信息，正文以“央视网消息：”开头：仍是一篇，标题不丢', () => {
	const items = itemsOf(
		[
			'某某县召开防汛工作会议',
			'发布时间：2024-07-20 16:26  来源：某某县融媒体中心',
			'【打印】【关闭】',
			'央视网消息（新闻联播）：7月19日，某某县召开防汛工作会议，部署做好强降雨防范应对工作，确保人民群众生命财产安全。',
			'会议要求，各乡镇要加强巡查排险，对山洪、地质灾害隐患点逐一落实监测责任人，发现险情第一时间转移群众。',
			'落实责任',
			'县防汛办实行24小时值班值守，各有关部门要备足抢险物资，抢险队伍随时待命，确保险情早发现、早处置。',
		].join('\n'),
	);
	expect(items.map((a) => a.title)).toEqual(['某某县召开防汛工作会议']);
	expect(items[0]!.paragraphs).toHaveLength(4);
});
