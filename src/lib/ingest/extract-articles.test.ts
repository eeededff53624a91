import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { extractArticles } from './extract-articles.ts';
import type { RawArticle } from './types.ts';

const sources = new URL('../../../content/sources/', import.meta.url);
const seedName = (prefix: string) => readdirSync(sources).find((f) => f.startsWith(prefix))!;
const seedBytes = (prefix: string) => readFileSync(new URL(seedName(prefix), sources));
const extractSeed = (prefix: string, options = {}) =>
	extractArticles({ path: seedName(prefix), bytes: seedBytes(prefix) }, options);

const firstSentence = (a: RawArticle) => a.paragraphs[0]!.split(/(?<=[。！？])/)[0];
const lastSentence = (a: RawArticle) =>
	a.paragraphs
		.at(-1)!
		.split(/(?<=[。！？])/)
		.filter(Boolean)
		.at(-1);
const summary = (a: RawArticle) => ({
	kicker: a.kicker,
	title: a.title,
	titleGenerated: a.titleGenerated,
	kind: a.kind,
	date: a.date,
	datePrecision: a.datePrecision,
	source: a.source,
	reporters: a.reporters,
	dateline: a.dateline,
	line: a.line,
});

describe('seed pages', () => {
	test('splits the 牡丹晚报 page into three stories and drops the column label 权威发布', () => {
		const { articles, diagnostics } = extractSeed('000');
		expect(diagnostics).toEqual([]);
		expect(articles.map(summary)).toEqual([
			{
				kicker: '我市召开“作风建设在路上”主题新闻发布会牡丹区专场',
				title: '打造一支高素质能干事勇担当的干部队伍',
				titleGenerated: false,
				kind: 'news',
				date: '2023-11-29',
				datePrecision: 'day',
				source: '',
				reporters: ['李若生'],
				dateline: undefined,
				line: 3,
			},
			{
				kicker: '市林业局开展野生动物保护宣传月科普知识进校园活动',
				title: '“野生动物”现身校园 乐坏了孩子们',
				titleGenerated: false,
				kind: 'news',
				date: '2023-11-29',
				datePrecision: 'day',
				source: '牡丹晚报',
				reporters: ['姜璐璐'],
				dateline: undefined,
				line: 29,
			},
			{
				kicker: undefined,
				title:
					'2023年菏泽市优化营商环境主题系列新闻发布会第十七场召开 着力营造“无事不扰 有求必应”的营商环境',
				titleGenerated: false,
				kind: 'news',
				date: '2023-11-29',
				datePrecision: 'day',
				source: '',
				reporters: ['李若生'],
				dateline: undefined,
				line: 47,
			},
		]);
		expect(articles.map(lastSentence)).toEqual([
			'通过组织填报实绩、开展正反述绩、公开进行评绩等方式，每季度进行一次实绩纪实专项工作，并按照“一人一档”要求收集整理干部实绩纪实材料，作为了解其日常工作的重要渠道，在年度考核、职务调整、职级晋升等工作重点查阅干部历年来的实绩记载情况。',
			'让同学们在今后的学习生活中将“关爱生命，善待动物”的理念传播给身边每一个人，营造爱护野生动物的良好氛围。',
			'开展“菏法护航”进企业普法宣传活动，面对为企业提供司法服务，全力护航企业发展。',
		]);
		expect(articles.flatMap((a) => a.paragraphs)).not.toContain('权威发布');
	});

	test('joins 推动干部队伍建设能 / 力大幅提升 on the 牡丹晚报 page', () => {
		const [first] = extractSeed('000').articles;
		expect(
			first!.paragraphs.some((p) => p.includes('推动干部队伍建设能力大幅提升、作风形象大转变。')),
		).toBe(true);
		expect(first!.paragraphs).toHaveLength(7);
	});

	test('reads the 德州新闻网 page as one story with section headings and no copyright notice', () => {
		const { articles } = extractSeed('001');
		expect(articles.map(summary)).toEqual([
			{
				kicker: undefined,
				title: '陵城：狠抓落实一线“点兵”励担当',
				titleGenerated: false,
				kind: 'news',
				date: '2019-01-01',
				datePrecision: 'year',
				source: '德州新闻网',
				reporters: ['任婧婉', '刘瑶', '李哲'],
				dateline: undefined,
				line: 1,
			},
		]);
		expect(firstSentence(articles[0]!)).toBe(
			'近日，我区分管工业的副区长杜昌春带领工信、金融监管及金融单位主要负责人到广鑫铁塔制造有限公司现场办公。',
		);
		expect(lastSentence(articles[0]!)).toBe(
			'目前，全区还评选出123名“陵城好干部”、30名“陵城业务骨干”，树立起干事创业的榜样，激发起广大干部群众主动干事的激情和热情。',
		);
		expect(articles[0]!.paragraphs.join('')).not.toMatch(/版权|免责|本网/);
		expect(articles[0]!.paragraphs).toContain('走出“文件堆”“工作群”');
	});

	test('splits the 人民日报 page: 司法部 title printed after its body, photo caption, 新湘评论 contents', () => {
		const { articles } = extractSeed('002');
		expect(articles.map(summary)).toEqual([
			{
				kicker: undefined,
				title: '广东深圳宝安区组织591名干部挂点走访企业',
				titleGenerated: false,
				kind: 'news',
				date: '2024-01-18',
				datePrecision: 'day',
				source: '',
				reporters: ['吕绍刚'],
				dateline: undefined,
				line: 3,
			},
			{
				kicker: undefined,
				title: '司法部、中国残疾人联合会印发意见 进一步加强残疾人法律服务工作',
				titleGenerated: false,
				kind: 'news',
				date: '2024-01-18',
				datePrecision: 'day',
				source: '',
				reporters: ['张璠'],
				dateline: '北京',
				line: 57,
			},
			{
				kicker: '山东河口经济开发区',
				title: '强化园区党建 凝聚发展合力',
				titleGenerated: false,
				kind: 'news',
				date: '2024-01-18',
				datePrecision: 'day',
				source: '',
				reporters: ['陈支援'],
				dateline: '济南',
				line: 67,
			},
			{
				kicker: '河北威县',
				title: '党建引领推进乡村全面振兴',
				titleGenerated: false,
				kind: 'news',
				date: '2024-01-18',
				datePrecision: 'day',
				source: '',
				reporters: ['张腾扬'],
				dateline: '石家庄',
				line: 77,
			},
			{
				kicker: '上海出台相关举措',
				title: '高质效办好检察信访案件',
				titleGenerated: false,
				kind: 'news',
				date: '2024-01-18',
				datePrecision: 'day',
				source: '',
				reporters: ['巨云鹏'],
				dateline: '上海',
				line: 91,
			},
			{
				kicker: undefined,
				title: '贵州省铜仁市玉屏侗族自治县第五幼儿园开展“贴窗花 迎新春”主题活动',
				titleGenerated: true,
				kind: 'photo',
				date: '2024-01-18',
				datePrecision: 'day',
				source: '',
				reporters: [],
				dateline: undefined,
				line: 101,
			},
			{
				kicker: undefined,
				title: '内蒙古呼和浩特市持续完善激励措施 干部有作为 发展有底气',
				titleGenerated: false,
				kind: 'news',
				date: '2024-01-18',
				datePrecision: 'day',
				source: '',
				reporters: ['丁志军'],
				dateline: undefined,
				line: 103,
			},
			{
				kicker: undefined,
				title: '新湘评论 2024年第2期',
				titleGenerated: false,
				kind: 'contents',
				date: '2024-01-16',
				datePrecision: 'day',
				source: '新湘评论',
				reporters: [],
				dateline: undefined,
				line: 135,
			},
		]);
		const [baoan, justice, hekou, weixian, shanghai, , hohhot] = articles;
		expect(lastSentence(baoan!)).toBe(
			'面对新订单，公司总经理闻旭刚有些发愁：公司资金状况并不好，原料采购和开生产却需要一大笔投入。',
		);
		expect(firstSentence(justice!)).toMatch(
			/^本报北京1月18日电\(记者张璠\)日前，司法部、中国残疾人联合会印发/,
		);
		expect(lastSentence(justice!)).toMatch(/关爱残疾人的良好氛围提出要求。$/);
		expect(justice!.paragraphs.join('')).not.toContain('山东河口');
		expect(hekou!.paragraphs.join('')).not.toContain('司法部');
		expect(lastSentence(weixian!)).toBe('”威县县委书记崔耀鹏说。');
		expect(weixian!.paragraphs.join('')).not.toContain('本版责编');
		expect(shanghai!.paragraphs.join('')).not.toContain('摄');
		expect(lastSentence(hohhot!)).toMatch(/呼和浩特市区域经济合作局有关负责人说。$/);
		expect(hohhot!.paragraphs.join('')).not.toContain('新湘评论');
		expect(baoan!.paragraphs).not.toContain('因干部状态新观察');
	});

	test('reads the 鲁网 web page without its furniture', () => {
		const { articles } = extractSeed('003');
		expect(articles.map(summary)).toEqual([
			{
				kicker: undefined,
				title: '枣庄市峄城区召开思想能力作风问题曝光暨“满意峄城”创建新闻发布会',
				titleGenerated: false,
				kind: 'news',
				date: '2022-05-10',
				datePrecision: 'day',
				source: '鲁网',
				reporters: ['杜伟'],
				dateline: undefined,
				line: 1,
			},
		]);
		const text = articles[0]!.paragraphs.join('\n');
		expect(text).not.toMatch(/大字体|扫码带走|打印|责任编辑|新闻关键词|12:36:57/);
		expect(articles[0]!.paragraphs[0]).toMatch(/^鲁网5月10日讯\(记者 杜伟\)5月10日，枣庄市峄城区/);
		expect(articles[0]!.paragraphs).toHaveLength(12);
	});

	test('generates a title for the 枣庄 page that has none', () => {
		const { articles } = extractSeed('004');
		expect(articles.map(summary)).toEqual([
			{
				kicker: undefined,
				title: '市委聚焦建设高素质专业化干部队伍，持续推动思想能力作风建设',
				titleGenerated: true,
				kind: 'news',
				date: null,
				datePrecision: 'unknown',
				source: '',
				reporters: ['刘振江'],
				dateline: undefined,
				line: 1,
			},
		]);
		expect(articles[0]!.paragraphs).toHaveLength(29);
	});

	test('a context year from the caller dates the 枣庄 page', () => {
		expect(extractSeed('004', { contextYear: 2022 }).articles[0]).toMatchObject({
			date: '2022-01-01',
			datePrecision: 'year',
		});
		expect(extractSeed('004', { contextDate: '2022-10-20' }).articles[0]).toMatchObject({
			date: '2022-10-20',
			datePrecision: 'day',
		});
	});

	test('a GB18030 copy of the 人民日报 page gives the same items', () => {
		const gb = iconv.encode(seedBytes('002').toString('utf8'), 'gb18030');
		expect(extractArticles({ path: seedName('002'), bytes: gb })).toEqual(extractSeed('002'));
	});
});

test('a magazine contents page names its outlet in the publisher line (编辑出版:…杂志社)', () => {
	const items = extractSeed('002_').articles.filter((a) => a.kind === 'contents');
	expect(items.map((a) => a.source)).toEqual(['新湘评论']);
});
