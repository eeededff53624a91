import { describe, expect, test } from 'vitest';
import { collectYearEvidence, inferYear, isYearTrusted, leadDate } from './dates.ts';
import {
	assignHeadline,
	kindOf,
	outletOfByline,
	parseDateline,
	reportersFrom,
	titleFromLead,
} from './metadata.ts';

import { itemsOf } from './web-test-page.ts';

const head = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseDateline', () => {
	test('reads city, month and day from 本报北京1月18日电', () => {
		expect(parseDateline('本报北京1月18日电(记者张璠)日前,司法部印发意见。')).toEqual({
			outlet: '',
			city: '北京',
			month: 1,
			day: 18,
			byline: '记者张璠',
			rest: '日前,司法部印发意见。',
		});
	});

	test('reads the outlet of 鲁网5月10日讯 and of 新华社北京', () => {
		expect(parseDateline('鲁网5月10日讯(记者 杜伟)5月10日,峄城区召开发布会。')).toMatchObject({
			outlet: '鲁网',
			month: 5,
			day: 10,
		});
		expect(parseDateline('新华社北京2月2日电 2月2日晚,会议召开。')).toMatchObject({
			outlet: '新华社',
			city: '北京',
			month: 2,
			day: 2,
		});
	});

	test('据新华社北京 is 新华社 filing from 北京; a dateline prefix that names no outlet is none', () => {
		expect(parseDateline('据新华社北京2月5日电 2月5日,会议召开。')).toMatchObject({
			outlet: '新华社',
			city: '北京',
		});
		expect(parseDateline('综合本报北京2月5日电 春节期间,各地举办活动。')).toMatchObject({
			outlet: '',
		});
		expect(parseDateline('第七届世界军人运动会执委会10月8日电 赛事筹备就绪。')?.outlet).toBe('');
	});

	test('reads 本报讯 with a full-width byline', () => {
		expect(parseDateline('本报讯（牡丹晚报全媒体记者 姜璐璐）11月29日，活动举行。')).toMatchObject({
			outlet: '',
			byline: '牡丹晚报全媒体记者 姜璐璐',
			rest: '11月29日，活动举行。',
		});
	});

	test('reads a bare byline before 报道', () => {
		expect(parseDateline('本报讯 记者 李若生 报道:11月29日,我市召开发布会。')).toMatchObject({
			byline: '记者 李若生',
			rest: '11月29日,我市召开发布会。',
		});
	});

	test('finds no dateline in 据介绍', () => {
		expect(parseDateline('据介绍,牡丹区委开展此次工作。')).toBeUndefined();
	});
});

describe('reportersFrom', () => {
	test('reads 记者 任婧婉 刘瑶 李哲', () =>
		expect(reportersFrom('□记者 任婧婉 刘瑶 李哲')).toEqual(['任婧婉', '刘瑶', '李哲']));
	test('reads 记者张璠 without a space', () => expect(reportersFrom('记者张璠')).toEqual(['张璠']));
	test('joins the spaced two-character name 肖 遥', () =>
		expect(reportersFrom('本报记者 方  敏 肖 遥')).toEqual(['方敏', '肖遥']));
	test('reads 作者 and 文/图 bylines', () => {
		expect(reportersFrom('作者:李若生')).toEqual(['李若生']);
		expect(reportersFrom('文/图 张腾扬')).toEqual(['张腾扬']);
	});
	test('stops at 通讯员', () => expect(reportersFrom('记者 杜伟 通讯员 王某某')).toEqual(['杜伟']));
});

describe('outletOfByline', () => {
	test('reads 牡丹晚报 from 牡丹晚报全媒体记者 姜璐璐', () =>
		expect(outletOfByline('牡丹晚报全媒体记者 姜璐璐')).toBe('牡丹晚报'));
	test('gives nothing for 本报记者', () => expect(outletOfByline('本报记者 吕绍刚')).toBe(''));
	// A story compiled from the paper's own reporters' (`综合本报记者…报道`) names the paper as 本报.
	test('gives nothing for 综合本报记者', () =>
		expect(outletOfByline('综合本报记者彭波、王云娜报道')).toBe(''));
});

