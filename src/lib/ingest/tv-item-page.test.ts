import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { readEpaperHeader } from './epaper-header.ts';
import { stripMediaTags } from './media-tags.ts';

// A TV-news item saved from its web page, one item per file, as written from how CCTV item pages
// print: the site's navigation, the programme's name and date, a `[视频]` tag before the title,
// the transcript, an editors line and links to other videos.

const TRANSCRIPT = [
	'央视网消息（新闻联播）：记者从交通运输部获悉，今年春运期间，全国铁路、公路、水路和民航预计发送旅客超过90亿人次，各地加密班次、优化服务，保障群众平安有序出行。',
	'交通运输部有关负责人表示，将加强运输组织和应急保障，做好恶劣天气应对，确保春运安全平稳。',
];

const itemsOf = (lines: string[], path = 'xwlb-20250115-06.txt') =>
	extractArticles(
		{ path, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) },
		{ furniture: readPageFurniture() },
	).articles;

describe('stripMediaTags', () => {
	const line = (text: string, n: number) => ({ text, line: n });
	test('标题前的[视频]标记去掉，正文后带[视频]标记的链接行删掉', () => {
		const out = stripMediaTags([
			line('[视频]春运客流平稳有序', 1),
			line(TRANSCRIPT[0]!, 2),
			line('相关视频', 3),
			line('【视频】多地迎来降雪天气', 4),
			line('（视频）铁路部门加开夜间列车', 5),
		]);
		expect(out.map((l) => l.text)).toEqual(['春运客流平稳有序', TRANSCRIPT[0]]);
	});
	test('正文里的“视频”二字不动', () => {
		const lines = [line('短视频平台加强内容管理', 1), line(TRANSCRIPT[1]!, 2)];
		expect(stripMediaTags(lines)).toEqual(lines);
	});
});

test('节目名加播出日期（新闻联播 2025年01月15日）是版头，不是标题', () => {
	expect(readEpaperHeader('新闻联播 2025年01月15日')?.date).toBe('2025-01-15');
	expect(readEpaperHeader('《焦点访谈》 2025-01-15')?.date).toBe('2025-01-15');
	expect(readEpaperHeader('新闻联播')).toBeUndefined();
});

test('存下来的央视新闻页：标题去掉[视频]，节目名日期行、相关视频不进标题和正文', () => {
	const items = itemsOf([
		'央视网 > 新闻频道 > 新闻联播',
		'新闻联播 2025年01月15日',
		'[视频]春运客流平稳有序',
		...TRANSCRIPT,
		'编辑：王明 责任编辑：李华',
		'相关视频',
		'[视频]多地迎来降雪天气 交通部门全力保障道路通行',
		'[视频]铁路部门加开夜间列车',
	]);
	expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
	expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
	expect(items[0]!.date).toBe('2025-01-15');
	expect(items[0]!.source).toMatch(/新闻联播|央视/);
});

test('站名打头的频道导航（央视网 | 首页 | 新闻 | …）不是“站名 | 标题”，不作标题', () => {
	const items = itemsOf([
		'央视网 | 首页 | 新闻 | 视频 | 直播 | 节目单',
		'春运客流平稳有序',
		...TRANSCRIPT,
	]);
	expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
});

test('长标题（带顿号、破折号）下面的“央视网消息（新闻联播）：”导语不并进标题行', () => {
	const title =
		'人民日报评论员文章：汇聚起团结奋斗的磅礴力量、奋进之力、创新之源——论学习贯彻全国劳动模范表彰大会精神';
	const items = itemsOf([title, ...TRANSCRIPT]);
	expect(items.map((a) => a.title)).toEqual([title]);
	expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
});

describe('标题前的节目名标记和“视频：”前缀', () => {
	const line = (text: string, n: number) => ({ text, line: n });
	test.each([
		'视频：春运客流平稳有序',
		'[新闻联播]春运客流平稳有序',
		'【焦点访谈】春运客流平稳有序',
	])('%s 去掉标记作标题', (title) => {
		const out = stripMediaTags([line(title, 1), line(TRANSCRIPT[0]!, 2)]);
		expect(out[0]!.text).toBe('春运客流平稳有序');
	});
	test.each(['[专家解读]春运客流平稳有序', '【高端访谈】春运客流平稳有序'])(
		'栏目名的方括号（%s）是标题的一部分，不动',
		(title) => {
			const lines = [line(title, 1), line(TRANSCRIPT[0]!, 2)];
			expect(stripMediaTags(lines)).toEqual(lines);
		},
	);
});

