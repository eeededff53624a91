import { expect, test } from 'vitest';
import { extractSlogans, sloganKey } from './extract-slogans.ts';

test('finds “五比五看”“十问十答” once each, in order of first use', () => {
	const text =
		'结合“五比五看”“十问十答”作风建设活动,从三个方面通报峄城区深化“五比五看”“十问十答”作风建设情况。';
	expect(extractSlogans(text)).toEqual(['五比五看', '十问十答']);
});

test('finds parallel formulas 强副职、壮中层、激活力 and 无事不扰 有求必应', () => {
	const text =
		'在全区开展“强副职、壮中层、激活力”推动干部“守底线、增亮点、创一流”工作,营造“无事不扰 有求必应”的营商环境。';
	expect(extractSlogans(text)).toEqual([
		'强副职、壮中层、激活力',
		'守底线、增亮点、创一流',
		'无事不扰 有求必应',
	]);
});

test('finds 1+N, 三优 and 赢在中层 by number words and the programme noun that follows', () => {
	const text =
		'制定以《关于开展“赢在中层”行动打造堪当重任中层干部队伍的实施意见》为统领的“1+N”制度体系。深入开展优职能、优流程、优服务“三优”提升行动。';
	expect(extractSlogans(text)).toEqual(['赢在中层', '1+N', '三优']);
});

test('drops quoted speech: “……我们讨论一下。”', () => {
	const text =
		'“最近公司的发展情况怎么样?有什么能帮上忙的?你尽管提出来,我们讨论一下。”2023年4月,廖国军来到公司。';
	expect(extractSlogans(text)).toEqual([]);
});

test('drops a short quotation followed by its speaker', () => {
	expect(extractSlogans('“一举两得”,黄春成说。')).toEqual([]);
});

test('drops scare quotes of ordinary words: 走出“文件堆”,走出“工作群”', () => {
	expect(
		extractSlogans('我区引导党员干部走出办公室,走出“文件堆”,走出“工作群”,清理“僵尸群”。'),
	).toEqual([]);
});

test('does not take document titles in 《》 as slogans', () => {
	expect(extractSlogans('印发《全市思想能力作风建设精准深入督导方案》')).toEqual([]);
});

test('finds a series built alike: 聚焦“管人员”…聚焦“管平台”…聚焦“管评价”', () => {
	const text =
		'聚焦“管人员”。坚持以中层干部队伍建设为突破口。聚焦“管平台”。深入开展提升行动。聚焦“管评价”。实施差异化考核。';
	expect(extractSlogans(text)).toEqual(['管人员', '管平台', '管评价']);
});

test('merges variants of one formula: 无事不扰 有求必应 and 有求必应、无事不扰, 互联网+ and 互联网＋', () => {
	expect(
		extractSlogans(
			'坚持“无事不扰 有求必应”，推行“互联网＋政务服务”。全区上下践行“有求必应、无事不扰”，深化“互联网+政务服务”。',
			{ stopWords: new Set() },
		),
	).toEqual(['无事不扰 有求必应', '互联网＋政务服务']);
});

test('drops generic words given as stop words, keeps the formulas: “一刀切” vs “五比五看”', () => {
	const text = '防止“一刀切”，开展“五比五看”活动。';
	expect(extractSlogans(text, { stopWords: new Set() })).toEqual(['一刀切', '五比五看']);
	expect(extractSlogans(text, { stopWords: new Set(['一刀切']) })).toEqual(['五比五看']);
});

test('the bundled stop list drops 两会 and 一刀切 but not 五比五看 or 最多跑一次', () => {
	expect(extractSlogans('全国“两会”期间，防止“一刀切”，推行“五比五看”“最多跑一次”改革。')).toEqual([
		'五比五看',
		'最多跑一次',
	]);
});

test('sloganKey ignores separators, part order and full-width forms', () => {
	expect(sloganKey('有求必应，无事不扰')).toBe(sloganKey('无事不扰 有求必应'));
	expect(sloganKey('1＋N')).toBe(sloganKey('1+N'));
	expect(sloganKey('五比五看')).not.toBe(sloganKey('五比五赛'));
});

test('sloganKey merges dash forms and a parallel formula printed without its separator', () => {
	expect(sloganKey('春风行动——就业未来')).toBe(sloganKey('春风行动—就业未来'));
	expect(sloganKey('北溪—2')).toBe(sloganKey('北溪-2'));
	expect(sloganKey('一方有难八方支援')).toBe(sloganKey('一方有难、八方支援'));
	expect(sloganKey('两不愁三保障')).toBe(sloganKey('两不愁、三保障'));
	expect(sloganKey('两不愁三保障')).not.toBe(sloganKey('三保障'));
});

test('a day named by its month and day (“七一”, “三八”) is a date, not a formula', () => {
	expect(
		extractSlogans('迎接“七一”到来，开展“三八”主题活动，落实“六稳”“十一五”规划和“最多跑一次”。', {
			stopWords: new Set(),
		}),
	).toEqual(['六稳', '十一五', '最多跑一次']);
});
