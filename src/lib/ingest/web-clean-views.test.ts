import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// Bodies of pages in views the rules were not written on: the desk's credits, a platform's
// disclaimer, scan prompts, an account's greeting and reading-time notice are no text.

describe('没见过的页面视图里的正文', () => {
	test('编辑署名行、平台免责声明、扫码提示、关注问候和阅读时长提示都不进正文', () => {
		const furniture = [
			'［编辑：张三］',
			'值班编辑 李四 / 审签 王五',
			'特别声明：本文为某某自媒体平台“某某号”作者上传并发布，仅代表该作者观点。某某仅提供信息发布平台。',
			'用手机扫码，随时随地阅读',
			'Hi～欢迎关注某某县融媒！',
			'温馨提示：本文阅读约需3分钟',
		];
		const [item, ...rest] = itemsOf([
			'某某县新闻网 > 本地要闻',
			'某某县部署春季森林防火工作',
			'发布时间：2024-05-08 09:30 来源：某某县融媒体中心',
			...LEAD,
			...furniture,
		]);
		expect(rest).toEqual([]);
		expect(item?.paragraphs).toEqual(LEAD);
	});

	test('正文里说到扫码、编辑和关注的句子留下', () => {
		const text = [
			'群众用手机扫码即可预约办理，全县已有二十个服务网点开通这项业务。',
			'编辑部的同志们深入一线采访，记录下春耕时节的忙碌景象。',
		];
		const [item] = itemsOf([
			'某某县新闻网 > 本地要闻',
			'某某县部署春季森林防火工作',
			'发布时间：2024-05-08 09:30 来源：某某县融媒体中心',
			...LEAD,
			...text,
		]);
		expect(item?.paragraphs).toEqual([...LEAD, ...text]);
	});

	test('页脚的版权行（站名后空一格的版权所有、（c））和分享栏、纠错链接不进正文', () => {
		const [item] = itemsOf([
			'某某县政务服务网 手机版｜微信｜无障碍',
			'某某县部署春季森林防火工作',
			...LEAD,
			'分享至 >',
			'点赞 · 在看 · 留言',
			'某某县人民政府办公室网站 版权所有 未经许可不得转载',
			'政府网站找错',
			'（c）2024 某某县融媒体中心',
		]);
		expect(item?.paragraphs).toEqual(LEAD);
	});

	test.each([['△ 图片来源：某某日报'], ['△ 资料图片 来源：某某日报']])(
		'电子报稿件中间的图片来源一行（%s）不把稿件断成两篇',
		(credit) => {
			const items = itemsOf([
				'某某日报 数字报',
				'2024年05月08日 星期三',
				'第 03 版：要闻',
				'某某县部署春季森林防火工作',
				LEAD[0]!,
				credit,
				LEAD[1]!,
				'各乡镇随即召开专题会议，逐村逐户排查火灾隐患，落实护林员巡查责任，确保不留死角。',
			]);
			expect(items.map((a) => a.title)).toEqual(['某某县部署春季森林防火工作']);
			expect(items[0]?.paragraphs).toHaveLength(3);
		},
	);

	test('电子报版面末尾不带冒号、只用空格隔开的“岗位 姓名”一行（本版统筹 某某　文字编辑 某某）不进正文', () => {
		const WIRE = [
			'新华社长沙5月8日电 记者从省农业农村厅获悉，截至目前，全省春播粮食作物进度过半，比去年同期略快。',
			'省农业农村厅有关负责人表示，将组织农技人员下沉一线，指导农民科学播种。',
		];
		const desk = '本版统筹 亓官明　文字编辑 仉磊　版式 逄一凡';
		const paper = ['某某日报 数字报', '2024年05月08日 星期三', '第 03 版：要闻'];
		// With its masthead or without (a copy of the page's story area alone).
		for (const head of [paper, []]) {
			const items = itemsOf([...head, '全省春播进度过半', ...WIRE, desk]);
			expect(items.map((a) => a.paragraphs)).toEqual([WIRE]);
		}
	});
});
