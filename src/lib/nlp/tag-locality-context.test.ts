import { describe, expect, test } from 'vitest';
import { createJiebaSegmenter } from './jieba/nodejieba-segmenter.ts';
import { regionOfClause, tagLocalities } from './tag-locality.ts';

// The place a clause is about, what a dateline says, and how salience weighs mentions.
const deps = { segmenter: createJiebaSegmenter() };

describe('regionOfClause', () => {
	test('a clause naming 山亭区 gets 山亭区; one naming nothing gets the primary region', () => {
		const result = tagLocalities(
			{
				title: '枣庄市推进干部交流',
				paragraphs: ['枣庄市组织干部交流。', '山亭区推行容错纠错。'],
				source: '',
			},
			deps,
		);
		expect(regionOfClause('山亭区推行容错纠错', result, deps)).toBe('370406');
		expect(regionOfClause('累计交流干部591名', result, deps)).toBe(result.region);
	});

	test('我区 in a clause of a 峄城区 article is 峄城区', () => {
		const result = tagLocalities(
			{ title: '峄城区召开新闻发布会', paragraphs: ['峄城区启动作风建设活动。'], source: '' },
			deps,
		);
		expect(regionOfClause('我区选派干部到青岛挂职', result, deps)).toBe('370404');
	});
});

describe('电头 (dateline)', () => {
	const item = (paragraph: string) =>
		tagLocalities({ title: '首例患者康复出院', paragraphs: [paragraph], source: '人民日报' }, deps)
			.region;

	test('本报武汉…电 with places only in organisation names is about 武汉市', () => {
		expect(item('本报武汉2月21日电 (记者付文)21日,女婴在武汉市儿童医院康复出院。')).toBe('420100');
	});

	test('本报开封…电 makes 开封 (also a verb, 开封 a letter) count as 开封市 410200', () => {
		expect(
			tagLocalities(
				{
					title: '开封菊花文化节启幕',
					paragraphs: ['本报开封10月22日电 日前,菊花文化节拉开帷幕。'],
					source: '人民日报',
				},
				deps,
			).region,
		).toBe('410200');
	});

	test('本报北京…电 of a national outlet says nothing local', () => {
		expect(item('本报北京2月21日电 (记者付文)记者从国家卫生健康委获悉,首例患者康复出院。')).toBe(
			'000000',
		);
	});
});

describe('显著性 (salience)', () => {
	const article = (title: string, paragraphs: string[], source = '人民日报') =>
		tagLocalities({ title, paragraphs, source }, deps);

	test('湖北宜昌五峰县: the county at the end of a chain of names wins over its province and city', () => {
		const result = article('湖北宜昌五峰县红旗坪村第一书记的一年', [
			'湖北省宜昌市五峰县红旗坪村地处深山，第一书记带领村民发展茶叶种植。',
			'去年，全村新建茶园300亩，人均收入增长12%。',
		]);
		expect(result.region).toBe('420529');
	});

	test('广西下岩村: a province naming a village is context, the county the body names wins', () => {
		const result = article('广西下岩村：产业兴 百姓富', [
			'下岩村位于河池市南丹县，近年来发展特色种植。',
			'南丹县组织干部驻村帮扶，带动300户增收。',
		]);
		expect(result.region).toBe('451221');
	});

	test('干部和县直部门: 和县 read as a conjunction is no place', () => {
		const result = article('健全乡村治理体系', [
			'文件提出，建立县级领导干部和县直部门负责人包村联户制度。',
		]);
		expect(result.mentions).toEqual([]);
		expect(result.region).toBe('000000');
	});

	test('多地: four provinces with none holding half of the weight is a national round-up', () => {
		const result = article('多地出台措施稳就业', [
			'湖南省出台10条措施，支持企业吸纳高校毕业生就业。',
			'湖南省还开展“送岗位进乡村”活动，发布岗位2万个。',
			'广东省推出稳岗返还政策，惠及企业5万家。',
			'浙江省实施“春风行动”，组织专场招聘会300场。',
			'四川省开通农民工返岗专列。',
		]);
		expect(result.region).toBe('000000');
		expect(result.regions).toEqual(expect.arrayContaining(['430000', '440000']));
	});

	test('本报贵阳…电: the dateline’s province leads over a partner city of another province', () => {
		const result = article('东西部协作结硕果', [
			'本报贵阳3月1日电 今年以来，贵州省与杭州市深化东西部协作，引进企业120家。',
			'杭州市投入帮扶资金5亿元，援建学校12所。',
		]);
		expect(result.region).toBe('520000');
	});

	test('浙江大学推进…: an item named only through a university is about the university’s place', () => {
		const result = article(
			'浙江大学推进人才培养',
			['学校召开会议，部署学科建设和人才培养工作。'],
			'新闻联播',
		);
		expect(result.region).toBe('330000');
	});

	test('长沙 is 长沙市, not the 长沙县 that shares its stem', () => {
		const result = article('长沙 打赢蓝天保卫战', [
			'长沙市出台大气污染防治十条措施，全市关停燃煤锅炉120台。',
			'长沙建成空气质量监测站点86个，实行每日通报。',
		]);
		expect(result.region).toBe('430100');
	});

	test('a national outlet’s item naming 香港 once in passing, past its lead, stays national', () => {
		const result = article('载人飞船返回舱完成开舱', [
			'返回舱完成开舱工作，航天员身体状态良好。',
			'任务期间，航天员在轨开展多项科学实验，并与香港的中学生进行了天地对话。',
		]);
		expect(result.region).toBe('000000');
	});

	test('德州新闻网: 我市 is the outlet’s home even when partner cities of three provinces are named', () => {
		const result = tagLocalities(
			{
				title: '我市深化东西部协作',
				paragraphs: [
					'今年以来，我市与甘肃省临夏州、贵州省安顺市、湖南省湘西州签订协作协议。',
					'甘肃省临夏州选派20名干部来我市挂职锻炼。',
					'我市向贵州省安顺市拨付帮扶资金500万元，援建学校3所。',
					'湖南省湘西州组织企业来我市考察。',
				],
				source: '德州新闻网',
			},
			deps,
		);
		expect(result.region).toBe('371400');
		expect(result.mentions.filter((m) => m.surface === '我市').map((m) => m.code)).toEqual(
			Array(5).fill('371400'),
		);
	});
});
