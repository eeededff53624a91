import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractMeasures } from './extract-measures.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';

const config = readThemeConfig(join(import.meta.dirname, '../../..'));
const deps = { config, regionOf: (text: string) => (text.includes('宝安') ? '440306' : '370400') };
// The rules alone, for tests of splitting, quantities and regions on the rules' own verdicts (the
// measure model, trained on national news, drops some of these sample clauses).
const { measureModel: _model, ...rules } = config;
const rulesDeps = { ...deps, config: rules };
const texts = (paragraphs: string[]) => extractMeasures(paragraphs, deps).map((m) => m.text);
const textsByRules = (paragraphs: string[]) =>
	extractMeasures(paragraphs, rulesDeps).map((m) => m.text);

describe('extractMeasures', () => {
	test('takes each action of 聚焦“管人员” as a measure, with its quantities and themes (rules alone)', () => {
		const measures = extractMeasures(
			[
				'聚焦“管人员”。坚持以中层干部队伍建设为突破口,统筹涵盖一般干部、县级干部,重点推动任职时间较长、年轻有培养潜力的中层干部轮岗交流,通过内部轮岗、横向交流、竞争性交流、上下交流,实现中层干部资源在全市范围内优化配置。全市各级各部门内部轮岗2700余人次,横向交流600余人次,上下交流140余人次,选派139名新录用公务员到一线实践锻炼。',
			],
			rulesDeps,
		);
		expect(measures.map((m) => m.text)).toEqual([
			'坚持以中层干部队伍建设为突破口,统筹涵盖一般干部、县级干部,重点推动任职时间较长、年轻有培养潜力的中层干部轮岗交流,通过内部轮岗、横向交流、竞争性交流、上下交流,实现中层干部资源在全市范围内优化配置',
			'全市各级各部门内部轮岗2700余人次,横向交流600余人次,上下交流140余人次,选派139名新录用公务员到一线实践锻炼',
		]);
		expect(measures[1]?.themes[0]).toBe('cadre-rotation');
		expect(measures[1]?.quantities.map((q) => q.text)).toEqual([
			'2700余人次',
			'600余人次',
			'140余人次',
			'139名新录用公务员',
		]);
		expect(measures[1]?.region).toBe('370400');
	});

	test('keeps 每名干部每周走访不少于2次 and gives it the region the clause names', () => {
		const [measure] = extractMeasures(
			['2023年以来,宝安区组织全区591名干部挂点对接区内企业。'],
			deps,
		);
		expect(measure?.text).toBe('2023年以来,宝安区组织全区591名干部挂点对接区内企业');
		expect(measure?.region).toBe('440306');
		expect(measure?.subThemes).toContain('enterprise-service/liaison-visits');
	});

	test('drops quoted speech: “狠抓落实,关键要坚持做到一线办公……”区委书记马常春说', () => {
		expect(
			texts([
				'“狠抓落实,关键要坚持做到一线办公,从被动接招转变为主动服务,不为困难找理由,只为干成想办法,切实为群众解决燃眉之急。 ”区委书记马常春说。',
			]),
		).toEqual([]);
	});

	test('drops an anecdote: 随后,廖国军与街道…联系…并前往公园实地调研', () => {
		expect(
			texts([
				'随后,廖国军与街道、社区以及城管部门联系,街道也第一时间组织召开企业服务工作会议,并前往公园实地调研产品投放的可行性。',
			]),
		).toEqual([]);
	});

	test('drops outcome statistics: 地区生产总值实现41.88亿元,增长7.1%', () => {
		expect(
			texts([
				'其中,地区生产总值实现41.88亿元,增长7.1%,全市第一,分别高于全省、全市1.9个百分点和0.8个百分点;规上工业增加值增速19.5%,全市第一。',
			]),
		).toEqual([]);
	});

	test('skips section headings such as 构建一张网络', () => {
		expect(texts(['构建一张网络', '推动干部下沉一线,实现政企之间直达直联'])).toEqual([]);
	});

	test('splits 一是…二是… and keeps the original wording (rules alone)', () => {
		expect(
			textsByRules([
				'针对这些问题,开展“三大行动”深化作风建设。一是召开全区思想能力作风问题曝光大会。9日下午,峄城区召开全区思想能力作风问题曝光大会,全区在职副县级以上领导干部近700人参加了会议。二是开展“赢在中层”干部论坛活动。',
			]),
		).toEqual([
			'针对这些问题,开展“三大行动”深化作风建设',
			'召开全区思想能力作风问题曝光大会',
			'开展“赢在中层”干部论坛活动',
		]);
	});
});

