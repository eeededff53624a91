import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { readPageMetaLine } from './page-meta.ts';

// The common printings of a page's date and source that differ from `键：值`: a date standing bare
// between labelled fields, a fields line in brackets, an e-paper masthead with its platform word,
// an e-paper's current-issue date over the paper's name.

describe('信息行的其他印法', () => {
	test('字段之间不带标签的日期是发布日期', () => {
		expect(
			readPageMetaLine('稿源：某某县农业农村局    2022/01/13 13:00    点击：2491'),
		).toMatchObject({ kind: 'fields', date: '2022-01-13', source: '某某县农业农村局' });
		expect(readPageMetaLine('来源：某某日报  2021年3月9日 星期二  浏览：120')).toMatchObject({
			date: '2021-03-09',
			source: '某某日报',
		});
		expect(readPageMetaLine('来源：某某日报    ２０２５.０５.０７ １４：２０')).toMatchObject({
			date: '2025-05-07',
		});
		// A date inside a source's name is no date field (`某某2021年会`), nor a sentence's date.
		expect(readPageMetaLine('来源：某某县2021年度报告编写组')?.date).toBeUndefined();
	});

	test('用间隔号或全角句点分隔的日期照样是发布日期', () => {
		expect(readPageMetaLine('发布时间：2022·04·22　来源：某某日报　浏览：120次')).toMatchObject({
			date: '2022-04-22',
			source: '某某日报',
		});
		expect(readPageMetaLine('[ 来源：某某县气象局 ]  [ 发布时间：２０２５·12·04 ]')).toMatchObject({
			date: '2025-12-04',
			source: '某某县气象局',
		});
		expect(readPageMetaLine('2024．5．16　|　某某日报　|　阅读量 1200')).toMatchObject({
			date: '2024-05-16',
			source: '某某日报',
		});
	});

	test('方括号括住的一行字段', () => {
		expect(
			readPageMetaLine('[ 作者：王某某   来源：某某市融媒体中心   发表时间：2024.8.1 ]'),
		).toMatchObject({ kind: 'fields', date: '2024-08-01', source: '某某市融媒体中心' });
		expect(readPageMetaLine('【 来源：某某日报   发布时间：2023年5月2日 星期二 】')).toMatchObject({
			date: '2023-05-02',
			source: '某某日报',
		});
	});

	test('报名与“数字报刊平台”之间有空格的报头', () => {
		expect(readPageMetaLine('某某晨报 数字报刊平台  2024.8.27  星期二')).toEqual({
			kind: 'masthead',
			date: '2024-08-27',
			source: '某某晨报',
		});
		expect(readPageMetaLine('某某日报 电子版 2021-03-09')).toMatchObject({
			kind: 'masthead',
			source: '某某日报',
		});
	});

	test('版面标签旁的“当前日期”是报纸的出版日期，网站页头的不是', () => {
		expect(readPageMetaLine('当前日期：2019.2.19', true)).toMatchObject({ date: '2019-02-19' });
		expect(readPageMetaLine('当前日期：2019.2.19')).toBeUndefined();
	});
});

const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'epaper/article_2.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture: readPageFurniture() },
	).articles;

const STORIES = [
	[
		'某某县新建改建农村公路120公里',
		'新华社某某2月18日电 今年以来，某某县加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
		'县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点。',
	],
	[
		'家门口的卫生室有了坐诊医生',
		'本报讯 走进某某镇中心村卫生室，诊室、药房、观察室一应俱全，来自镇卫生院的医生每周在这里坐诊三天。',
		'镇卫生院与各村卫生室签订帮扶协议，药品统一配送，村民看病不用再往城里跑。',
	],
];

