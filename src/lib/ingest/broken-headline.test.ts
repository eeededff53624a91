import { describe, expect, test } from 'vitest';
import { joinBrokenHeadlines } from './broken-headline.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// A long headline broken over two lines (an editor's line break, a narrow title box) is one title.

const page = (upper: string, lower: string) => [
	'首页 | 政务公开 | 新闻中心 | 互动交流',
	'当前位置：首页 > 新闻中心',
	upper,
	lower,
	'发布时间：2024-05-08 来源：某某县融媒体中心',
	...LEAD,
];

describe('断成两行的标题', () => {
	test('上一行停在逗号或顿号上：两行是一个标题', () => {
		const items = itemsOf(page('某某县召开春季森林防火工作推进会，', '压实乡镇和部门责任'));
		expect(items.map((a) => a.title)).toEqual([
			'某某县召开春季森林防火工作推进会，压实乡镇和部门责任',
		]);
	});

	test('上一行留着没合上的书名号', () => {
		const items = itemsOf(page('某某县印发《森林防火', '工作实施方案》'));
		expect(items.map((a) => a.title)).toEqual(['某某县印发《森林防火工作实施方案》']);
	});

	test('下一行只剩括号里的一个字和右括号：两行是一个标题', () => {
		const items = itemsOf(page('守护好一方青山绿水（声', '音）'));
		expect(items.map((a) => a.title)).toEqual(['守护好一方青山绿水（声音）']);
	});

	test('方括号里的栏目名单独一行，接在标题前', () => {
		const items = itemsOf(page('【春季防火进行时】', '某某县部署森林防火工作'));
		expect(items.map((a) => a.title)).toEqual(['【春季防火进行时】某某县部署森林防火工作']);
	});

	test('正文里连着印出断开处两边的字：两行是一个标题', () => {
		const items = itemsOf(page('某某县召开春季森林', '防火工作推进会'));
		expect(items.map((a) => a.title)).toEqual(['某某县召开春季森林防火工作推进会']);
	});

	test('标题框宽度断开，下一行只剩两个字而正文印着这两个字：两行是一个标题', () => {
		const items = itemsOf(page('某某县召开春季森林防火工作推进', '会议'));
		expect(items.map((a) => a.title)).toEqual(['某某县召开春季森林防火工作推进会议']);
	});

	test('标题框在一个词中间断开（森林防|火），下一行更长：两行是一个标题', () => {
		const items = itemsOf(page('某某县召开春季森林防', '火工作推进会部署下一阶段重点任务'));
		expect(items.map((a) => a.title)).toEqual([
			'某某县召开春季森林防火工作推进会部署下一阶段重点任务',
		]);
	});

	test('在词中间断开，下一行是带破折号副题的长句：两行是一个标题', () => {
		const lower =
			'火责任压实到每一片山林——某某县召开春季森林防火工作推进会部署下一阶段森林防火重点任务';
		expect(lower.length).toBeGreaterThan(40);
		const items = itemsOf(page('把森林防', lower));
		expect(items.map((a) => a.title)).toEqual([`把森林防${lower}`]);
	});

	test('引题在自己的词上结束，下一行的主题更长：不合并', () => {
		const lines = [
			{ text: '春季防火不松懈', line: 1 },
			{ text: '某某县召开森林防火工作推进会部署重点任务', line: 2 },
			...LEAD.map((text, i) => ({ text, line: 3 + i })),
		];
		expect(joinBrokenHeadlines(lines).map((l) => l.text)).toEqual(lines.map((l) => l.text));
		// Read joined, `文采` runs across the break, a word the text never prints: a kicker over its title.
		const pun = [
			{ text: '某某县水务局发文', line: 1 },
			{ text: '采砂须持证并纳入河长制考核体系', line: 2 },
			...LEAD.map((text, i) => ({ text, line: 3 + i })),
		];
		expect(joinBrokenHeadlines(pun).map((l) => l.text)).toEqual(pun.map((l) => l.text));
	});

	test('图片说明或署名下的短行不接上去', () => {
		const credit = [
			{ text: '图片由某某县融媒体中心提供', line: 1 },
			{ text: '会议', line: 2 },
			...LEAD.map((text, i) => ({ text, line: 3 + i })),
		];
		expect(joinBrokenHeadlines(credit)).toHaveLength(credit.length);
	});

	// A kicker or a subtitle is a phrase of its own, longer than three characters; a writer's
	// name stands under a headline with its key or its byline's words.
	test('标题框宽度断开，下一行只剩三个字、紧接着就是日期来源行：两行是一个标题', () => {
		const items = itemsOf(page('某某县红色经典读书会带给读者新收获', '新体验'));
		expect(items.map((a) => a.title)).toEqual(['某某县红色经典读书会带给读者新收获新体验']);
		const two = itemsOf(page('2024年某某县经济运行稳中', '有进'));
		expect(two.map((a) => a.title)).toEqual(['2024年某某县经济运行稳中有进']);
	});

	// A record's 标题 field, a share poster or the browser's title prints the headline whole.
	test('页面别处印着两行连起来的整个标题：两行是一个标题', () => {
		const lines = [
			'标题：某某县部署春季森林防火 压实乡镇和部门责任',
			'某某县部署春季森林防火',
			'压实乡镇和部门责任',
			'发布时间：2024-05-08 来源：某某县融媒体中心',
			...LEAD,
		].map((text, i) => ({ text, line: i }));
		expect(joinBrokenHeadlines(lines).map((l) => l.text)).toContain(
			'某某县部署春季森林防火 压实乡镇和部门责任',
		);
	});

	test('标题下单独一行的三个字在无键名的“账号 日期”行上，是作者名：不合并', () => {
		const items = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'王兰英',
			'某某县融媒体中心　2024-05-08 10:41',
			...LEAD,
		]);
		expect(items.map((a) => a.title)).toEqual(['某某县召开春季森林防火工作推进会']);
	});

	test('引题和主题各自成句，正文不连着印出：不合并', () => {
		const lines = [
			{ text: '守护绿水青山', line: 1 },
			{ text: '某某县部署森林防火工作', line: 2 },
			...LEAD.map((text, i) => ({ text, line: 3 + i })),
		];
		expect(joinBrokenHeadlines(lines).map((l) => l.text)).toEqual(lines.map((l) => l.text));
	});

	test('中间隔着空行的两行、以冒号结束的引题不合并', () => {
		const apart = [
			{ text: '某某县召开春季森林防火工作推进会，', line: 1 },
			{ text: '压实乡镇和部门责任', line: 3 },
			...LEAD.map((text, i) => ({ text, line: 4 + i })),
		];
		expect(joinBrokenHeadlines(apart)).toHaveLength(apart.length);
		const colon = [
			{ text: '某某县应急管理局：', line: 1 },
			{ text: '春季森林防火要压实责任', line: 2 },
			...LEAD.map((text, i) => ({ text, line: 3 + i })),
		];
		expect(joinBrokenHeadlines(colon)).toHaveLength(colon.length);
	});
});