describe('assignHeadline', () => {
	test('reads kicker and title of a 人民日报 two-line headline', () => {
		expect(assignHeadline(head('山东河口经济开发区', '强化园区党建 凝聚发展合力'))).toEqual({
			kicker: '山东河口经济开发区',
			title: '强化园区党建 凝聚发展合力',
		});
	});

	test('reads a dash subtitle', () => {
		expect(assignHeadline(head('为百姓,他不曾犹豫半分', '——追记安徽省绩溪县殉职干部李夏'))).toEqual(
			{ title: '为百姓,他不曾犹豫半分', subtitle: '追记安徽省绩溪县殉职干部李夏' },
		);
	});

	test('reads a long second line under a full title as its subtitle', () => {
		expect(
			assignHeadline(
				head(
					'省委书记春节前夕走访慰问驻地部队',
					'向全省广大干部群众和驻地部队全体官兵民兵预备役人员致以新春祝福',
				),
			),
		).toEqual({
			title: '省委书记春节前夕走访慰问驻地部队',
			subtitle: '向全省广大干部群众和驻地部队全体官兵民兵预备役人员致以新春祝福',
		});
	});

	test('keeps a first line that leads into the title as kicker', () => {
		expect(
			assignHeadline(
				head('省长在边境县考察时指出', '着力推进改革发展 努力破解民生难题让各族群众的日子越过越好'),
			),
		).toMatchObject({
			kicker: '省长在边境县考察时指出',
		});
	});

	test('takes the marked heading as title', () => {
		expect(
			assignHeadline([
				{ text: '市林业局开展科普知识进校园活动', line: 1 },
				{ text: '“野生动物”现身校园 乐坏了孩子们', line: 3, heading: 2 },
			]),
		).toEqual({
			kicker: '市林业局开展科普知识进校园活动',
			title: '“野生动物”现身校园 乐坏了孩子们',
		});
	});
});

describe('kindOf', () => {
	const news = { head: [], bylines: [], body: [], kind: 'news' as const };
	test('reads 关于…的公告 as a notice', () => {
		expect(kindOf(news, '中共某市委组织部关于2024年度公开遴选公务员的公告')).toBe('notice');
		expect(kindOf(news, '干部任前公示')).toBe('notice');
	});
	test('reads a report about a notice as news', () => {
		expect(kindOf(news, '市政府印发关于优化营商环境的通知')).toBe('news');
	});
});

describe('titleFromLead', () => {
	test('skips 今年以来 and keeps the first clauses of the 枣庄 lead', () => {
		expect(
			titleFromLead(
				'今年以来,市委聚焦建设高素质专业化干部队伍,持续推动思想能力作风建设,并将其作为一条主线贯穿全年始终。',
			),
		).toBe('市委聚焦建设高素质专业化干部队伍，持续推动思想能力作风建设');
	});

	test('skips a lead date', () => {
		expect(
			titleFromLead('1月18日,贵州省铜仁市玉屏侗族自治县第五幼儿园开展主题活动,小朋友们张贴窗花。'),
		).toBe('贵州省铜仁市玉屏侗族自治县第五幼儿园开展主题活动');
	});
});