describe('电子报版面上每篇报道取报头的日期和报名', () => {
	test('“当前日期”加单独一行报名，再加版面标签', () => {
		const items = itemsOf([
			'当前日期：2019.2.19',
			'某某广播电视报',
			'【第12版 法治在线】',
			'',
			...STORIES[0]!,
			...STORIES[1]!,
		]);
		expect(items.map((a) => [a.title, a.date, a.source])).toEqual([
			[STORIES[0]![0], '2019-02-19', '某某广播电视报'],
			[STORIES[1]![0], '2019-02-19', '某某广播电视报'],
		]);
	});

	test('“报名 数字报刊平台 日期 星期”的报头不作标题', () => {
		const items = itemsOf([
			'某某晨报 数字报刊平台  2019.2.19  星期二',
			'县域观察 · 第08版',
			'',
			...STORIES[0]!,
			...STORIES[1]!,
		]);
		expect(items.map((a) => [a.title, a.date, a.source])).toEqual([
			[STORIES[0]![0], '2019-02-19', '某某晨报'],
			[STORIES[1]![0], '2019-02-19', '某某晨报'],
		]);
	});
});

test('正文不呼应标题时，正文上方不带标签的报名与日期仍是来源和日期', () => {
	const [a] = extractArticles(
		{
			path: 'site/info_3.txt',
			bytes: new TextEncoder().encode(
				[
					'某某县门户网（试运行）',
					'首页｜要闻动态｜信息公开｜在线办事｜互动回应',
					'您当前所在位置：首页 >> 政务动态 >> 工作动态',
					'邻国谋求走出低增长困局',
					'某某日报',
					'2020年01月21日',
					'【字体：大 中 小】',
					'新年伊始，该国总统在最大的民间经济团体发表讲话，表示将把扩大出口和吸引投资作为施政重点。',
					'据最新预测，今年该国经济将增长2.2%，央行也下调了经济增速预期，企业界普遍感到压力。',
				].join('\n'),
			),
		},
		{ furniture: readPageFurniture() },
	).articles;
	expect(a).toMatchObject({ date: '2020-01-21', source: '某某日报' });
});

