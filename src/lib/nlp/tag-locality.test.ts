import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createJiebaSegmenter } from './jieba/nodejieba-segmenter.ts';
import { regionOfClause, tagLocalities, type LocalityInput } from './tag-locality.ts';

const segmenter = createJiebaSegmenter();
const deps = { segmenter };

/** Lines `from`…`to` (1-based, inclusive) of a bundled sample as one article; `title` is a line number. */
function sample(
	file: string,
	title: number,
	from: number,
	to: number,
	extra: Partial<LocalityInput> = {},
): LocalityInput {
	const lines = readFileSync(
		new URL(`../../../content/sources/${file}`, import.meta.url),
		'utf8',
	).split('\n');
	const clean = (line: string) => line.replace(/^#+\s*|\*\*/g, '').trim();
	const paragraphs = lines
		.slice(from - 1, to)
		.map(clean)
		.filter((line) => line !== '');
	return { title: clean(lines[title - 1] ?? ''), paragraphs, source: '', ...extra };
}

const S000 = '000_e2a729dcf6ac5156.txt';
const S001 = '001_656a4e0b7189dfe8.txt';
const S002 = '002_6b241039d71ad9d0.txt';
const S003 = '003_e01ca59eb94a4339.txt';
const S004 = '004_7ea665e52a611658.txt';

describe('样例文章', () => {
	test('峄城: seed 003 is about 枣庄市峄城区 370404', () => {
		const result = tagLocalities(sample(S003, 1, 2, 31, { source: '鲁网' }), deps);
		expect(result.region).toBe('370404');
		expect(result.regions[0]).toBe('370404');
	});

	test('牡丹区: first seed-000 item is about 菏泽市牡丹区 371702, 我市 is 菏泽', () => {
		const result = tagLocalities(sample(S000, 3, 5, 27, { source: '菏泽日报' }), deps);
		expect(result.region).toBe('371702');
		expect(result.mentions.find((m) => m.surface === '我市')?.code).toBe('371700');
	});

	test('陵城: 我区 resolves to 德州市陵城区 371403', () => {
		const result = tagLocalities(sample(S001, 1, 2, 45, { source: '德州新闻网' }), deps);
		expect(result.region).toBe('371403');
		const ours = result.mentions.filter((m) => m.surface === '我区');
		expect(ours.length).toBeGreaterThan(5);
		expect(new Set(ours.map((m) => m.code))).toEqual(new Set(['371403']));
	});

	test('宝安: 广东深圳宝安区组织591名干部 is about 宝安区 440306, not 深圳 or 广东', () => {
		const result = tagLocalities(sample(S002, 3, 5, 55, { source: '人民日报' }), deps);
		expect(result.region).toBe('440306');
		expect(result.regions).not.toContain('440300');
	});

	test('爱步科技(深圳)有限公司 counts as an organisation, not a place', () => {
		const result = tagLocalities(sample(S002, 3, 5, 55, { source: '人民日报' }), deps);
		const inCompany = result.mentions.find(
			(m) => m.surface === '深圳' && m.paragraph >= 0 && m.role === 'organisation',
		);
		expect(inCompany).toBeDefined();
	});

	test('司法部、中国残疾人联合会印发意见 is national 000000', () => {
		const input = sample(S002, 65, 57, 63, { source: '人民日报', dateline: '北京' });
		expect(tagLocalities(input, deps).region).toBe('000000');
	});

	test('山东河口经济开发区 maps to 东营市河口区 370503', () => {
		const result = tagLocalities(
			sample(S002, 67, 69, 75, { source: '人民日报', dateline: '济南' }),
			deps,
		);
		expect(result.region).toBe('370503');
	});

	test('河北威县 is 130533', () => {
		expect(
			tagLocalities(sample(S002, 77, 79, 87, { source: '人民日报', dateline: '石家庄' }), deps)
				.region,
		).toBe('130533');
	});

	test('呼和浩特市持续完善激励措施 is 呼和浩特 150100', () => {
		expect(tagLocalities(sample(S002, 103, 105, 131, { source: '人民日报' }), deps).region).toBe(
			'150100',
		);
	});

	test('seed 004: 我市 with 枣庄 named in passing resolves to 枣庄 370400', () => {
		const input = sample(S004, 1, 1, 29, {
			title: '今年以来,市委聚焦建设高素质专业化干部队伍',
			source: '',
		});
		const result = tagLocalities(input, deps);
		expect(result.region).toBe('370400');
		expect(result.mentions.find((m) => m.surface === '我市')?.code).toBe('370400');
	});
});

describe('规则', () => {
	const article = (title: string, paragraphs: string[], source = '') =>
		tagLocalities({ title, paragraphs, source }, deps);

	test('朝阳区 with 北京 is 北京市朝阳区 110105', () => {
		expect(article('北京朝阳区推行接诉即办', ['朝阳区建立“每月一题”机制。']).region).toBe('110105');
	});

	test('朝阳区 with 长春 is 长春市朝阳区 220104', () => {
		expect(article('长春市朝阳区推行接诉即办', ['朝阳区建立“每月一题”机制。']).region).toBe(
			'220104',
		);
	});

	test('朝阳区 alone is not guessed', () => {
		const result = article('朝阳区推行接诉即办', ['朝阳区建立“每月一题”机制。']);
		expect(result.mentions.filter((m) => m.surface === '朝阳区')).toEqual([]);
	});

	test('兰州新区, a statistical zone, maps to 兰州市 620100', () => {
		expect(article('兰州新区推行“一网通办”', ['兰州新区优化营商环境。']).region).toBe('620100');
	});

	test('和平 as a word is no place; 天津市和平区 is 120101', () => {
		expect(article('坚持走和平发展道路', ['各国应维护和平。']).mentions).toEqual([]);
		expect(article('天津市和平区推行网格化治理', ['和平区组织干部下沉社区。']).region).toBe(
			'120101',
		);
	});

	test('选派干部到青岛挂职: the destination does not make the article about 青岛', () => {
		const result = article('峄城区选派干部挂职锻炼', [
			'近日,峄城区选派30名年轻干部到青岛挂职锻炼。',
		]);
		expect(result.region).toBe('370404');
		expect(result.mentions.find((m) => m.surface === '青岛')?.role).toBe('destination');
	});

	test('峄城区选派干部赴青岛挂职: a destination in the title does not win either', () => {
		const result = article('峄城区选派30名干部赴青岛挂职锻炼', ['峄城区组织干部交流。']);
		expect(result.region).toBe('370404');
		expect(result.regions).not.toContain('370200');
	});

	test('石鼓 (stone drums) in a 上海 item is not 衡阳市石鼓区', () => {
		const result = tagLocalities(
			{
				title: '上海图书馆推出石鼓文善本展',
				paragraphs: ['本报上海2月12日电 石鼓,是10块花岗岩质的石头。'],
				source: '人民日报',
			},
			deps,
		);
		expect(result.mentions.filter((m) => m.surface === '石鼓')).toEqual([]);
		expect(result.region).toBe('310000');
	});

	test('唐山市委 (one jieba word) still names 唐山市 130200; 石家庄市委 counts once', () => {
		expect(article('唐山市委召开常委会议', ['会议研究干部工作。']).region).toBe('130200');
		const result = article('石家庄市委书记调研', ['调研组走访企业。']);
		expect(result.mentions.map((m) => m.surface)).toEqual(['石家庄']);
	});

	test('杭州亚运会 in the headline names an event, not where the report happens: the county it visits wins', () => {
		const result = article('冬奥会后的滑雪场迎来新客流 杭州亚运会选手来此集训', [
			'河北张家口市崇礼区的雪场近日迎来一批外省训练队。',
			'崇礼区为集训队伍开通绿色通道，配套住宿、交通和医疗保障。',
		]);
		expect(result.mentions.find((m) => m.surface === '杭州')?.role).toBe('event');
		expect(result.region).toBe('130709');
	});

	test('在杭州举办亚运会 still makes 杭州 the venue, and an event held where the article is stays there', () => {
		const result = article('杭州亚运会场馆全部完工', [
			'杭州市各亚运场馆已全部完工，杭州将以最佳状态迎接亚运会。',
		]);
		expect(result.region).toBe('330100');
	});

	test('韩正在北京会见: the host city of a state event is a venue, the item national', () => {
		const result = tagLocalities(
			{
				title: '韩正会见萨尔瓦多代表团',
				paragraphs: ['国家副主席韩正10日在北京会见萨尔瓦多代表团。'],
				source: '央视《新闻联播》',
			},
			deps,
		);
		expect(result.mentions.find((m) => m.surface === '北京')?.role).toBe('venue');
		expect(result.region).toBe('000000');
	});

	test('中国田径协会在北京发布: a national body announcing in the capital is a venue, the item national', () => {
		const result = tagLocalities(
			{
				title: '新赛季国家队教练组名单公布',
				paragraphs: ['中国田径协会3日在北京发布新赛季规划，公布国家队教练组名单和考核办法。'],
				source: '人民日报',
			},
			deps,
		);
		expect(result.mentions.find((m) => m.surface === '北京')?.role).toBe('venue');
		expect(result.region).toBe('000000');
	});

	test('本报北京…电 under a credit line taken for the outlet (国家统计局): central news stays national', () => {
		const result = tagLocalities(
			{
				title: '假期首日全国道路交通总体平稳',
				paragraphs: [
					'本报北京2月4日电 假期第一天，全国主要高速公路车流量较前一日下降，未发生长时间拥堵。',
				],
				source: '国家统计局',
				dateline: '北京',
			},
			deps,
		);
		expect(result.region).toBe('000000');
	});

	test('全国人大代表 in the kicker names a deputy, not the central body: the county stays', () => {
		const input = {
			title: '为乡亲们办实事',
			paragraphs: ['1月28日，河南信阳潢川县一座敬老院里热闹非凡，老人们围住回乡看望的王大成。'],
			source: '人民日报',
		};
		expect(tagLocalities({ ...input, kicker: '全国人大代表王大成——' }, deps).region).toBe('411526');
		expect(tagLocalities({ ...input, kicker: '全国政协委员王大成——' }, deps).region).toBe('411526');
	});

	test('本报北京…电 with nothing local under a provincial credit line (江苏省文化和旅游厅): national', () => {
		const result = tagLocalities(
			{
				title: '全国地质数据共享平台上线新产品',
				paragraphs: [
					'本报北京10月13日电 近日，记者从自然资源部获悉：全国地质数据共享平台新产品上线服务。',
				],
				source: '江苏省文化和旅游厅',
				dateline: '北京',
			},
			deps,
		);
		expect(result.region).toBe('000000');
	});

	test('深圳观澜 in the subtitle, 深圳市龙华区 in the lead: the one district named is the place', () => {
		const result = tagLocalities(
			{
				title: '社区开展急救培训',
				subtitle: '深圳观澜培训三千名志愿者',
				paragraphs: [
					'本报深圳1月13日电 深圳市龙华区观澜街道连续举办急救培训，培训志愿者三千人。',
					'培训由深圳市一家教育机构承办，课堂设在园区和学校。',
				],
				source: '人民日报',
				dateline: '深圳',
			},
			deps,
		);
		expect(result.region).toBe('440309');
	});

	test('bare county stems in running text need support: 荷塘小炒, 俄乌达成 are no places', () => {
		expect(article('节后养护肠胃', ['荷塘小炒清淡可口。']).mentions).toEqual([]);
		expect(article('俄乌关系出现积极进展', ['俄乌达成协议。']).mentions).toEqual([]);
	});

	test('东风 (an ordinary word) is not woken by its province alone', () => {
		const result = article('借军运东风 练过硬本领', ['武警黑龙江总队参谋长介绍经验。']);
		expect(result.mentions.filter((m) => m.surface === '东风')).toEqual([]);
	});

	test('a local kindergarten (玉屏侗族自治县第五幼儿园) still places its photo in 玉屏 520622', () => {
		const result = tagLocalities(
			{
				title: '贵州省铜仁市玉屏侗族自治县第五幼儿园开展“贴窗花 迎新春”主题活动',
				paragraphs: [],
				source: '人民日报',
			},
			deps,
		);
		expect(result.region).toBe('520622');
	});

	test('菏泽农商银行 is an organisation mention', () => {
		const result = article('牡丹区开展金融助企活动', ['牡丹区联合菏泽农商银行为企业授信。']);
		expect(result.mentions.find((m) => m.surface === '菏泽')?.role).toBe('organisation');
		expect(result.region).toBe('371702');
	});

	test('primary region is the subject of the measures, not the first place named', () => {
		const result = article('学习借鉴先进经验', [
			'去年,我们赴深圳考察学习。',
			'峄城区组织干部开展作风建设。峄城区推行“五比五看”。峄城区建立督导机制。',
		]);
		expect(result.region).toBe('370404');
	});

	test('three counties of one city give the city', () => {
		const result = article('各区县推进干部交流', [
			'峄城区选派干部到企业。',
			'山亭区推行容错纠错。',
			'滕州市开展作风建设。',
		]);
		expect(result.region).toBe('370400');
		expect(result.regions).toEqual(expect.arrayContaining(['370404', '370406', '370481']));
	});

	test('德州新闻网 gives 我市 its home 德州 371400', () => {
		expect(
			article('我市召开作风建设推进会', ['会议要求,全市各级各部门狠抓落实。'], '德州新闻网').region,
		).toBe('371400');
	});

	test('滕州日报 gives 我市 the county-level city 滕州市 370481, not 枣庄', () => {
		const result = article(
			'我市召开作风建设推进会',
			['会议要求,全市各级各部门狠抓落实。'],
			'滕州日报',
		);
		expect(result.region).toBe('370481');
		expect(regionOfClause('我市推行容错纠错', result, deps)).toBe('370481');
	});

	test('a reporter named like a place (记者 李沧) is no place', () => {
		const result = tagLocalities(
			{
				title: '峄城区推进作风建设',
				paragraphs: ['(记者 李沧海)峄城区组织干部下沉。'],
				source: '',
				reporters: ['李沧海'],
			},
			deps,
		);
		expect(result.mentions.map((m) => m.surface)).not.toContain('李沧');
		expect(result.regions).toEqual(['370404']);
	});

	test('张宝安, 赵即墨 are people, not 宝安区 or 即墨区', () => {
		const result = article('峄城区推进作风建设', [
			'张宝安、赵即墨等同志参加会议。峄城区组织干部下沉。',
		]);
		expect(result.mentions.map((m) => m.surface)).not.toContain('即墨');
		expect(result.mentions.map((m) => m.surface)).not.toContain('宝安');
	});

	test('我市…贯彻落实国务院会议精神 from 德州新闻网 stays local (德州 371400)', () => {
		const result = article(
			'我市召开会议贯彻落实国务院常务会议精神',
			['会议要求,全市各级各部门认真贯彻落实。'],
			'德州新闻网',
		);
		expect(result.region).toBe('371400');
	});

	test('鲁网 gives 全省 its home 山东 370000', () => {
		expect(article('全省召开作风建设推进会', ['会议要求,全省各级狠抓落实。'], '鲁网').region).toBe(
			'370000',
		);
	});

	test('国务院办公厅印发 with no local subject is national 000000', () => {
		expect(
			article('国务院办公厅印发《关于优化营商环境的意见》', [
				'《意见》要求各地区各部门认真贯彻执行。',
			]).region,
		).toBe('000000');
	});
});