describe('dates', () => {
	test('reads 11月29日, at the head of a lead', () =>
		expect(leadDate('11月29日,我市召开发布会')).toEqual({ month: 11, day: 29 }));
	test('reads 2023年11月29日 with its year', () =>
		expect(leadDate('2023年11月29日，我市召开')).toEqual({ year: 2023, month: 11, day: 29 }));

	test('a target such as 到2025年 does not set the year', () => {
		const evidence = collectYearEvidence(
			'2021年以来,全市受理信访11.6万件。《意见》明确,到2025年,形成法律服务网络。力争2026年前建成。',
		);
		expect(evidence.year).toBe(2021);
	});

	test('截至2023年11月 puts a January dateline in 2024', () => {
		const evidence = collectYearEvidence('“截至2023年11月,全市新引进招商引资项目702个。”');
		expect(inferYear(evidence, 1)).toBe(2024);
		expect(inferYear(evidence, 12)).toBe(2023);
	});

	test('2023年底 and 2023年全年 speak of a finished year', () => {
		expect(inferYear(collectYearEvidence('截至2023年底,全市累计发放补贴3000万元。'))).toBe(2024);
		expect(inferYear(collectYearEvidence('2023年全年,平台共收到5300件诉求。'), 1)).toBe(2024);
	});

	test('a text that looks back on 去年 puts the latest year mentioned in the past', () => {
		expect(
			inferYear(collectYearEvidence('去年,全县新增就业1.2万人。2018年,全县完成投资80亿元。')),
		).toBe(2019);
	});

	test('a single passing mention such as 2014年,我同… does not date the text', () => {
		const text =
			'国家主席习近平31日在人民大会堂同卡塔尔埃米尔举行会谈。习近平指出,2014年,我同埃米尔殿下共同宣布建立战略伙伴关系。';
		expect(
			isYearTrusted(
				collectYearEvidence(text),
				'国家主席习近平31日在人民大会堂同卡塔尔埃米尔举行会谈。',
			),
		).toBe(false);
	});

	test('2023年以来 or a year in the lead dates the text', () => {
		expect(
			isYearTrusted(collectYearEvidence('2023年以来,宝安区组织591名干部挂点对接企业。'), ''),
		).toBe(true);
		expect(
			isYearTrusted(
				collectYearEvidence('2023年菏泽市优化营商环境新闻发布会召开。'),
				'2023年菏泽市优化营商环境新闻发布会召开。',
			),
		).toBe(true);
		expect(
			isYearTrusted(
				collectYearEvidence('2019年陵城区政府工作报告提出,把人民群众对美好生活的向往作为出发点。'),
				'',
			),
		).toBe(true);
	});

	test('a magazine issue line 2024年第2期 gives the year', () => {
		expect(inferYear(collectYearEvidence('2024年第2期(总第790期) 1月16日出版 要目'), 1)).toBe(2024);
	});

	test('plan ranges such as 2023—2025年 are ignored', () => {
		expect(collectYearEvidence('印发《2023—2025年行动计划》').year).toBeUndefined();
	});
});

describe('assignHeadline on blocks with decks and column tags', () => {
	test('带栏目标签的一行是标题，其后的长句导语不是', () => {
		expect(
			assignHeadline(
				head(
					'让乡村课堂亮起来(基层治理新观察)',
					'城乡教育资源共享不是简单的设备下乡，更要让好老师、好课程真正留得住',
				),
			),
		).toEqual({ title: '让乡村课堂亮起来(基层治理新观察)' });
	});

	test('以破折号结尾的引题后面一行是标题', () => {
		expect(assignHeadline(head('一位乡村医生的三十年——', '守护村民健康的“活地图”'))).toEqual({
			kicker: '一位乡村医生的三十年',
			title: '守护村民健康的“活地图”',
		});
	});

	test('完整标题下的较短一行是副题', () => {
		expect(
			assignHeadline(head('国务院常务会议部署进一步做好稳就业工作', '加大对重点群体帮扶力度')),
		).toEqual({
			title: '国务院常务会议部署进一步做好稳就业工作',
			subtitle: '加大对重点群体帮扶力度',
		});
	});
});

test('电头月日早于导语开头的完整日期：电头在下一年', () => {
	const [a] = itemsOf([
		'某某县森林防火工作取得新进展',
		'本报北京1月9日电（记者王某）2019年12月5日，某某县启动冬春森林防火专项行动，全县各乡镇同步开展巡山护林。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
	]);
	expect(a?.date).toBe('2020-01-09');
	const [b] = itemsOf([
		'某某县森林防火工作取得新进展',
		'本报北京12月9日电（记者王某）2019年12月5日，某某县启动冬春森林防火专项行动，全县各乡镇同步开展巡山护林。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
	]);
	expect(b?.date).toBe('2019-12-09');
});