describe('日期与来源的更多常见印法', () => {
	test('日期打头、竖线隔开的字段；方括号里单独的日期', () => {
		expect(readPageMetaLine('2024-05-01 10:00 | 来源：某某日报 | 作者：王某')).toMatchObject({
			date: '2024-05-01',
			source: '某某日报',
		});
		expect(readPageMetaLine('【 2024-05-01 】')).toMatchObject({ date: '2024-05-01' });
		expect(readPageMetaLine('[2024.05.01 10:20]')).toMatchObject({ date: '2024-05-01' });
	});

	test('源自、原载、首发、来自也是来源的键', () => {
		for (const key of ['源自', '原载', '首发', '来自'])
			expect(readPageMetaLine(`${key}：某某日报`)).toMatchObject({ source: '某某日报' });
	});

	test('发布单位名在前、字段在后', () => {
		expect(readPageMetaLine('某某县融媒体中心 发布于 2024-05-01 10:20')).toMatchObject({
			date: '2024-05-01',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('某某县融媒体中心 2024-05-01 10:20')).toMatchObject({
			date: '2024-05-01',
			source: '某某县融媒体中心',
		});
	});

	test('报头带期号、农历或“多媒体数字报刊”', () => {
		expect(readPageMetaLine('某某日报 第5678期 2024年5月1日 星期三')).toMatchObject({
			kind: 'masthead',
			date: '2024-05-01',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某晚报 2024年5月1日 星期三 农历三月廿三')).toMatchObject({
			date: '2024-05-01',
			source: '某某晚报',
		});
		expect(readPageMetaLine('某某日报多媒体数字报刊 2024-05-01')).toMatchObject({
			source: '某某日报',
		});
	});

	test('转载自、原载所说的原出处胜过转载网站自己的来源标注', () => {
		const [a] = extractArticles(
			{
				path: 'site/info_9.txt',
				bytes: new TextEncoder().encode(
					[
						'某某县新闻网',
						'首页 | 要闻 | 乡镇 | 部门',
						'全国春播粮食作物已完成六成',
						'发布时间：2024-05-01  来源：某某县新闻网',
						'农业农村部调度显示，截至4月30日，全国已春播粮食作物面积过六成，进度快于去年同期。',
						'各地抢抓农时，加快机械化播种，农资供应总体充足，价格基本稳定。',
						'（转载自：某某日报）',
					].join('\n'),
				),
			},
			{ furniture: readPageFurniture() },
		).articles;
		expect(a).toMatchObject({ date: '2024-05-01', source: '某某日报' });
	});
});

test('标题旁、报头里用汉字数字写的日期也是页面日期，正文末尾落款的日期不是', () => {
	const [a] = extractArticles(
		{
			path: 'site/info_12.txt',
			bytes: new TextEncoder().encode(
				[
					'某某县人民政府门户网站',
					'首页 | 政务公开 | 政务服务 | 互动交流',
					'某某县部署春季森林防火工作',
					'二〇二四年三月五日',
					'3月4日，某某县召开春季森林防火工作会议，部署清明前后森林防火各项工作。',
					'会议要求，各乡镇要落实网格化管理，加强野外用火管控，确保不发生重大森林火灾。',
					'某某县应急管理局',
					'二〇二四年三月四日',
				].join('\n'),
			),
		},
		{ furniture: readPageFurniture() },
	).articles;
	expect(a).toMatchObject({ date: '2024-03-05' });
	expect(readPageMetaLine('某某日报 二〇二四年五月一日 星期三', true)).toMatchObject({
		date: '2024-05-01',
		source: '某某日报',
	});
});

describe('日期后不带标签的发布者、逐项加括号的字段、政务公开表和出版日期', () => {
	test('日期后隔空格的机关或报社名是来源，后面还可跟浏览量', () => {
		expect(readPageMetaLine('2024/3/5  某某县农业农村局  浏览：312')).toMatchObject({
			kind: 'fields',
			date: '2024-03-05',
			source: '某某县农业农村局',
		});
		expect(readPageMetaLine('２０２４年３月５日 ０９：１０  某某日报  阅读：５５')).toMatchObject({
			date: '2024-03-05',
			source: '某某日报',
		});
		expect(readPageMetaLine('二〇二四年三月五日  某某县融媒体中心  点击：88')).toMatchObject({
			date: '2024-03-05',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('2024-03-05 星期二  某某电视台《某某新闻》')).toMatchObject({
			date: '2024-03-05',
			source: '某某电视台《某某新闻》',
		});
		// What follows the date must be a publisher's name: a phrase of a headline is none.
		expect(readPageMetaLine('2024年3月5日  县委书记走访企业  阅读：5')).toBeUndefined();
	});

	test('每个字段各自加括号', () => {
		expect(
			readPageMetaLine('[ 作者：李某 ]　[ 来源：某某县农业农村局 ]　[ 时间：二〇二四年三月五日 ]'),
		).toMatchObject({ kind: 'fields', date: '2024-03-05', source: '某某县农业农村局' });
		expect(
			readPageMetaLine('【来源：某某日报】【发布时间：２０２４/３/５ ０８：３０】'),
		).toMatchObject({
			date: '2024-03-05',
			source: '某某日报',
		});
	});

	test('政务公开表的“生成日期”是信息发布的日期，“成文日期”才是文件的', () => {
		expect(readPageMetaLine('生成日期：2024年3月5日 10:20')).toEqual({
			kind: 'fields',
			date: '2024-03-05',
		});
		expect(readPageMetaLine('成文日期：2024年3月1日')).toMatchObject({ dateKind: 'written' });
	});

	test('“…出版”的日期是报纸的出版日期，星期和“出版”不是报名', () => {
		expect(readPageMetaLine('2024/03/05出版', true)).toEqual({ kind: 'date', date: '2024-03-05' });
		expect(readPageMetaLine('二〇二四年三月五日出版', true)).toMatchObject({ date: '2024-03-05' });
		expect(readPageMetaLine('2024年3月5日 星期二', true)?.source).toBeUndefined();
		expect(readPageMetaLine('某某市晚刊数字报')).toEqual({
			kind: 'masthead',
			source: '某某市晚刊',
		});
	});
});

describe('电子报：版面标签的各种印法下，报头的日期和报名管到每篇报道', () => {
	const cases: [string, string[]][] = [
		[
			'“05版 / 要闻”，报头汉字日期带农历',
			['某某日报电子版  二〇一九年二月十九日  星期二  农历己亥年正月十五', '05版 / 要闻'],
		],
		['“【第12版】理论”，日期行在报名行上方', ['2019/02/19', '某某日报', '【第12版】理论']],
		[
			'“B06·文化·旅游”，“…出版”日期行',
			['某某晚报 数字报刊平台', '二〇一九年二月十九日出版', 'B06·文化·旅游'],
		],
		['“民生·社会　第07版”', ['某某晨报　二〇一九年二月十九日　星期二', '民生·社会　第07版']],
	];
	for (const [name, head] of cases)
		test(name, () => {
			const items = itemsOf([...head, '', ...STORIES[0]!, ...STORIES[1]!]);
			const paper = /某某(?:日报|晚报|晨报)/.exec(head.join(' '))![0];
			expect(items.map((a) => [a.title, a.date, a.source])).toEqual([
				[STORIES[0]![0], '2019-02-19', paper],
				[STORIES[1]![0], '2019-02-19', paper],
			]);
		});
});

test('竖线隔开的字段行不是工具栏：其中的时间和来源胜过电头', () => {
	const [a] = extractArticles(
		{
			path: 'site/info_31.txt',
			bytes: new TextEncoder().encode(
				[
					'某某县人民政府',
					'首页 | 政务公开 | 政务服务 | 互动交流',
					'某某县新建改建农村公路120公里',
					'时间：二〇一九年二月十九日 | 作者：李某 | 来源：某某日报 | 点击数：1203',
					'打印 | 收藏 | 关闭',
					...STORIES[0]!.slice(1),
				].join('\n'),
			),
		},
		{ furniture: readPageFurniture() },
	).articles;
	expect(a).toMatchObject({ date: '2019-02-19', source: '某某日报' });
});

test('政务公开表：生成日期胜过电头的月日', () => {
	const [a] = extractArticles(
		{
			path: 'site/info_32.txt',
			bytes: new TextEncoder().encode(
				[
					'某某县人民政府',
					'首页 | 政务公开 | 政务服务 | 互动交流',
					'某某县新建改建农村公路120公里',
					'索引号：11520000-2019-00012',
					'发布机构：某某县交通运输局',
					'生成日期：2019-02-19 09:30',
					'主题分类：交通',
					...STORIES[0]!.slice(1),
				].join('\n'),
			),
		},
		{ furniture: readPageFurniture() },
	).articles;
	expect(a).toMatchObject({ date: '2019-02-19', source: '某某县交通运输局' });
});

describe('政务网站的其他常见印法', () => {
	test('“来源：本站”“本网”不是哪家媒体，来源取网站自己的名字', () => {
		expect(readPageMetaLine('发布时间：2024-03-05 来源：本站')).toEqual({
			kind: 'fields',
			date: '2024-03-05',
		});
		const [a] = extractArticles(
			{
				path: 'site/info_41.txt',
				bytes: new TextEncoder().encode(
					[
						'某某县人民政府门户网站',
						'首页 | 政务公开 | 政务服务 | 互动交流',
						'某某县新建改建农村公路120公里',
						'日期：2019-02-19 信息来源：本网',
						'近日，某某县加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
						'县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点。',
					].join('\n'),
				),
			},
			{ furniture: readPageFurniture() },
		).articles;
		expect(a).toMatchObject({ date: '2019-02-19', source: '某某县人民政府' });
	});

	test('“10时20分”“下午 03:20”这样的钟点', () => {
		expect(readPageMetaLine('2024年03月05日 10时20分  某某县人民政府  浏览：5')).toMatchObject({
			date: '2024-03-05',
			source: '某某县人民政府',
		});
		expect(readPageMetaLine('2024/3/5 下午 03:20:11  某某日报')).toMatchObject({
			date: '2024-03-05',
			source: '某某日报',
		});
	});

	test('“发布：”后跟机关名是发布者，跟日期是发布日期', () => {
		expect(readPageMetaLine('发布：某某县人民政府办公室 时间：2024-03-05')).toEqual({
			kind: 'fields',
			date: '2024-03-05',
			source: '某某县人民政府办公室',
		});
		expect(readPageMetaLine('发布：2024-03-05')).toEqual({ kind: 'fields', date: '2024-03-05' });
		expect(readPageMetaLine('发布：县委书记走访企业')).toBeUndefined();
	});

	test('报头版面号带字母：“某某日报 2024年03月05日 第A03版：要闻”', () => {
		// The first story's dateline dates and names it (a print page's own dateline wins); the
		// header dates and names the second, and is no story's title.
		const items = itemsOf([
			'某某日报 2019年02月19日 第A03版：要闻',
			'',
			...STORIES[0]!,
			...STORIES[1]!,
		]);
		expect(items.map((a) => [a.title, a.date, a.source])).toEqual([
			[STORIES[0]![0], '2019-02-18', '新华社'],
			[STORIES[1]![0], '2019-02-19', '某某日报'],
		]);
	});
});

test('日期行旁单独一行的发布者名，即使与正文用词相同，也是来源而不是标题', () => {
	const [a] = extractArticles(
		{
			path: 'site/info_52.txt',
			bytes: new TextEncoder().encode(
				[
					'某某市人民政府',
					'首页｜政务动态｜信息公开｜在线办事｜互动交流',
					'您的位置：首页 >> 政务动态',
					'某某市融媒',
					'2024-3-28',
					'【字体：大 中 小】',
					'春日花正艳 踏青好时节',
					'某某市融媒消息：眼下，某某市各地鲜花绽放，游人如织，市民踏青赏花，尽情享受春日时光。',
					'某某市郊的樱花园里，70多个品种的樱花次第开放，迎来大量游客驻足观赏，周边民宿预订火爆。',
				].join('\n'),
			),
		},
		{ furniture: readPageFurniture() },
	).articles;
	expect(a).toMatchObject({
		title: '春日花正艳 踏青好时节',
		date: '2024-03-28',
		source: '某某市融媒',
	});
});

test('标题像机关名结尾（…举办）时，日期行旁的标题仍是标题，不是来源', () => {
	const [a] = extractArticles(
		{
			path: 'site/info_53.txt',
			bytes: new TextEncoder().encode(
				[
					'某某市人民政府',
					'首页｜政务动态｜信息公开｜在线办事｜互动交流',
					'2024-4-24',
					'第四届全民阅读大会在某某市举办',
					'4月24日，第四届全民阅读大会在某某市举办，与会嘉宾围绕全民阅读建设书香社会交流发言。',
					'大会期间，全民阅读大会还发布了年度阅读报告，开展阅读推广、新书发布等系列活动。',
				].join('\n'),
			),
		},
		{ furniture: readPageFurniture() },
	).articles;
	expect(a).toMatchObject({ title: '第四届全民阅读大会在某某市举办', date: '2024-04-24' });
});

describe('微信公众号文章的署名行：原创、作者、公众号名、发表时间、属地', () => {
	const wechat = (head: string) =>
		extractArticles(
			{
				path: 'wx/article_7.txt',
				bytes: new TextEncoder().encode(
					[
						'某某县新建改建农村公路120公里',
						head,
						'近日，某某县加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
						'县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点。',
					].join('\n'),
				),
			},
			{ furniture: readPageFurniture() },
		).articles[0];
	// An account that marks the text 原创 wrote it; any other only posted it, and a keyed source on
	// the page beats it.
	test.each([
		['原创 李某 某某县融媒 2024年03月05日 18:00', '某某县融媒', {}],
		['原创 某某发布 某某发布 2024-03-05 18:00 发表于某某省', '某某发布', {}],
		['某某发布 2024-03-05 18:00 发表于某某省', '某某发布', { unkeyed: true }],
	])('%s', (head, source, posted) => {
		expect(readPageMetaLine(head)).toEqual({
			kind: 'fields',
			date: '2024-03-05',
			source,
			...posted,
		});
	});
	test('只有署名行标着日期的公众号文章', () => {
		expect(wechat('某某县融媒 2024年03月05日 18:00 浙江')).toMatchObject({
			date: '2024-03-05',
			source: '某某县融媒',
		});
	});
	test('标题下一句以日期开头的话不是署名行', () => {
		expect(readPageMetaLine('原创 作品 2024年03月05日 展出')).toBeUndefined();
	});
});

test('同一行里“原文来源”“转载自”所说的原出处胜过转载网站自己的来源', () => {
	expect(readPageMetaLine('来源：某某县融媒体中心 原文来源：某某日报')).toEqual({
		kind: 'fields',
		source: '某某日报',
		original: true,
	});
	expect(readPageMetaLine('转载自：某某日报 来源：某某县融媒体中心')).toMatchObject({
		source: '某某日报',
		original: true,
	});
});

describe('日期的排印变体', () => {
	test('连接号、全角减号和减号分隔的日期', () => {
		expect(readPageMetaLine('发布时间：2024–05–01 09:30 来源：某某县融媒体中心')).toMatchObject({
			date: '2024-05-01',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('发布日期：２０２４−05−01')?.date).toBe('2024-05-01');
		expect(readPageMetaLine('2024—05—01')?.date).toBe('2024-05-01');
	});

	test('只写到小时、或用“点”报时的时间', () => {
		expect(readPageMetaLine('某某县人民政府办公室 2024年5月1日18时 编辑：王某')).toMatchObject({
			date: '2024-05-01',
			source: '某某县人民政府办公室',
		});
		expect(readPageMetaLine('2024年5月1日 09点18分 某某县融媒体中心')).toMatchObject({
			date: '2024-05-01',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('2024年5月1日 16点')?.date).toBe('2024-05-01');
	});

	test('圆括号括住的日期', () => {
		expect(readPageMetaLine('发布时间：（2024-05-01）')?.date).toBe('2024-05-01');
		expect(readPageMetaLine('来源：某某日报 | 时间：(2024-05-01 10:20)')).toMatchObject({
			date: '2024-05-01',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某县教育局 （2024-05-01） 编辑：王某')).toMatchObject({
			date: '2024-05-01',
			source: '某某县教育局',
		});
		// Alone on its line it may be a speech's date: only its place in the head makes it the page's.
		expect(readPageMetaLine('（2024-05-01）')).toBeUndefined();
	});

	test('报头：版别带括号、日期在前而农历在报名后、报纸的分版', () => {
		expect(readPageMetaLine('某某县报（数字版）（2024-05-01）')).toMatchObject({
			kind: 'masthead',
			date: '2024-05-01',
			source: '某某县报',
		});
		expect(readPageMetaLine('2024-05-01 某某日报 农历甲辰年三月廿三')).toMatchObject({
			kind: 'masthead',
			date: '2024-05-01',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某市日报农村版 2024-05-01 星期三')).toMatchObject({
			kind: 'masthead',
			date: '2024-05-01',
			source: '某某市日报农村版',
		});
	});

	test('微信文章账号下一行的时间与“发表于”某地', () => {
		expect(readPageMetaLine('2024年05月01日 18:24 发表于浙江')).toMatchObject({
			date: '2024-05-01',
		});
		// A sentence that says where something was published is no meta line.
		expect(readPageMetaLine('2024年05月01日，该文发表于某某杂志。')).toBeUndefined();
	});
});
