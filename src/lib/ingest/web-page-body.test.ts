import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// The body of a saved web page that holds one article: what after its last paragraph opens no
// story, whatever its wording.

/** A county portal's top lines, the headline, its fields line and the text's first paragraph. */
const SITE_HEAD = [
	'某某县人民政府门户网站',
	'首页 | 新闻中心 | 政务公开 | 互动交流',
	'全县冬春水利建设全面铺开',
	'发布时间：2021-11-20 09:30　来源：某某县水利局',
	'某某县水利局讯 入冬以来，全县上下抢抓农时，集中力量推进冬春农田水利基本建设，一批塘坝、渠系工程相继开工。',
];

describe('只有一篇文章的网页', () => {
	test('正文后孤零零的电头（只带记者署名、后面没有正文）不另起一篇，记者署名下的小标题和各段仍归本文', () => {
		const items = itemsOf([
			...SITE_HEAD,
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩。',
			'多方筹资保投入',
			'本报记者 某某某',
			'县财政统筹整合涉农资金三千余万元，优先保障小型水利工程建设，同时引导村集体和种植大户投工投劳。',
			'各乡镇成立工作专班，实行挂图作战，每周调度工程进度，确保工程在明年春耕前全部完工并投入使用。',
			'本网讯（记者 某某某）',
			'上一篇：全县召开秋冬季安全生产会议',
			'主办单位：某某县人民政府办公室',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs.join('\n')).toContain('各乡镇成立工作专班');
	});

	test('正文后一行被删的家具之下只剩一串短行（账号名、列表头和几条标题，有的带逗号问号）：都是链接，不是正文', () => {
		const items = itemsOf([
			...SITE_HEAD,
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩。',
			'浏览次数：2046',
			'某某县融媒视频号',
			'大家都在读',
			'秋收秋种进度过半，农机作业忙',
			'农村饮水安全工程建成以后，究竟该如何长效管护？',
			'主办单位：某某县人民政府办公室',
		]);
		expect(items).toHaveLength(1);
		const text = items[0]!.paragraphs.join('\n');
		expect(text).toContain('新增和改善灌溉面积两万亩');
		for (const line of [
			'某某县融媒视频号',
			'大家都在读',
			'农村饮水安全工程建成以后，究竟该如何长效管护？',
		])
			expect(text).not.toContain(line);
	});

	test('以“扫码”“扫一扫”开头的长段正文不是扫码提示', () => {
		const paragraph =
			'扫一扫场所码就能进出农贸市场，这样的做法让防控更加精准，也让居民少排队、少登记，商户们普遍叫好。';
		const [a] = itemsOf([
			...SITE_HEAD,
			paragraph,
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩。',
		]);
		expect(a?.paragraphs).toContain(paragraph);
	});

	test('标题下只有发布者和带钟点的发布时间（后面跟着订阅按钮，不成字段行）的网页也只有一篇：各节的引题、标题和记者署名不另起一篇', () => {
		const items = itemsOf([
			'某某县人民政府门户网站',
			'首页 | 新闻中心 | 政务公开 | 互动交流',
			'守护一方安澜（基层一线）',
			'某某县水利局',
			'2021/07/12 08时40分 ＋订阅',
			'汛期到来，全县基层干部坚守防汛一线，巡堤查险、转移群众，筑起安全防线。',
			'某某镇水利站站长张某某——',
			'“堤坝不修好，夜里睡不踏实”',
			'本报记者 李某某',
			'连日降雨，河水上涨。张某某带着巡查队沿河堤一段一段查看，发现渗水点便立即组织抢护。',
			'“只要雨不停，我们就不能撤。”张某某说，巡查队已连续工作十多天。',
			'某某村党支部书记王某某——',
			'“先把老人孩子转移出去”',
			'本报记者 赵某某',
			'接到预警后，王某某挨家挨户敲门，把住在低洼处的二十多户村民转移到安置点。',
			'安置点里，热饭热水、被褥药品一应俱全，村民们情绪稳定。',
			'主办单位：某某县人民政府办公室',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs.join('\n')).toContain('安置点里');
	});

	test('两段正文之间、由两句话组成的一段，提到“微信公众号”也是正文', () => {
		const paragraph =
			'去年冬天，村里的灌溉渠堵了。村民老周在县融媒体中心的微信公众号上留言，第二天就有人来查看。';
		const [a] = itemsOf([
			...SITE_HEAD,
			paragraph,
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩。',
		]);
		expect(a?.paragraphs).toContain(paragraph);
	});

	test('正文后的标签行（键在方括号里或带冒号，键前可有“文章”“相关”等词，跟在分页条后也一样）是家具', () => {
		const items = itemsOf([
			...SITE_HEAD,
			'上一页 1/2 下一页',
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩。',
			'上一页 2/2 下一页',
			'〔主题词〕农田水利，冬春修，乡村振兴',
			'文章关键字：水利；冬修',
			'主办单位：某某县人民政府办公室',
		]);
		expect(items).toHaveLength(1);
		const text = items[0]!.paragraphs.join('\n');
		expect(text).toContain('新增和改善灌溉面积两万亩');
		expect(text).not.toMatch(/主题词|关键字/);
	});

	test('正文后一个标签（带方括号或不带）领着几行键值（值长也一样）的服务框是家具，正文末尾的署名留下', () => {
		const last =
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩。';
		for (const label of ['【便民服务】', '办事须知'])
			expect(
				itemsOf([
					...SITE_HEAD,
					last,
					'（记者 某某某）',
					label,
					'受理地点：某某县政务服务中心一楼综合窗口，节假日照常受理（春节除外）',
					'联系电话：0000-1234567',
				])[0]!.paragraphs.slice(-2),
			).toEqual([last, '（记者 某某某）']);
	});
});
