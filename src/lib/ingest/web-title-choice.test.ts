import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import type { SourceLine } from './types.ts';
import { chooseWebTitles, itemTitleRows, pickWebTitle } from './web-title-choice.ts';

const furniture = readPageFurniture();
const model = furniture.webTitleModel!;
const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const titles = (...texts: string[]) =>
	extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(texts.join('\n')) },
		{ furniture },
	).articles.map((a) => a.title);

// Pages written for these tests, in the wording of county portals, read with the shipped model.
describe('网页标题模型', () => {
	test('门户页：浏览器标题、导航、位置栏和带键的来源行之下，正文所回答的标题保持不变', () => {
		expect(
			titles(
				'某某县召开秋冬季森林防火工作会议-某某县人民政府',
				'首页 | 走进某某 | 政务公开 | 政务服务 | 政民互动',
				'您现在的位置：首页 > 政务公开 > 部门动态',
				'某某县召开秋冬季森林防火工作会议',
				'时间：2025-10-15 09:30 信息来源：某某县林业局 浏览次数：318',
				'10月14日，某某县召开秋冬季森林防火工作会议，总结前一阶段森林防火工作，安排部署今冬明春森林防火任务。',
				'会议要求，各乡镇要压实属地责任，落实网格化巡护，加强野外用火管理，确保不发生重大森林火灾。',
			),
		).toEqual(['某某县召开秋冬季森林防火工作会议']);
	});

	test('引题在上、发布日期在下：标题仍是正文回答的那一行', () => {
		expect(
			titles(
				'学习贯彻全会精神 推动高质量发展',
				'某某市召开全市重点项目建设推进会',
				'发布时间：2025-05-20 来源：某某市发展和改革委员会',
				'5月19日，某某市召开全市重点项目建设推进会，通报今年以来重点项目建设进展，部署下一阶段重点任务。',
				'会议指出，今年全市安排重点项目286个，截至4月底已开工231个，完成投资同比增长12.5%。',
			),
		).toEqual(['某某市召开全市重点项目建设推进会']);
	});

	test('正文在页面上找不到的条目保留规则的标题', () => {
		const page = lines('某某镇：一颗草莓带富一方百姓', '2025-02-18 某某县融媒体中心');
		const item = {
			title: '某某镇：一颗草莓带富一方百姓',
			paragraphs: ['走进某某镇草莓产业园，一排排大棚整齐排列，棚内草莓长势喜人。'],
		};
		expect(itemTitleRows(page, [item], model.window)).toEqual([undefined]);
		expect(chooseWebTitles(page, [item], model)).toEqual(['某某镇：一颗草莓带富一方百姓']);
	});

	test('导语在括号里点名的节目名（某某台消息（某某新闻）：）不作标题', () => {
		const page = lines(
			'首页',
			'某某新闻',
			'往期回顾',
			'某某县：冬闲变冬忙 技能培训助农增收',
			'分享到：',
			'某某台消息（某某新闻）：入冬以来，某某县组织农民参加电工、焊工、家政等技能培训，今年已培训两千余人次。',
			'参加培训的村民说，学会一门手艺，在家门口就能找到活干，收入比以前多了不少。',
		);
		const item = {
			title: '某某县：冬闲变冬忙 技能培训助农增收',
			paragraphs: page.slice(5).map((l) => l.text),
		};
		const rows = itemTitleRows(page, [item], model.window)[0]!;
		expect(rows.head.filter((_, k) => rows.names[k]).map((h) => h.text)).toEqual(['某某新闻']);
		expect(chooseWebTitles(page, [item], model)).toEqual(['某某县：冬闲变冬忙 技能培训助农增收']);
	});

	test('电子版的版面标签（第06版（县域经济））从不取代规则读出的标题', () => {
		const page = lines(
			'今天是：2024/ 05/ 08  某某日报电子版',
			'第06版（县域经济）',
			'',
			'冬闲变冬忙 技能培训助农增收',
			'入冬以来，某某县组织农民参加电工、焊工、家政等技能培训，今年已培训两千余人次。',
			'参加培训的村民说，学会一门手艺，在家门口就能找到活干，收入比以前多了不少。',
		);
		const item = {
			title: '冬闲变冬忙 技能培训助农增收',
			paragraphs: page.slice(4).map((l) => l.text),
		};
		const rows = itemTitleRows(page, [item], model.window)[0]!;
		expect(rows.head.filter((_, k) => rows.names[k]).map((h) => h.text)).toContain(
			'第06版（县域经济）',
		);
	});

	test('标题区只有一行候选时，取页面上印出的那一行，与模型逐行打分所选相同', () => {
		const page = lines(
			'某某镇 完成冬小麦播种三万亩',
			'10月20日，记者从某某镇农业服务中心获悉，全镇今年秋播冬小麦三万亩，已全部完成播种。',
			'镇农业服务中心组织农技人员分片包村，指导农户适墒播种，做好播后镇压和田间管理。',
		);
		const item = {
			title: '某某镇完成冬小麦播种三万亩',
			paragraphs: page.slice(1).map((l) => l.text),
		};
		const rows = itemTitleRows(page, [item], model.window)[0]!;
		expect(rows.head.map((h) => h.text)).toEqual(['某某镇 完成冬小麦播种三万亩']);
		const picked = rows.head[pickWebTitle(rows, model.boosted, model.margin, model.keepAbove)]!;
		expect(chooseWebTitles(page, [item], model)).toEqual([picked.text]);
		expect(picked.text).toBe('某某镇 完成冬小麦播种三万亩');
	});
});
