import { describe, expect, test } from 'vitest';
import { cleanLines, joinBrokenLines, normalizeText, removeBoilerplate } from './clean.ts';
import type { SourceLine } from './types.ts';
import { extractArticles } from './extract-articles.ts';
import { readPageFurniture } from '../schema/page-furniture.ts';

const blocks = (...texts: string[]): SourceLine[] =>
	texts.map((text, i) => ({ text, line: i * 2 + 1 }));

describe('normalizeText', () => {
	test('strips ideographic indents and spaces before closing quotes', () => {
		expect(
			normalizeText('\u3000\u3000只为干成想办法,切实为群众解决燃眉之急。 ”区委书记马常春说。'),
		).toBe('只为干成想办法，切实为群众解决燃眉之急。”区委书记马常春说。');
	});

	test('turns ASCII punctuation inside Chinese text full-width and leaves numbers alone', () => {
		expect(normalizeText('办结率达99.3%;每2至3年调整一次:好?是!网址www.cnxxpl.com')).toBe(
			'办结率达99.3%;每2至3年调整一次:好?是!网址www.cnxxpl.com'
				.replace(';', '；')
				.replace(':', '：')
				.replace('?', '？')
				.replace('!', '！'),
		);
	});

	test('keeps parentheses of a byline as printed and drops the space after them', () => {
		expect(normalizeText('本报讯(记者 李若生) 11月29日,我市召开')).toBe(
			'本报讯(记者 李若生)11月29日，我市召开',
		);
	});

	test('collapses runs of spaces and drops them beside Chinese punctuation, in any order of lines', () => {
		expect(normalizeText('会议强调，  要压实责任   抓好落实 。')).toBe(
			'会议强调，要压实责任 抓好落实。',
		);
		expect(normalizeText('全年完成投资12.5亿元（同比增长8%）')).toBe(
			'全年完成投资12.5亿元（同比增长8%）',
		);
		expect(normalizeText('第一条\t为了规范管理,制定本办法')).toBe(
			'第一条 为了规范管理，制定本办法',
		);
	});

	test('keeps the space between the two halves of a headline', () => {
		expect(normalizeText('干部下沉一线 切实助企发展')).toBe('干部下沉一线 切实助企发展');
	});
});

describe('joinBrokenLines', () => {
	test('joins 推动干部队伍建设能 / 力大幅提升 broken mid-word', () => {
		const out = joinBrokenLines(
			blocks(
				'为深入贯彻落实党的二十大精神,牡丹区委决定开展工作。',
				'据介绍,牡丹区委通过“选、育、管、用”协同发力,推动干部队伍建设能',
				'力大幅提升、作风形象大转变。',
			),
		);
		expect(out[1]).toEqual({
			text: '据介绍,牡丹区委通过“选、育、管、用”协同发力,推动干部队伍建设能力大幅提升、作风形象大转变。',
			line: 3,
		});
		expect(out).toHaveLength(2);
	});

	test('does not join a section heading to the paragraph under it', () => {
		const out = joinBrokenLines(
			blocks(
				'构建一张网络',
				'推动干部下沉一线,实现政企之间直达直联',
				'“最近公司的发展情况怎么样?”2023年4月,廖国军来到企业走访调研。',
			),
		);
		expect(out).toHaveLength(3);
	});

	test('does not join a headline to the lead paragraph printed under it', () => {
		// A row of a paragraph is as wide as the rows under it; a line under half as long as the
		// whole paragraph under it is the headline over it, whatever its commas.
		const texts = [
			'会议要求，各地要把好事办好、实事办实。',
			'“回到家乡，就在这里创业”',
			'今年春节没有外出，留在村里过年。临近年关，合作社的订单一单接一单，村里的年轻人也陆续回来了，大家商量着把民宿和农家乐办起来。',
		];
		// A page whose rows run on line after line, stories parted by a blank line.
		const lines = texts.map((text, k) => ({ text, line: k === 0 ? 1 : k + 2 }));
		expect(joinBrokenLines(lines)).toHaveLength(3);
	});

	test('does not join a body to the title printed after it', () => {
		const out = joinBrokenLines(
			blocks(
				'《意见》对各级司法行政机关提出要求。',
				'司法部、中国残疾人联合会印发意见 进一步加强残疾人法律服务工作',
				'山东河口经济开发区',
			),
		);
		expect(out).toHaveLength(3);
	});

	test('段落折行相连、段间空行的页面：空行隔开的短小标题（上段已收句）不并入下面的段落', () => {
		const lines = [
			{
				text: '今年以来，全县共招募志愿者三千余人，开展助老、助学、环保等志愿服务活动两百余场，志愿服务队伍',
				line: 1,
			},
			{ text: '覆盖所有乡镇和社区。', line: 2 },
			{ text: '精准服务，五百名志愿者走进养老院', line: 4 },
			{ text: '9月1日上午，县志愿服务队来到城关镇敬老院，为老人理发、体检、打扫房间。', line: 6 },
		];
		expect(joinBrokenLines(lines).map((l) => l.text)).toEqual([
			'今年以来，全县共招募志愿者三千余人，开展助老、助学、环保等志愿服务活动两百余场，志愿服务队伍覆盖所有乡镇和社区。',
			'精准服务，五百名志愿者走进养老院',
			lines[3]!.text,
		]);
		// A line closed by a colon leads into the text under it, however short.
		const lead = { text: '专家提醒，预防流感要注意以下几点：', line: 4 };
		expect(joinBrokenLines([...lines.slice(0, 2), lead, lines[3]!])).toHaveLength(2);
		// Where every line stands apart, a blank line parts nothing: the short line is a broken row.
		const apart = [lines[0]!.text + lines[1]!.text, lines[2]!.text, lines[3]!.text];
		expect(joinBrokenLines(apart.map((text, k) => ({ text, line: 2 * k + 1 })))).toHaveLength(2);
	});

	test('does not join a line to a dateline lead', () => {
		const out = joinBrokenLines(
			blocks(
				'深圳市永信机电有限公司是一家小微企业,公司总经理有些发愁',
				'本报北京1月18日电(记者张璠)日前,司法部印发意见。',
			),
		);
		expect(out).toHaveLength(2);
	});
});