test.each([
	'CCTV-1 新闻联播 2025年01月15日 19:00',
	'节目：新闻联播　播出时间：2025-01-15 19:00',
	'CCTV-13新闻 新闻联播 2025-01-15',
])('频道、节目名、播出日期和时刻排成的一行（%s）是版头', (text) => {
	expect(readEpaperHeader(text)?.date).toBe('2025-01-15');
});

test('来源行只印频道代号（来源：CCTV-1）时，来源读作央视', () => {
	const items = itemsOf([
		'[视频]春运客流平稳有序',
		'来源：CCTV-1 2025年1月15日 19:32',
		...TRANSCRIPT,
	]);
	expect(items[0]!.source).toMatch(/央视/);
});

test.each(['下载某某频 看高清直播', '某某新闻客户端 随时随地看新闻', '打开某某APP，看更多'])(
	'正文后的应用推广（%s）不进正文',
	(prompt) => {
		const items = itemsOf(['[视频]春运客流平稳有序', ...TRANSCRIPT, prompt]);
		expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
	},
);

test('一期联播快讯存成一个文件：是一条，标题是栏目名，各条简讯连同标题都在正文里', () => {
	const briefs = [
		'多地开展冬季供暖保障检查',
		'近日，北方多地住建部门开展冬季供暖安全检查，排查管网隐患，确保群众温暖过冬。',
		'县域商业体系建设示范县名单公布',
		'商务部日前公布首批县域商业体系建设示范县名单，将在物流配送、商贸中心改造等方面给予支持。',
	];
	const items = itemsOf(['国内联播快讯', '央视网消息（新闻联播）：', ...briefs]);
	expect(items.map((a) => a.title)).toEqual(['国内联播快讯']);
	expect(items[0]!.paragraphs.filter((p) => briefs.includes(p))).toEqual(briefs);
});

test('栏目标签【…】打头的长标题，地名后的冒号不让它读成正文', () => {
	const title =
		'【奋进新征程 建功新时代——高质量发展调研行】某某县：特色产业带动群众增收 全力推进乡村振兴';
	const items = itemsOf([title, ...TRANSCRIPT]);
	expect(items.map((a) => a.title)).toEqual([title]);
	expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
});

test('存下来的联播快讯页（导航、来源行在标题下）：标题是栏目名，不是第一条简讯的标题', () => {
	const items = itemsOf([
		'央视网 > 新闻频道 > 新闻联播',
		'[视频]国内联播快讯',
		'来源：央视网 | 2025年01月15日 19:41',
		'央视网消息（新闻联播）：',
		'多地开展冬季供暖保障检查',
		'近日，北方多地住建部门开展冬季供暖安全检查，排查管网隐患，确保群众温暖过冬。',
		'县域商业体系建设示范县名单公布',
		'商务部日前公布首批县域商业体系建设示范县名单，将在物流配送、商贸中心改造等方面给予支持。',
	]);
	expect(items.map((a) => a.title)).toEqual(['国内联播快讯']);
	expect(items[0]!.paragraphs).toContain('县域商业体系建设示范县名单公布');
});

test.each([
	'【某某快评】踏上新征程，奋楫再出发！',
	'某某在全省领导干部深化改革推动高质量发展专题研讨班开班式上发表重要讲话强调 坚定信心真抓实干 以钉钉子精神推动各项任务落地见效 奋力谱写中国式现代化建设新篇章 专题研讨班在省委党校开班',
])('节目导语“央视网消息（新闻联播）：”上面那一行是标题：%s', (title) => {
	const items = itemsOf([title, ...TRANSCRIPT]);
	expect(items.map((a) => a.title)).toEqual([title]);
	expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
});

