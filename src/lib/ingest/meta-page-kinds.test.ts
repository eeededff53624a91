import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// Where the date and source stand on kinds of page a saved text brings in: a fields line set off
// by bars with no key at all, the lines a news app's share page or a two-column page prints, a
// WeChat copy whose account only reposted the text.

const HEAD = ['某某县人民政府门户网站', '首页 | 政务公开 | 政务服务 | 互动交流'];
const TITLE = '某某县召开春季森林防火工作推进会';

describe('不带键的字段行', () => {
	test('“日期 | 发布单位 | 阅读量 N”整行都是字段，不是工具栏', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			'2023·8·10　|　某某县应急管理局　|　阅读量 1200',
			...LEAD,
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2023-08-10', source: '某某县应急管理局' });
	});
});

describe('打印页眉的时间', () => {
	test('打印页眉页脚的时间（页脚连着网址）不顶替“发布时间：”字段的日期', () => {
		const [a] = itemsOf([
			'2024/3/5 16:20',
			'某某县人民政府网',
			'政策解读',
			TITLE,
			'发布者：某某县应急管理局  发布时间：2023.08.10  09:30:12  访问量：1024',
			...LEAD,
			'',
			'http://www.example.gov.cn/art/2023/8/10/art_1_1.html　2024/3/5 16:20',
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2023-08-10', source: '某某县应急管理局' });
	});
});

describe('微信公众号的发布者', () => {
	test('企业、学校、医院的公众号名也是发布者，“原创”可在时间之后', () => {
		expect(readPageMetaLine('国网某某县供电公司　2024年9月12日 14:03')).toMatchObject({
			date: '2024-09-12',
			source: '国网某某县供电公司',
		});
		expect(readPageMetaLine('某某县人民医院 2019年10月15日 12:51 原创')).toMatchObject({
			date: '2019-10-15',
			source: '某某县人民医院',
		});
		expect(readPageMetaLine('某某县第一中学 2019-10-15 12:51')?.source).toBe('某某县第一中学');
	});

	test('只转发的公众号名让位于文末的来源、“文字｜某某日报”', () => {
		const body = LEAD.flatMap((p) => [p, '']);
		const [a] = itemsOf([
			TITLE,
			'某某县民政局　2023-06-14 18:33',
			'',
			...body,
			'来源：某某日报',
			'编辑：王某',
		]);
		expect(a).toMatchObject({ date: '2023-06-14', source: '某某日报' });
		const [b] = itemsOf([
			TITLE,
			'某某县民政局 2023-06-14 18:33',
			'',
			...body,
			'文字｜某某日报',
			'编辑｜王某',
		]);
		expect(b).toMatchObject({ date: '2023-06-14', source: '某某日报' });
		// 文字 crediting a person names no source.
		expect(readPageMetaLine('文字｜王某某')?.source).toBeUndefined();
	});
});

describe('两栏页面：日期和发布单位在正文之后的侧栏里', () => {
	test('正文后单独一行的发布单位和下一行的日期是页面的来源和日期', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			...LEAD,
			'某某县应急管理局',
			'2023-08-10 09:30',
			'字号　大 中 小',
			'打印本页',
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2023-08-10', source: '某某县应急管理局' });
	});

	test('键和值分行的侧栏：发布单位是节目名也照读', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			...LEAD,
			'发布单位',
			'央视《新闻联播》',
			'发布时间',
			'2023年01月13日  星期五',
		]);
		expect(a).toMatchObject({ date: '2023-01-13', source: '央视《新闻联播》' });
	});

	test('相关文章列表之后的带键字段侧栏结束列表，读作页面的来源和日期', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			...LEAD,
			'热门推荐',
			'某某县开展安全生产大检查 2023/07/02',
			'某某镇召开防汛工作会议 2023-06-18 10:05',
			'【信息属性】',
			'来源：某某县应急管理局',
			'日期：2023年08月10日  星期四',
			'',
			'热门文章排行',
			'某某县举办农民丰收节活动',
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2023-08-10', source: '某某县应急管理局' });
		expect(a!.paragraphs).toEqual(LEAD);
	});

	test('几篇带电头的稿件，末篇后的落款不是侧栏，页面仍是几篇', () => {
		const items = itemsOf([
			'某某县春耕生产有序推进',
			'本报讯 连日来，某某县抢抓农时，组织农技人员深入田间地头指导春耕，全县已完成春播面积5万亩。',
			'该县还落实耕地地力保护补贴，调动农民种粮积极性，保障粮食生产稳定。',
			'某某镇开展森林防火演练',
			'本报讯 3月8日，某某镇组织干部群众开展森林防火应急演练，检验扑火队伍的快速反应能力。',
			'演练模拟山林起火，扑火队员迅速集结，分组扑救，半小时内控制火情。',
			'某某县应急管理局',
			'2021年3月9日',
		]);
		expect(items).toHaveLength(2);
	});

	test('标题下已有字段行时，正文后的落款不改来源', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			'来源：某某县融媒体中心　发布时间：2023-08-11 10:00',
			...LEAD,
			'某某县应急管理局',
			'2023年8月10日',
		]);
		expect(a).toMatchObject({ date: '2023-08-11', source: '某某县融媒体中心' });
	});
});

describe('公众号的其他印法', () => {
	test('“原创 作者 公众号”一行，下一行是时间和省份', () => {
		const body = LEAD.flatMap((p) => [p, '']);
		const [a] = itemsOf([
			TITLE,
			'原创 某某县民政局 某某县民政局',
			'2023年2月13日 10:28 四川',
			'',
			...body,
		]);
		expect(a).toMatchObject({ date: '2023-02-13', source: '某某县民政局' });
	});

	test('来源后的“公众号”“官方微信”是渠道，不是名字的一部分', () => {
		expect(readPageMetaLine('来源：某某日报公众号')?.source).toBe('某某日报');
		expect(readPageMetaLine('来源：某某县融媒体中心官方微信')?.source).toBe('某某县融媒体中心');
	});
});