test('lets a clause without a theme of its own take the article themes it shows evidence for', () => {
	const clause =
		'为进一步激发干事创业热情,全面提升全区中层干部整体素质,在全区开展“赢在中层”干部论坛活动。';
	expect(extractMeasures([clause], deps)[0]?.themes).toEqual([]);
	const withArticle = { ...deps, articleThemes: ['cadre-work-style', 'cadre-incentive'] as const };
	expect(extractMeasures([clause], withArticle)[0]?.themes).toEqual(['cadre-incentive']);
});

describe('hand-labelled clauses from the sample pages', async () => {
	const { clauses } = (await import('./fixtures/measure-labels.json', { with: { type: 'json' } }))
		.default as unknown as { clauses: [string, boolean][] };
	const predicted = clauses.map(([text, gold]) => ({
		gold,
		kept: extractMeasures([text], deps).length > 0,
	}));
	const tp = predicted.filter((p) => p.gold && p.kept).length;
	const precision = tp / predicted.filter((p) => p.kept).length;
	const recall = tp / predicted.filter((p) => p.gold).length;

	test('keeps measures with precision ≥ 0.95 (准确率)', () => {
		console.log(
			`measures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} on ${clauses.length} labelled clauses`,
		);
		expect(precision).toBeGreaterThanOrEqual(0.95);
	});

	test('finds most measures: recall ≥ 0.85', () => {
		expect(recall).toBeGreaterThanOrEqual(0.85);
	});
});

describe('体裁语法 (grammar of the genre)', () => {
	test('keeps a time-limited commitment: 3个工作日内响应、15个工作日内办结', () => {
		expect(texts(['对企业反映的诉求，做到3个工作日内响应、15个工作日内办结。'])).toEqual([
			'对企业反映的诉求，做到3个工作日内响应、15个工作日内办结',
		]);
	});

	test('keeps a grant or waiver with its amount for a target group: 减免3个月房屋租金', () => {
		const clauses = [
			'对符合条件的小微企业，减免3个月房屋租金。',
			'对新招用高校毕业生的企业，给予每人1000元一次性补贴。',
			'对受疫情影响的个体工商户，缓缴社会保险费6个月。',
		];
		expect(texts(clauses)).toHaveLength(3);
	});

	test('keeps a rule in normative wording: 一律压减一半以上', () => {
		expect(texts(['今年各级简报将压减1/3以上，基层上报的报表材料一律压减一半以上。'])).toHaveLength(
			1,
		);
	});

	test('drops the dateline and reporter before a measure: 本报济南…电（记者…）', () => {
		expect(
			texts([
				'本报济南1月5日电  （记者王明）山东省日前出台20条措施，设立100亿元民营企业纾困基金。',
			]),
		).toEqual(['山东省日前出台20条措施，设立100亿元民营企业纾困基金']);
	});

	test('drops event reports: attendance, a meeting that was held, who chaired', () => {
		expect(
			texts([
				'会议以视频形式召开，全县副科级以上干部近700人参加了会议。',
				'全市优化营商环境推进大会23日在市行政中心召开。',
				'会议由市委副书记、市长主持，各县区和市直部门主要负责人参加。',
			]),
		).toEqual([]);
	});

	test('drops background on the place: 位于…，下辖12个乡镇', () => {
		expect(texts(['该县位于鲁西南，下辖12个乡镇，常住人口80万，近年来推进特色产业发展。'])).toEqual(
			[],
		);
	});

	test('a disciplinary decision on one person (给予…处分) is no measure', () => {
		expect(texts(['经研究，决定给予王某某开除党籍处分，收缴其违纪所得120万元。'])).toEqual([]);
	});
});