describe('removeBoilerplate', () => {
	test('日期打头的页脚行和报头：日历上没有的日子不作页面日期', () => {
		expect(
			removeBoilerplate(blocks('某某县召开春耕生产会议', '2024-13-45 08:00 编辑：李某')).page.date,
		).toBeUndefined();
		expect(removeBoilerplate(blocks('2024-03-05 08:00 编辑：李某')).page.date).toBe('2024-03-05');
		expect(
			removeBoilerplate(blocks('某某日报 2024年2月30日 星期五 第3版')).page.date,
		).toBeUndefined();
		expect(removeBoilerplate(blocks('某某日报 2024年3月1日 星期五 第3版')).page).toMatchObject({
			date: '2024-03-01',
			source: '某某日报',
		});
		// A page header with the date printed with dashes is one too.
		expect(removeBoilerplate(blocks('某某日报 2024-03-01 第3版')).page.date).toBe('2024-03-01');
		// Set off by bars, or with the paper's name after the date.
		for (const header of [
			'某某日报 | 2024年3月1日 星期五 | 第A03版：要闻',
			'2024年03月01日 星期五 某某日报 第03版：要闻',
		]) {
			const { lines, page } = removeBoilerplate(blocks(header, '某某县召开春耕生产会议'));
			expect(page).toMatchObject({ date: '2024-03-01', source: '某某日报' });
			expect(lines.map((l) => l.text)).toEqual(['某某县召开春耕生产会议']);
		}
	});

	test('drops the 德州新闻网 copyright notice and keeps its outlet', () => {
		const { lines, page } = removeBoilerplate(
			blocks(
				'目前,全区评选出123名“陵城好干部”。',
				'德州新闻网版权与免责声明:',
				'①凡本网注明“来源:德州新闻网”的所有作品,版权均属于德州新闻网。',
				'②凡本网注明“来源:XXX(非德州新闻网)”的作品,均转载自其它媒体。',
			),
		);
		expect(lines.map((l) => l.text)).toEqual(['目前,全区评选出123名“陵城好干部”。']);
		expect(page.source).toBe('德州新闻网');
	});

	test('drops the 鲁网 date line, 打印, 责任编辑 and 新闻关键词, keeping date and outlet', () => {
		const { lines, page } = removeBoilerplate(
			blocks(
				'枣庄市峄城区召开新闻发布会',
				'2022-05-10 12:36:57 来源:鲁网 大字体 小字体 扫码带走',
				'打印',
				'鲁网5月10日讯(记者 杜伟)5月10日,峄城区召开发布会。',
				'责任编辑:杜伟',
				'新闻关键词:枣庄市峄城区',
			),
		);
		expect(lines.map((l) => l.text)).toEqual([
			'枣庄市峄城区召开新闻发布会',
			'鲁网5月10日讯(记者 杜伟)5月10日,峄城区召开发布会。',
		]);
		expect(page).toMatchObject({ source: '鲁网', date: '2022-05-10' });
	});

	test('a picture or data credit (图片来源, 数据来源) names no outlet of the page', () => {
		for (const credit of ['图片来源:佛山市某电器科技有限公司', '数据来源:国家统计局']) {
			const { page } = removeBoilerplate(blocks(credit, '本报讯 11月29日,我市召开发布会。'));
			expect(page.source).toBe('');
		}
	});

	test('reads outlet and date from a 来源 … 发布时间 line', () => {
		const { lines, page } = removeBoilerplate(
			blocks('来源:菏泽日报 作者:李若生 发布时间:2023-11-30 08:12'),
		);
		expect(lines).toEqual([]);
		expect(page).toMatchObject({ source: '菏泽日报', date: '2023-11-30', datePublished: true });
	});

	test('drops portal furniture: long 发布时间 lines, 字体 大 中 小, (完)', () => {
		const { lines, page } = removeBoilerplate(
			blocks(
				'发布时间:2023-11-29 10:25:31 来源:人民网-人民日报 作者:李若生 责任编辑:王五 浏览次数:1234',
				'【字体:大 中 小】',
				'本报讯 11月29日,我市召开发布会。',
				'(完)',
			),
		);
		expect(lines.map((l) => l.text)).toEqual(['本报讯 11月29日,我市召开发布会。']);
		expect(page).toMatchObject({ source: '人民网', date: '2023-11-29', sourceLabelled: true });
	});

	test('marks the block after 本版责编 as an item boundary', () => {
		const { lines } = removeBoilerplate(
			blocks('威县县委书记崔耀鹏说。', '本版责编:苏显龙 肖 遥 赵晓曦', '上海出台相关举措'),
		);
		expect(lines[1]).toMatchObject({ text: '上海出台相关举措', afterFurniture: true });
	});

	test('drops the page’s photo credit and a column’s mailbox, which head no story', () => {
		const { lines } = removeBoilerplate(
			blocks(
				'威县县委书记崔耀鹏说。',
				'本版摄影：李 明 王小红',
				'栏目投稿邮箱：lanmu@example.com',
				'上海出台相关举措',
			),
		);
		expect(lines.map((l) => l.text)).toEqual(['威县县委书记崔耀鹏说。', '上海出台相关举措']);
	});
});