test.each([
	'新华社播发：奋力书写新时代高质量发展新答卷——以创新驱动引领某某省产业转型升级发展纪实',
	'人民日报署名文章：坚定不移走好新时代共同富裕之路——从乡村全面振兴看某某省城乡发展新变化',
	'某某部新闻发布会：“早谋划 早部署 早落实 早见效” 确保今年春耕生产不误农时 粮食生产开局良好',
])('媒体和文体名作标签、冒号后接长标题（%s）：是标题，不是正文', (title) => {
	for (const lines of [
		[title, ...TRANSCRIPT],
		[
			'央视网 > 新闻频道 > 新闻联播',
			`[视频]${title}`,
			'来源：央视网 | 2025年01月15日 19:41',
			...TRANSCRIPT,
		],
	]) {
		const items = itemsOf(lines);
		expect(items.map((a) => a.title)).toEqual([title]);
	}
});

test('联播快讯后面的推广区（短标题下一行是一句短话）不是简讯，不进快讯正文', () => {
	const items = itemsOf([
		'国内联播快讯',
		'央视网消息（新闻联播）：',
		'多地开展冬季供暖保障检查',
		'近日，北方多地住建部门开展冬季供暖安全检查，排查管网隐患，确保群众温暖过冬。',
		'精彩视频推荐',
		'欢迎下载某某新闻客户端。',
	]);
	expect(items.map((a) => a.title)).toEqual(['国内联播快讯']);
	expect(items[0]!.paragraphs.join('')).not.toContain('欢迎下载');
});

test.each([
	'正在播放：春运客流平稳有序',
	'视频标题：春运客流平稳有序',
	'《新闻联播》春运客流平稳有序',
])('标题前的播放器标签或书名号里的节目名（%s）不是标题的一部分', (line) => {
	const items = itemsOf([line, ...TRANSCRIPT]);
	expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
});

test('正文里以书名号节目名开头的句子（《新闻联播》今天报道…）照留', () => {
	const said = '《焦点访谈》近日播出的节目里，多地群众讲述了春运路上的新变化，引起广泛关注。';
	const items = itemsOf(['[视频]春运客流平稳有序', ...TRANSCRIPT, said]);
	expect(items[0]!.paragraphs).toEqual([...TRANSCRIPT, said]);
});

test('节目名加日期的版头（《新闻联播》 2025-01-15）不去掉书名号里的节目名', () => {
	const out = stripMediaTags([
		{ text: '《新闻联播》 2025-01-15', line: 1 },
		{ text: '春运客流平稳有序', line: 2 },
		{ text: TRANSCRIPT[0]!, line: 3 },
	]);
	expect(out.map((l) => l.text)).toEqual([
		'《新闻联播》 2025-01-15',
		'春运客流平稳有序',
		TRANSCRIPT[0],
	]);
});

