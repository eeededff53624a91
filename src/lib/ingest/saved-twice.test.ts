import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// A page saved twice into one file: the same page again under itself, or its mobile copy under the
// desktop one. A reader keeps one copy; a file that quotes a paragraph twice is left whole.

const BODY = [
	'某某县融媒体中心讯 5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各乡镇要加强巡山护林，严格野外用火管理，落实网格化巡护制度，确保全县森林资源安全。',
	'会议强调，要加强应急队伍建设，储备扑火物资，做到早发现、早报告、早处置，坚决防止小火酿成大灾。',
];

const DESKTOP = [
	'某某县人民政府门户网站',
	'首页　政务公开　政务服务　互动交流',
	'您所在的位置：首页 > 政务动态 > 本地要闻',
	'某某县召开春季森林防火工作推进会',
	'日期：2023-05-08　来源：某某县应急管理局',
	'【字号：大 中 小】',
	'',
	...BODY.flatMap((p) => ['\u3000\u3000' + p, '']),
	'责任编辑：王某',
	'〈上一篇〉某某县开展安全生产大检查',
	'〈下一篇〉某某县举行植树节义务植树活动',
	'主办单位：某某县人民政府办公室　网站标识码：1234000001',
];

describe('同一页存了两遍', () => {
	test('整页再存一遍：一篇，标题不是翻页链接，正文只一份', () => {
		const items = itemsOf([...DESKTOP, '', ...DESKTOP]);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2023-05-08',
			paragraphs: BODY,
		});
	});

	test('桌面版下接手机版：一篇，标题不是翻页链接，正文只一份', () => {
		const items = itemsOf([
			...DESKTOP,
			'',
			'某某县人民政府 手机版',
			'某某县召开春季森林防火工作推进会',
			'来源：某某县应急管理局　2023-05-08',
			...BODY,
			'打开APP 阅读体验更佳',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2023-05-08',
			paragraphs: BODY,
		});
	});

	test('只重复一段引语的文章不算存了两遍', () => {
		const quote = '“绿水青山就是金山银山，守护好森林资源就是守护好全县人民的生态家园和发展根基。”';
		const items = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'发布时间：2023-05-08 10:21',
			BODY[0]!,
			quote,
			BODY[1]!,
			BODY[2]!,
			'与会人员表示，要牢记这句话：',
			quote,
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs.filter((p) => p === quote)).toHaveLength(2);
	});
});
