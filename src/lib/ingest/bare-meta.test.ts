import { describe, expect, test } from 'vitest';
import { extractArticles } from './extract-articles.ts';
import { furniture, itemsOf } from './web-test-page.ts';

// Meta lines printed without keys, read by where they stand in the page's head (`bare-meta.ts`).

const BODY = [
	'5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
];

describe('标题旁不带标签的日期与发布者', () => {
	test('标题下单独一行、括在圆括号里的日期是网页的日期', () => {
		const [a] = itemsOf([
			'某某县人民政府网',
			'首页 > 新闻中心 > 部门动态',
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局',
			'（2024-05-08）',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某县应急管理局' });
	});

	test('浏览器标题在页顶重复标题时，正文上方括号里的日期和旁边的发布者仍是网页的', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会--某某县人民政府网',
			'繁体版 | 无障碍',
			'【部门动态】',
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局',
			'（2024-05-08）',
			'字号：大 | 中 | 小',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某县应急管理局' });
	});

	test('汉字数字的日期和星期后跟发布者：日期和来源', () => {
		const [a] = itemsOf([
			'某某县人民政府网',
			'首页 → 部门动态 → 正文',
			'二〇二四年五月八日　星期三  某某县应急管理局',
			'某某县召开春季森林防火工作推进会',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某县应急管理局' });
	});
});

test('电子报版头（日期加版次）旁单独一行的报名是来源', () => {
	const [a] = itemsOf([
		'某某市日报农村版',
		'[2024-05-08] 第04版',
		'版面导航 第04版 综合新闻',
		'某某县召开春季森林防火工作推进会',
		'记者　王某　李某',
		...BODY,
	]);
	expect(a).toMatchObject({ date: '2024-05-08', source: '某某市日报农村版' });
});

test('自治县的报名超过十二个字，版头旁单独一行也是来源', () => {
	const [a] = itemsOf([
		'某某族某某族某某族自治县日报社',
		'2024–05–08 第07版',
		'版面导航 第07版 综合新闻',
		'某某县召开春季森林防火工作推进会',
		'记者　王某　李某',
		...BODY,
	]);
	expect(a).toMatchObject({ date: '2024-05-08', source: '某某族某某族某某族自治县日报社' });
});

test('讲话标题下单独一行括号里的日期是讲话的日期，标题仍是标题', () => {
	const lines = [
		'在某某县春季森林防火工作会议上的讲话',
		'（2024年5月8日）',
		'同志们，朋友们：',
		'首先，我代表县委、县政府，向奋战在一线的护林员致以诚挚的问候！',
		'2023年，是全面贯彻党的二十大精神的开局之年，全县干部群众团结奋斗，各项事业取得新成效。',
		'同志们、朋友们！',
		'各乡镇要加强巡山护林，严格野外用火管理，把各项措施落到实处，确保山林安全。',
	];
	const [a] = extractArticles(
		{ path: 'rmrb-2024-05-09-p02.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture },
	).articles;
	expect(a?.title).toBe('在某某县春季森林防火工作会议上的讲话');
});