describe('national pages (issue 12): commitments kept, speech, events and background dropped', () => {
	test('keeps a waiver for a target group without an amount: 对…的图书免征增值税', () => {
		expect(texts(['对捐赠给农村学校的图书免征增值税。'])).toHaveLength(1);
	});

	test('scores a document’s content, not its lead: 通知称：自…至…，实行…政策', () => {
		expect(
			texts(['通知称：自2024年3月1日至6月30日，实行阶段性降低失业保险费率政策。']),
		).toHaveLength(1);
	});

	test('keeps an arrangement with its purpose and commitment: 为方便…，将开通…', () => {
		expect(texts(['为方便群众办事，县政务服务中心将开通周末预约服务。'])).toHaveLength(1);
	});

	test('keeps a deadline for an issued list: 9月底前…清单下达到各县', () => {
		expect(texts(['9月底前，全部改造项目资金清单下达到各县。'])).toHaveLength(1);
	});

	test('drops an exhortation without a decided action: 各地要加强…', () => {
		expect(texts(['各地要加强统筹协调，推动服务提质，努力形成良好工作格局。'])).toEqual([]);
		expect(texts(['各单位要推进作风建设，以实际行动迎接大会胜利召开。'])).toEqual([]);
	});

	test('drops first-person pledges, keeps 我市 as the report’s own subject', () => {
		expect(texts(['我们将继续组织力量，把这件实事办好。'])).toEqual([]);
		expect(texts(['我市设立2000万元人才发展专项资金，每年评选10名领军人才。'])).toHaveLength(1);
	});

	test('drops definitions and biographies: 所谓…是指, 历任', () => {
		expect(
			texts([
				'所谓“双报到”，是指机关党组织和党员到社区报到，建立结对服务机制。',
				'1990年起历任县委办公室副主任、县民政局局长，其间组织开展了3次专项整治。',
			]),
		).toEqual([]);
	});

	test('drops an exhibition or expo that opens: …博览会今天开幕, …展览在…举办', () => {
		expect(
			texts([
				'第五届农产品博览会今天（6月8日）在省会开幕，来自20个国家的300多家企业参展，其间还将举办系列活动。',
				'2019年5月1日，“百年风华”主题展览在市博物馆举办，吸引了众多观众。',
				'展会期间，主办方还组织开展了产业合作座谈会，交流合作经验。',
			]),
		).toEqual([]);
	});

	test('社会组织 is a noun, not the verb 组织: 已有85个社会组织登记备案', () => {
		expect(texts(['目前，全县已有85个社会组织登记备案，涵盖“助学”“助老”等领域。'])).toEqual([]);
	});

	test('drops a document’s ideological preamble: 坚持以…为指导', () => {
		expect(
			texts([
				'《条例》坚持以习近平新时代中国特色社会主义思想为指导，明确了评审的范围、程序和纪律要求。',
			]),
		).toEqual([]);
	});

	test('drops speech introduced after a comma: 在…座谈会上，…社长张三指出，…', () => {
		expect(
			texts(['5月8日，在新书座谈会上，出版社社长张三指出，该书为干部培训提供了一份重要教材。']),
		).toEqual([]);
	});

	test('drops what a foreign state does: 意大利政府…推出…机制', () => {
		expect(texts(['当地时间9日，意大利政府推出一项接收难民的分配机制，每月审核2次。'])).toEqual([]);
	});

	test('steering without a number, deadline, rule or document is no measure: 推进…，完善…机制', () => {
		expect(texts(['持续深化体制改革，推进高水平开放，完善考核评价机制和服务保障模式。'])).toEqual(
			[],
		);
		expect(texts(['各方必须凝聚共识，携手构建开放型世界经济。'])).toEqual([]);
		expect(texts(['修订《城市停车设施规划》，年底前建成3个公共停车场。'])).toHaveLength(1);
	});

	test('drops results, founding dates and exhibitions: 建成后…, 成立于…, 数据显示…, …展在…开展', () => {
		expect(
			texts([
				'项目建成后每年可发电50亿千瓦时，带来可观效益。',
				'区物业纠纷调解中心成立于2015年3月，负责调处辖区物业纠纷。',
				'数据显示，全省已建成社区食堂1200个，覆盖六成以上街道。',
				'今天，“乡村记忆”主题展在市博物馆开展，集中展示乡村发展历程。',
				'全省就业促进周活动今天在省会启动，计划举办招聘会200场。',
			]),
		).toEqual([]);
	});

	test('a first-person account anywhere in the clause is speech: …让我受启发', () => {
		expect(
			texts(['这几年，合作社新建了3座冷库、成立加工厂，乡亲们的新点子常常让我受启发。']),
		).toEqual([]);
	});

	test('要 with a hard rule is an obligation, not an exhortation: 每名干部每年要走访…不少于10家', () => {
		expect(texts(['每名机关干部每年要走访联系企业不少于10家。'])).toHaveLength(1);
	});

	test('a company’s own action is no government measure: 在江苏，某某集团…设立1亿元基金', () => {
		expect(
			texts([
				'在江苏，某某集团设立1亿元专项基金，每日向医院供应消毒液50吨。',
				'某某银行武汉分行近期累计向医药企业发放贷款20亿元。',
				'【案情】张某与中介公司签订《房屋租赁合同》，约定每月15日交纳租金。',
			]),
		).toEqual([]);
	});
});