describe('cleanLines', () => {
	test('normalises, drops furniture and joins in one pass', () => {
		const { lines } = cleanLines(
			blocks(
				'据发布,牡丹区委调整充实了领导小组。',
				'  政务服务持续优化。对全区883项政务服务事项进行梳',
				'理,编制办事指南657项。',
				'责任编辑:杜伟',
			),
		);
		expect(lines.map((l) => l.text)).toEqual([
			'据发布，牡丹区委调整充实了领导小组。',
			'政务服务持续优化。对全区883项政务服务事项进行梳理，编制办事指南657项。',
		]);
	});
});

describe('网页的页头按形状认出', () => {
	test('标题上方几行不成句、与正文无关的短行加一行导航，是网页：标题取新闻标题，页头不进正文', () => {
		const text = [
			'某某区融媒云平台',
			'群众办事一站通',
			'首页 | 区情 | 公开 | 服务',
			'某某区启用社区食堂二十家',
			'近日，某某区首批二十家社区食堂同时开门营业，为辖区老年人提供每餐不超过十元的助餐服务。',
			'区民政局介绍，今年全区还将新建社区食堂十五家，实现街道全覆盖。',
		].join('\n');
		const { articles } = extractArticles(
			{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
			{ furniture: readPageFurniture() },
		);
		expect(articles.map((a) => a.title)).toEqual(['某某区启用社区食堂二十家']);
		expect(articles[0]!.paragraphs.join('')).not.toMatch(/云平台|一站通/);
	});
});