// A saved broadcast page read by the grammar of its genre: the transcript opens with the
// broadcaster's lead (`某某网消息（新闻联播）：`) under its one-line title, so whatever stands above
// the title is the site's chrome, and whatever follows the transcript's last sentence is the page's
// tail (editors, lists of other items, app prompts, copyright), whatever its wording.
describe('存下来的电视新闻页：按体裁的语法读页头页尾', () => {
	const SAID_LAST = '某某、某某等参加会见。';
	test('标题上面的站名行、节目官网链接行都不作标题，不进正文', () => {
		const items = itemsOf([
			'某某网 新闻频道',
			'节目官网 往期回顾 节目单',
			'春运客流平稳有序',
			...TRANSCRIPT,
		]);
		expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
		expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
	});
	test('标题和导语之间一行平台名（微信 微博 QQ空间 复制链接）不作标题，不进正文', () => {
		const items = itemsOf(['春运客流平稳有序', '微信 微博 QQ空间 复制链接', ...TRANSCRIPT]);
		expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
		expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
	});
	test('末句之后的编辑行、无名目的其他条目列表（带时长）、版权和备案行都不进正文；末句短也照留', () => {
		const items = itemsOf([
			'春运客流平稳有序',
			...TRANSCRIPT,
			SAID_LAST,
			'编辑 某某 责编 某某',
			'本期其他内容',
			'多地迎来降雪天气 交通部门全力保障道路通行 02:31',
			'铁路部门加开夜间列车　01:45',
			'某某总台 某某网 版权所有',
			'本网站所刊载信息，不代表某某总台观点。',
			'京ICP证000000号',
		]);
		expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
		expect(items[0]!.paragraphs).toEqual([...TRANSCRIPT, SAID_LAST]);
	});
	test.each([
		'新闻联播丨春运客流平稳有序',
		'《新闻联播》：春运客流平稳有序',
		'春运客流平稳有序（视频）',
		'春运客流平稳有序_新闻频道_某某网(cctv.com)',
		'春运客流平稳有序-新闻联播-某某网',
	])('标题行上的节目名、媒体标记和浏览器标题的站名（%s）去掉', (line) => {
		const items = itemsOf([line, ...TRANSCRIPT]);
		expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
	});
	test('导语后面念的名单（一行人名，带括注）是正文，不当页尾去掉', () => {
		const names = '王某某（女）李某某 张某某 刘某 陈某某（满族）杨某某 赵某某 黄某';
		const items = itemsOf([
			'某某委员会委员名单',
			'来源：某某网 2025年01月15日 19:41',
			'央视网消息（新闻联播）：',
			'某某委员会委员名单',
			'（按姓氏笔画为序排列）',
			names,
			'责编：某某',
		]);
		expect(items[0]!.paragraphs).toContain(names);
	});
	test('一条里念的几份公告（各有“公告 第N号”）是一篇，不拆开', () => {
		const notice = (n: string, text: string) => [
			`某某委员会公告 第${n}号`,
			text,
			'现予公告。',
			'某某委员会',
			'2025年1月15日于北京',
		];
		const lines = [
			...notice('一', '某某委员会第一次会议于2025年1月15日决定：某某为某某委员会主任。'),
			...notice('二', '某某委员会第一次会议于2025年1月15日决定：某某为某某委员会副主任。'),
		];
		const items = itemsOf(['某某委员会公告（第一、二号）', '央视网消息（新闻联播）：', ...lines]);
		expect(items.map((a) => a.title)).toEqual(['某某委员会公告（第一、二号）']);
		const kept = lines.filter((l) => /第[一二]号|决定/.test(l));
		expect(items[0]!.paragraphs).toEqual(expect.arrayContaining(kept));
	});
	test('标题和导语之间的记者署名行不作标题', () => {
		const items = itemsOf(['春运客流平稳有序', '本报记者 某某某', ...TRANSCRIPT]);
		expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
	});
	test('标题和导语之间单独一行的“本网讯（记者 某某）”不作标题', () => {
		const items = itemsOf(['春运客流平稳有序', '本网讯（记者 某某某 通讯员 某某）', ...TRANSCRIPT]);
		expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
	});
	test.each([
		[['编者按：春运是观察社会的一扇窗口。即日起，本站开设“春运一线”专栏，敬请关注。']],
		[['【编者的话】新春佳节将至，本网推出系列报道，记录归乡路上的温暖瞬间。']],
		[['导语', '今年春运客流创下新高，铁路、民航、公路各方协同发力。我们一起来看——']],
		[['【导读】全文约3000字，阅读大约需要6分钟']],
	])('标题和导语之间的编者按、导语框（%j）不作标题，不进正文', (box) => {
		const items = itemsOf(['春运客流平稳有序', ...box, ...TRANSCRIPT]);
		expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
		expect(items[0]!.paragraphs).toEqual(TRANSCRIPT);
	});
	test('导语上面有整段正文的页（不止一条）：上面那条照留', () => {
		const before = [
			'某某省召开春耕生产工作会议',
			'某某省日前召开春耕生产工作会议，部署做好春季农业生产各项工作，确保粮食面积稳定、产量增加。',
		];
		const items = itemsOf([...before, '春运客流平稳有序', ...TRANSCRIPT]);
		expect(items.flatMap((a) => [a.title, ...a.paragraphs])).toEqual(
			expect.arrayContaining(before),
		);
	});
});

test.each([
	[['▲ 车站候车大厅。王明 摄']],
	[['王明 摄']],
	[['图为旅客在站台有序上车。']],
	[['组图：共3张', '1/3', '上一张　下一张', '▲ 车站候车大厅。王明 摄']],
	[['图片新闻', '（1/3）', '图：王明/摄']],
	[['（本文图片由某某县融媒体中心提供）']],
])('标题和导语之间的配图（%j）不作标题，也不成条目', (pictures) => {
	const items = itemsOf([
		'某某县人民政府网 > 要闻动态',
		'春运客流平稳有序',
		'来源：央视《新闻联播》 2025-01-15 19:30',
		...pictures,
		...TRANSCRIPT,
	]);
	expect(items.map((a) => a.title)).toEqual(['春运客流平稳有序']);
});
