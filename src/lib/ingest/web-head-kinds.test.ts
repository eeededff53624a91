import { describe, expect, test } from 'vitest';
import { joinFieldRows } from './field-rows.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// The head of a local page in printings the earlier tests do not cover: a body signing with both
// its nameplates, a bare button to the next page over the page's own headline.

describe('一个机构两块牌子', () => {
	test('“某某县融媒体中心（某某县广播电视台）”整个是来源', () => {
		expect(isPublisherName('某某县融媒体中心（某某县广播电视台）')).toBe(true);
		expect(
			readPageMetaLine('来源：某某县融媒体中心（某某县广播电视台）　发布时间：2024-05-08'),
		).toMatchObject({
			source: '某某县融媒体中心（某某县广播电视台）',
			date: '2024-05-08',
		});
		expect(
			readPageMetaLine('某某县融媒体中心（某某县广播电视台） 2024年5月8日 10:20'),
		).toMatchObject({
			source: '某某县融媒体中心（某某县广播电视台）',
			date: '2024-05-08',
		});
	});

	test('括号里不是机构名的，不算第二块牌子', () => {
		expect(isPublisherName('某某日报（海外版）')).toBe(false);
		expect(readPageMetaLine('来源：新华社（记者 张某某）　2024-05-08')?.source).toBe('新华社');
		expect(readPageMetaLine('来源：某某日报(第3版)　2024-05-08')?.source).toBe('某某日报');
	});
});

describe('孤立的“下一篇”按钮', () => {
	test('按钮下空一行的是本页标题，不是下一篇的标题', () => {
		const [a] = itemsOf([
			'某某日报　2024 . 05 . 08　第3期',
			'返回目录',
			'下一篇',
			'',
			'某某县召开春季森林防火工作推进会',
			...LEAD,
		]);
		expect(a?.title).toBe('某某县召开春季森林防火工作推进会');
	});

	test('紧跟在“下一篇”下面的是另一篇的标题', () => {
		const items = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08',
			...LEAD,
			'下一篇',
			'某某县开展防汛应急演练',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]?.paragraphs).toEqual(LEAD);
	});
});

describe('字段表：一行键，下一行值', () => {
	const rows = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

	test('“来源	日期	点击”下面一行是各自的值', () => {
		expect(
			joinFieldRows(
				rows('来源\t日期\t点击', '某某县融媒体中心\t2024年05月08日 10:20 星期三\t1234'),
			),
		).toEqual([
			{ text: '来源：某某县融媒体中心  日期：2024年05月08日 10:20 星期三  点击：1234', line: 1 },
		]);
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'发布单位　　发布时间　　浏览次数',
			'某某县应急管理局　　2024-05-08 10:20　　321',
			...LEAD,
		]);
		expect(a).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2024-05-08',
			source: '某某县应急管理局',
		});
	});

	test('值的形状不合，或不是字段键的一行，不合并', () => {
		const menu = rows('首页\t新闻\t公开', '某某县召开会议\t2024-05-08\t12');
		expect(joinFieldRows(menu)).toEqual(menu);
		const wrong = rows('来源\t日期', '今年以来\t全县新增就业岗位');
		expect(joinFieldRows(wrong)).toEqual(wrong);
		const short = rows('来源\t日期\t点击', '某某县融媒体中心\t2024-05-08');
		expect(joinFieldRows(short)).toEqual(short);
	});
});

describe('公众号文章头：点号隔开的账号、时间、属地', () => {
	test('“账号 · 时间 · 省份”读出来源和日期', () => {
		expect(readPageMetaLine('某某县财政局 · 2024年03月05日 18:00 · 江西')).toMatchObject({
			source: '某某县财政局',
			date: '2024-03-05',
		});
	});

	test('“作者 · 时间 · 省份”只读出日期，来源是上一行的账号', () => {
		expect(readPageMetaLine('张某某 · 2024-03-05 18:00 · 湖南')).toEqual({
			kind: 'fields',
			date: '2024-03-05',
		});
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局',
			'张某某 · 2024-03-05 18:00 · 湖南',
			...LEAD,
		]);
		expect(a).toMatchObject({ date: '2024-03-05', source: '某某县应急管理局' });
	});

	test('两块牌子的账号，原创标记和作者在前', () => {
		expect(
			readPageMetaLine('原创 张某某 某某县融媒体中心（某某县广播电视台） 2024年3月5日 18:00 湖南'),
		).toMatchObject({ source: '某某县融媒体中心（某某县广播电视台）', date: '2024-03-05' });
	});
});

describe('置顶、星标公众号的提示', () => {
	test('“置顶★某某发布，不错过每一条消息”是附件，不是标题', () => {
		expect(isShapeFurniture('置顶★某某县发布，不错过每一条重要消息')).toBe(true);
		expect(isShapeFurniture('设为星标，第一时间获取最新推送')).toBe(true);
		expect(isShapeFurniture('某某县置顶推进重点项目建设')).toBe(false);
		expect(isShapeFurniture('戳上方「某某县发布」，设为星标不迷路')).toBe(true);
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08　来源：某某县应急管理局',
			'【打印】【关闭】',
			'置顶★某某县发布，不错过每一条重要消息',
			'',
			...LEAD,
		]);
		expect(a).toMatchObject({ title: '某某县召开春季森林防火工作推进会', paragraphs: LEAD });
	});
});

describe('电子报按钮后面的报头', () => {
	test('“往期回顾 ▾ 日期 报名”是报纸的出版日期和报名，胜过转载稿电头', () => {
		const [a] = itemsOf([
			'往期回顾 ▾ 2024-05-08 某某日报',
			'',
			'国务院常务会议部署春季农业生产工作',
			'新华社北京5月7日电 国务院总理主持召开国务院常务会议，部署春季农业生产工作，要求各地抓好粮食生产。',
			'会议指出，要稳定粮食播种面积，加强农田水利建设，确保夏粮丰收。',
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某日报' });
	});
});

describe('以破折号结尾的引题', () => {
	test('破折号后的下一行是标题，哪怕它和正文共用的字很少', () => {
		const [a] = itemsOf([
			'某某县人民政府网',
			'某某县人民医院护士长王某某——',
			'“守好每一道门”（一线群英谱）',
			'来源：某某县卫生健康局　发布时间：2020-02-26',
			'　　2月19日一大早，某某县人民医院护士长王某某就来到隔离病区，逐一检查防护物资和消毒流程。',
			'　　从医27年的王某某，长期负责医院的感染控制工作，护士们都说某某县人民医院的护士长最细心。',
		]);
		expect(a?.title).toBe('“守好每一道门”（一线群英谱）');
	});
});
