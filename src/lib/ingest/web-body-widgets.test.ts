import { describe, expect, test } from 'vitest';
import { itemsOf, ROAD_HEAD, ROAD_TEXT } from './web-test-page.ts';

// What a portal or an account prints inside and under an article's text: a player's caption and
// length, a box of links between two paragraphs, a prompt to follow or share, a question asking the
// reader to rate the page. Each is told by its shape and the genre's words, whatever its wording.

const HEAD = ROAD_HEAD;
const TEXT = ROAD_TEXT;
const FOOTER = '网站标识码：1234000001';

const bodyOf = (lines: string[]) => {
	const items = itemsOf([...HEAD, ...lines, FOOTER]);
	expect(items).toHaveLength(1);
	return items[0]!.paragraphs;
};

describe('正文中间的播放器和链接框', () => {
	test('播放标记后的“视频：标题”和“本视频时长约N分钟”是播放器的，不进正文', () => {
		const lines = [
			TEXT[0]!,
			'► 视频：全市新建改建农村公路一千二百公里',
			'（该视频时长大约5分钟）',
			...TEXT.slice(1),
		];
		expect(bodyOf(lines)).toEqual(TEXT);
	});

	test('段落之间的“相关阅读”框：带圆点或日期的标题和“点击标题阅读”提示都不进正文', () => {
		const box = ['>> 相关阅读', '• 全省农村公路管养体制改革经验交流会召开', '（点击链接阅读原文）'];
		expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('框头下带圆点的长标题（七十来字，标题后跟日期）也是链接，不进正文', () => {
		const box = [
			'相关新闻：',
			'• 全省农村公路建设推进会召开',
			'• 某某省召开全省农村公路建设推进会议 要求加快补齐农村交通基础设施短板 确保年底前完成各项建设任务 打通群众出行最后一公里　21-10-08',
		];
		expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('段落之间带“◇”项目符号、与上下文不相干的标题是链接，不进正文；答上下文的小标题照留', () => {
		for (const mark of ['◇']) {
			const links = [`${mark} 全省春运客流平稳有序`, `${mark} 【新春走基层】山区孩子的新书包`];
			expect(bodyOf([TEXT[0]!, ...links, ...TEXT.slice(1)]), mark).toEqual(TEXT);
			const heading = `${mark} 建立路长制 落实管护资金`;
			expect(bodyOf([TEXT[0]!, heading, ...TEXT.slice(1)]), mark).toEqual([
				TEXT[0],
				heading,
				...TEXT.slice(1),
			]);
		}
	});

	test('没有框头、带圆点和括号日期的一串标题是链接，不进正文', () => {
		const links = [
			'· 某某县春运客流平稳有序（2021-02-03）',
			'· 全市公交线路优化调整方案出台（2021/01/15）',
		];
		expect(bodyOf([TEXT[0]!, ...links, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('正文后带箭头、以括号日期收尾的前后篇链接不进正文，页面信息印在它下面也一样', () => {
		for (const link of [
			'→ 修好农村路，铺就致富路（01.15）',
			'⇐ 春运开局平稳，客流有序（2021-02-03）',
		]) {
			const items = itemsOf([HEAD[0]!, HEAD[1]!, ...TEXT, link, HEAD[2]!, FOOTER]);
			expect(items.map((a) => a.paragraphs)).toEqual([TEXT]);
		}
	});

	test('小标题下紧接着就是答它的正文：标题照旧是正文', () => {
		const sub = '管护机制更加健全';
		const para = '各县区管护机制更加健全，养护资金按时足额拨付到位，路况明显改善。';
		expect(bodyOf([TEXT[0]!, sub, para, ...TEXT.slice(1)])).toEqual([
			TEXT[0]!,
			sub,
			para,
			...TEXT.slice(1),
		]);
	});
});

describe('正文之后的提示', () => {
	test('引号里的账号名后不加逗号的关注提示、括号里的“更多…请关注某某”都不进正文', () => {
		expect(bodyOf([...TEXT, '诚邀关注“某某交通发布”了解更多出行信息。'])).toEqual(TEXT);
		expect(bodyOf([...TEXT, '（更多精彩内容请关注某某市交通运输局）'])).toEqual(TEXT);
		expect(bodyOf([...TEXT, '👇关注某某市交通运输局，了解更多出行资讯'])).toEqual(TEXT);
	});

	test('请转载者注明出处或联系授权的一句话不进正文，说转载的正文照留', () => {
		expect(bodyOf([...TEXT, '若需转载本文，请标明原作者及出处。'])).toEqual(TEXT);
		expect(bodyOf([...TEXT, '欢迎转载，转载时请联系本站取得授权'])).toEqual(TEXT);
		const prose = '据统计，全市各类媒体转载这组报道四百余次，请群众代言的做法得到广泛认可。';
		expect(bodyOf([...TEXT, prose])).toEqual([...TEXT, prose]);
	});

	test('请读者转发给身边的人的一句话不进正文', () => {
		expect(bodyOf([...TEXT, '内容实用，请分享给身边的亲友吧！'])).toEqual(TEXT);
	});

	test('问读者本页对其是否有用的打分框不进正文，文章自己的设问照留', () => {
		expect(bodyOf([...TEXT, '这篇文章对你有用吗？', '有用（3）　没用（0）'])).toEqual(TEXT);
		expect(bodyOf([...TEXT, '本网页内容对你是否有帮助？', '是　否'])).toEqual(TEXT);
		const own = '农村公路怎样才能既建得好又管得好？';
		expect(bodyOf([...TEXT, own])).toEqual([...TEXT, own]);
	});
});

describe('段落之间的链接框（框头或提示在，标题不带记号）', () => {
	test('“延伸阅读”“拓展阅读”下两条正文不答的标题是别的文章，不进正文', () => {
		for (const head of ['延伸阅读：', '拓展阅读：']) {
			const box = [head, '某某县举办首届农民丰收节', '全省秋冬种工作有序推进'];
			expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
		}
	});

	test('“延伸阅读”下正文答它的小标题是文章自己的边栏，照留', () => {
		const sub = '什么是“四好农村路”';
		const para = '“四好农村路”是指建好、管好、护好、运营好农村公路，是一项民生工程。';
		const body = [TEXT[0]!, sub, para, ...TEXT.slice(1)];
		expect(bodyOf([TEXT[0]!, '延伸阅读', sub, para, ...TEXT.slice(1)])).toEqual(body);
	});

	test('带记号的标题后面一条分隔线（— — —）收尾，仍是链接框，分隔线一并去掉', () => {
		for (const rule of ['— — —', '———————', '- - - - -'])
			for (const box of [
				['▶ 某某县举办首届农民丰收节', rule],
				['· 某某县举办首届农民丰收节', '· 全省秋冬种工作有序推进', rule, '图：某某某'],
			])
				expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('记号后只留首词的框头（▶ 推荐）下，长达数十字、以空格分句的整条标题也是链接框', () => {
		const long =
			'全省春季农业生产现场会在某某市召开 强调抓好春耕备耕 确保粮食生产开好局起好步 为全年农业农村工作打下坚实基础 推动乡村全面振兴取得新进展';
		for (const box of [
			['▶ 推荐', '某某县举办首届农民丰收节', long, '--'],
			['▷ 相关', `· ${long}　〔12-15〕`, '· 全省秋冬种工作有序推进　2023/11/05', '--'],
		])
			expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('方括号里只留首词的框头（【相关】【延伸】）下的标题是链接框，框下以短句收尾的正文照留', () => {
		const last = '市领导一同参加活动。';
		for (const head of ['【相关】', '【延伸】'])
			expect(bodyOf([...TEXT, head, '全省秋冬种工作有序推进', last, '责任编辑：某某'])).toEqual([
				...TEXT,
				last,
			]);
	});

	test('竖条记号开头的框头、“>>”记号的标题和收尾的分隔线一并是链接框', () => {
		const box = ['▍延伸阅读', '>> 某某县举办首届农民丰收节', '——'];
		expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('标题后空格隔开日期（8-14、2022-11-02 09:30）的几条链接是链接框', () => {
		const box = ['某某县举办首届农民丰收节　8-14', '全省秋冬种工作有序推进　2022-11-02 09:30'];
		expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('带记号的长标题（五十多字，带副题或日期）也是链接框里的标题', () => {
		const long =
			'▶ 某某县召开农村人居环境整治提升推进会——全县二十个乡镇同步观摩“美丽庭院”创建（2023年5月8日）';
		expect(long.length).toBeGreaterThan(48);
		expect(bodyOf([TEXT[0]!, long, '— — —', ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('小标题下紧跟的带记号链接也是链接框，小标题留下', () => {
		const sub = '农村公路管护有了“路长”';
		const para = '全市推行农村公路“路长制”，每条农村公路都有路长负责日常巡查和管护。';
		const box = ['▶ 某某县举办首届农民丰收节', '— — —'];
		expect(bodyOf([TEXT[0]!, sub, ...box, para, ...TEXT.slice(1)])).toEqual([
			TEXT[0]!,
			sub,
			para,
			...TEXT.slice(1),
		]);
	});

	test('标题下被删的“点击标题阅读全文”提示说明这是链接框', () => {
		const box = ['某某县举办首届农民丰收节', '（点击标题阅读全文）'];
		expect(bodyOf([TEXT[0]!, ...box, ...TEXT.slice(1)])).toEqual(TEXT);
	});
});

test('段落末尾连着的点名关注提示（句号收尾）被切掉，段落照留', () => {
	const last = `${TEXT[2]!}欢迎关注“某某交通发布”获取更多出行资讯。`;
	expect(bodyOf([...TEXT.slice(0, 2), last])).toEqual(TEXT);
});

test('框里以数字开头的标题（“3.5万人次…”）不是带编号的小标题，短句下的框也认', () => {
	const box = [
		'相关链接：',
		'3.5万人次 国庆假期全市客运量创新高',
		'全省农村公路管养体制改革经验交流会召开',
	];
	const short = '某某参加调研。';
	expect(bodyOf([TEXT[0]!, short, ...box, ...TEXT.slice(1)])).toEqual([
		TEXT[0]!,
		short,
		...TEXT.slice(1),
	]);
});

test('不自报名号、只问“有什么可以帮您”的客服问候，平台“已收录”说明和“本文原标题为”说明都不进正文', () => {
	expect(bodyOf([...TEXT, '你好！需要什么帮助吗？'])).toEqual(TEXT);
	expect(bodyOf([...TEXT, '在线导办员：你好！需要什么帮助吗？'])).toEqual(TEXT);
	expect(bodyOf([...TEXT, '政务小帮手: 您好，我是某某市12345助手，想了解哪方面的政策？'])).toEqual(
		TEXT,
	);
	expect(bodyOf([...TEXT, '此文已被某某号收录'])).toEqual(TEXT);
	expect(bodyOf([...TEXT, '本文原标题为《四好农村路连起致富路》'])).toEqual(TEXT);
});

test('没有时钟的朗读播放条（声音、倍速）是家具，正文里说倍速的句子不是', () => {
	expect(bodyOf([TEXT[0]!, '男声朗读 | 倍速 1.5x', ...TEXT.slice(1)])).toEqual(TEXT);
	const own = '倍速播放 1.5x 成为年轻人看剧的习惯';
	expect(bodyOf([...TEXT.slice(0, 2), own, TEXT[2]!])).toEqual([
		...TEXT.slice(0, 2),
		own,
		TEXT[2]!,
	]);
});

test('以省略号收尾的段落后连着的关注提示切掉，段落照留', () => {
	const close = `${TEXT[2]!.slice(0, -1)}……`;
	expect(bodyOf([...TEXT.slice(0, 2), `${close} 长按识别二维码，关注某某交通`])).toEqual([
		...TEXT.slice(0, 2),
		close,
	]);
});

test('短句后连着的点名关注提示也切掉，短句照留', () => {
	const close = '全市将持续推进。';
	expect(bodyOf([...TEXT, `${close}（更多资讯请关注某某交通发布）`])).toEqual([...TEXT, close]);
});

test('链接框下面最后一段短段落照旧是正文，不算被家具隔开的孤行', () => {
	const box = ['延伸阅读：', '某某县举办首届农民丰收节', '全省秋冬种工作有序推进'];
	const last = '市领导一同参加活动并走访了沿线村组。';
	expect(bodyOf([...TEXT, ...box, last, '责任编辑：某某'])).toEqual([...TEXT, last]);
});

test('末段是一句提到官方公众号推出服务的短句（不叫读者去关注）时，照旧是正文', () => {
	const last = '此外，“某某文旅”微信公众号开通了线上预约，游客可免费领取门票。';
	expect(bodyOf([...TEXT, last])).toEqual([...TEXT, last]);
});