// An e-paper page prints its kickers and subtitles on lines of their own, but its title box breaks
// a long headline as narrowly as a portal's: a fragment of two characters the text prints, or a
// bracket left open and closed on the next line, is still the headline's end.
describe('电子报版面上断成两行的标题', () => {
	const epaper = (upper: string, lower: string) => [
		'某某日报·数字版　本期日期：2024．5．9',
		'第 03 版：县域·乡镇',
		'上一版　下一版　返回目录',
		'',
		upper,
		lower,
		'记者　王某某　通讯员　李某某',
		...LEAD,
	];

	test('下一行只剩正文印着的两个字：两行是一个标题', () => {
		const items = itemsOf(epaper('某某县召开春季森林防火工作推进', '会议'));
		expect(items.map((a) => a.title)).toEqual(['某某县召开春季森林防火工作推进会议']);
	});

	test('标题下单独一行的两个字是文中方框的标题（“回信”），后面没有署名：不合并', () => {
		const lines = [
			{ text: '某某县领导回信勉励返乡创业青年', line: 1 },
			{ text: '回信', line: 2 },
			{
				text: '返乡创业的青年朋友们：来信收到了，得知你们在家乡办起合作社，带动乡亲们增收，我很高兴。',
				line: 3,
			},
			...LEAD.map((text, i) => ({ text, line: 4 + i })),
		];
		expect(joinBrokenHeadlines(lines, true).map((l) => l.text)).toEqual(lines.map((l) => l.text));
	});

	test('标题下单独一行的两个字是文中方框的标题（“回信”），后面没有署名：不合并', () => {
		const lines = [
			{ text: '某某县领导回信勉励返乡创业青年', line: 1 },
			{ text: '回信', line: 2 },
			{
				text: '返乡创业的青年朋友们：来信收到了，得知你们在家乡办起合作社，带动乡亲们增收，特此回信表示祝贺。',
				line: 3,
			},
			...LEAD.map((text, i) => ({ text, line: 4 + i })),
		];
		expect(joinBrokenHeadlines(lines, true).map((l) => l.text)).toEqual(lines.map((l) => l.text));
	});

	test('引题和主题各自一行：不合并', () => {
		const items = itemsOf(epaper('守护绿水青山', '某某县部署春季森林防火工作'));
		expect(items.map((a) => a.title)).toEqual(['某某县部署春季森林防火工作']);
	});
});
