import { describe, expect, test } from 'vitest';
import { cleanLines } from './clean.ts';
import { textToLines } from './lines.ts';
import { isContentsLine, lineRole, splitArticles } from './split-articles.ts';

const split = (text: string) => splitArticles(cleanLines(textToLines(text)).lines);
const heads = (text: string) =>
	split(text).map((s) => [s.kind, s.head.map((h) => h.text).join(' / '), s.body.length]);

describe('lineRole', () => {
	test('reads datelines, bylines, photo credits and headings', () => {
		const role = (text: string) => lineRole({ text, line: 1 });
		expect(role('本报北京1月18日电(记者张璠)日前,司法部印发意见。')).toBe('dateline');
		expect(role('鲁网5月10日讯(记者 杜伟)5月10日,峄城区召开发布会。')).toBe('dateline');
		expect(role('新华社电 (记者阳建)在湖南醴陵市,有一条“左权路”。')).toBe('dateline');
		expect(role('本报记者 吕绍刚')).toBe('byline');
		expect(role('□记者 任婧婉 刘瑶 李哲')).toBe('byline');
		expect(role('文/图 张三')).toBe('byline');
		expect(role('文/黄小明 图/刘大伟')).toBe('byline');
		expect(
			role('央视网消息（新闻联播）：商务部今天公布的数据显示，前8个月服务贸易保持增长。'),
		).toBe('dateline');
		expect(role('据新华社消息，国务院日前印发通知。')).toBe('body');
		expect(role('文化旅游人气旺')).toBe('heading');
		expect(role('■记者手记')).toBe('heading');
		expect(role('1月18日,玉屏侗族自治县第五幼儿园开展主题活动。 胡攀学摄(人民视觉)')).toBe('photo');
		expect(role('(本报记者史自强、田豆豆)')).toBe('body');
		expect(role('(作者为某市供电公司职工)')).toBe('body');
		// An affiliation that names its institution with a bracket of its own still closes a text.
		expect(role('（作者为某某大学（某某研究院）研究员）')).toBe('body');
		expect(role('（作者为某某省（某某局）干部，本报记者某某整理）')).toBe('body');
		expect(role('——习近平')).toBe('body');
		expect(role('返乡路上，一起加油！（新春走基层）')).toBe('heading');
		expect(role('这份清单，你收藏了吗？（民生视线）')).toBe('heading');
		expect(role('王\u00a0\u00a0五图\u00a0\u00a0赵\u00a0\u00a0六文')).toBe('body');
		expect(role('大家说，这样的好事谁不欢迎？（笑声）现场气氛十分热烈。')).toBe('body');
	});

	test('recognises a magazine contents line', () => {
		expect(
			isContentsLine(
				'卷首 提振拼劲闯劲 / 辛湘平 主题阅读 只争朝夕抓经济 / 杨柳曼 科学把握情绪价值 / 胡守勇',
			),
		).toBe(true);
		expect(isContentsLine('2024年第2期(总第790期) 1月16日出版 要目')).toBe(true);
		expect(isContentsLine('宝安区组织591名干部挂点对接区内企业。')).toBe(false);
	});
});

describe('splitArticles', () => {
	test('keeps two-line section headings of the 陵城 story inside it', () => {
		const text =
			'陵城:狠抓落实一线“点兵”励担当\n\n□记者 任婧婉 刘瑶 李哲\n\n近日,副区长带领有关负责人到企业现场办公。\n\n走出“文件堆”“工作群”\n\n一线寻求“源头活水”\n\n2月28日,临齐街道管区书记到穆家村走访调研。';
		expect(heads(text)).toEqual([['news', '陵城：狠抓落实一线“点兵”励担当', 4]]);
	});

	test('starts a story at a headline block followed by a dateline', () => {
		const text =
			'“威县县委书记崔耀鹏说。”\n\n上海出台相关举措\n\n高质效办好检察信访案件\n\n本报上海1月18日电(记者巨云鹏)近日,上海市人民检察院出台文件。';
		expect(heads(text).map((h) => h[1])).toEqual(['', '上海出台相关举措 / 高质效办好检察信访案件']);
	});

	test('gives the 司法部 title printed after its body back to its story', () => {
		const text = [
			'面对新订单,公司总经理有些发愁:公司资金状况并不好,原料采购需要一大笔投入。',
			'本报北京1月18日电(记者张璠)日前,司法部、中国残疾人联合会印发《关于进一步加强残疾人法律服务的意见》。',
			'《意见》对各级司法行政机关和残联加强协同配合,强化残疾人法律服务提出要求。',
			'司法部、中国残疾人联合会印发意见 进一步加强残疾人法律服务工作',
			'山东河口经济开发区',
			'强化园区党建 凝聚发展合力',
			'本报济南1月18日电(记者陈支援)近年来,山东河口经济开发区积极探索园区党建工作新路径。',
		].join('\n\n');
		const segments = split(text);
		expect(segments.map((s) => [s.head.map((h) => h.text), s.titleAfterBody ?? false])).toEqual([
			[[], false],
			[['司法部、中国残疾人联合会印发意见 进一步加强残疾人法律服务工作'], true],
			[['山东河口经济开发区', '强化园区党建 凝聚发展合力'], false],
		]);
	});

	test('drops the column label 因干部状态新观察 after a byline', () => {
		const text =
			'干部下沉一线 切实助企发展\n\n本报记者 吕绍刚\n\n因干部状态新观察\n\n近段时间,企业负责人有些烦恼:销售下滑,经营出现困难。';
		const [story] = split(text);
		expect(story!.body.map((b) => b.text)).toEqual([
			'近段时间，企业负责人有些烦恼：销售下滑，经营出现困难。',
		]);
	});

	test('makes a photo caption and a contents list items of their own', () => {
		const text = [
			'本报上海1月18日电(记者巨云鹏)近日,上海市人民检察院出台文件。',
			'1月18日,贵州省铜仁市玉屏侗族自治县第五幼儿园开展“贴窗花 迎新春”主题活动。 胡攀学摄(人民视觉)',
			'新湘评论',
			'2024年第2期(总第790期) 1月16日出版 要目',
			'卷首 提振拼劲闯劲 / 辛湘平 主题阅读 只争朝夕抓经济 / 杨柳曼 科学把握情绪价值 / 胡守勇',
		].join('\n\n');
		expect(heads(text)).toEqual([
			['news', '', 1],
			['photo', '', 1],
			['contents', '新湘评论', 2],
		]);
	});

	test('opens a new story at a headline with a column tag 非遗年集·剪纸', () => {
		const text =
			'红纸映吉祥 剪出新年景(非遗年集·剪纸)\n\n新春将至,乡村年味渐浓。\n\n河湾村剪纸艺人张巧云\n\n一把剪刀 剪出年味(非遗年集·剪纸)\n\n家住河湾村的张巧云也忙了起来。';
		expect(heads(text).map((h) => h[1])).toEqual([
			'红纸映吉祥 剪出新年景(非遗年集·剪纸)',
			'河湾村剪纸艺人张巧云 / 一把剪刀 剪出年味(非遗年集·剪纸)',
		]);
	});

	test('opens a story at a headline that asks or exclaims before its column tag: 快递盒，能不能少用点？（说道）', () => {
		const text = [
			'县城新建三座口袋公园',
			'本报南宁5月6日电 （记者李明）今年以来，县城利用边角空地新建三座口袋公园，附近居民散步有了好去处。',
			'公园里铺设了健身步道，设置了儿童游乐设施，周边居民步行五分钟即可到达。',
			'快递盒，能不能少用点？（说道）',
			'网购越来越方便，可拆完包裹，家里总要堆起一摞纸箱和塑料袋。',
			'减少过度包装，需要商家、平台和消费者一起发力。',
		].join('\n\n');
		expect(heads(text).map((h) => h[1])).toEqual([
			'县城新建三座口袋公园',
			'快递盒，能不能少用点？（说道）',
		]);
	});

	test('a cartoon credit 王 五图 赵 六文 closes its item: the headline after it opens a story', () => {
		const text = [
			'图片报道',
			'小区加装了智能充电桩，电动车充电排起了队，再也不用把电池拎回家。',
			'这正是：',
			'楼道不再堆车，',
			'充电安全放心。',
			'王 五图 赵 六文',
			'老旧小区也能有新模样',
			'河北邢台 陈 明',
			'老旧小区改造，改的是房子，暖的是民心。不少地方把改什么、怎么改交给居民商量。',
		].join('\n\n');
		expect(heads(text).map((h) => h[1])).toEqual([
			'图片报道',
			'老旧小区也能有新模样 / 河北邢台 陈 明',
		]);
	});

	test('keeps a summary above the dateline with its headline', () => {
		const text =
			'省政府召开常务会议\n\n部署春耕备耕各项工作;研究出台减轻企业负担措施。\n\n新华社长沙3月4日电 省政府3月4日召开常务会议,部署春耕备耕各项工作。';
		expect(heads(text)).toEqual([['news', '省政府召开常务会议', 2]]);
	});

	test('gives a headline with summary bullets back to the 新华社 story under it', () => {
		const text = [
			'市领导新春走访老干部',
			'老干部们对此表示感谢,充分肯定一年来全市经济社会发展取得的成绩。',
			'市委书记春节前夕走访慰问一线职工',
			'■ 要关心职工冷暖,切实解决急难愁盼问题。',
			'■ 要保障节日供应,让群众过一个安定祥和的春节。',
			'新华社杭州2月2日电 (记者王明)新春佳节到来之际,市委书记走访慰问一线职工,要求切实解决职工急难愁盼问题。',
		].join('\n\n');
		expect(heads(text)).toEqual([
			['news', '市领导新春走访老干部', 1],
			['news', '市委书记春节前夕走访慰问一线职工', 3],
		]);
	});

	test('opens a story at a headline with a dash subtitle, not at a quotation attribution', () => {
		const text = [
			'民生所指,责任所系。',
			'——习近平',
			'家和万事兴',
			'——市委书记走进老街问民生',
			'一条老街300多米,书记从北到南,一路走来。',
		].join('\n\n');
		expect(heads(text)).toEqual([
			['news', '', 2],
			['news', '家和万事兴 / ——市委书记走进老街问民生', 1],
		]);
	});

	test('a photo news item credited to an agency alone (`新华社发`) is an item of its own', () => {
		const text = [
			'副省长会见外国客人',
			'新华社北京1月7日电  副省长7日下午在省政府会见来访的外国议员团，双方就加强地方合作交换了意见。',
			'图片报道',
			'1月7日，科考队顺利完成最后一次海洋采样作业。图为科考队员在船尾布放拖网。',
			'新华社发',
			'全省图书展在省会举行',
			'本报北京1月7日电  （记者王明）全省图书展7日在省会开幕，展出近千种图书。',
		].join('\n\n');
		expect(heads(text).map((h) => h[1])).toEqual([
			'副省长会见外国客人',
			'图片报道',
			expect.stringMatching(/全省图书展在省会举行$/),
		]);
	});

	test('opens a story at a speech or document title over its date (`（2019年12月31日）`)', () => {
		const text = [
			'在县政协新年茶话会上的讲话',
			'（2019年12月31日）',
			'同志们，朋友们：',
			'2019年，是全县决胜全面建成小康社会的关键之年，全县上下一起奋斗、一起攻坚克难。',
			'谢谢各位。',
			'在县工商联新年座谈会上的讲话',
			'（二〇一九年十二月三十一日）',
			'同志们，朋友们：',
			'辞旧迎新话辉煌，继往开来谱新篇。在2020年元旦即将到来之际，我谨向全县人民致以问候。',
		].join('\n\n');
		expect(heads(text).map((h) => String(h[1]).split(' / ')[0])).toEqual([
			'在县政协新年茶话会上的讲话',
			'在县工商联新年座谈会上的讲话',
		]);
		// A lead ending in a colon introduces the document: it stays with it.
		const led = [
			'县工商联新年座谈会召开',
			'（融媒记者 王明）',
			'县融媒体中心消息：',
			...text.split('\n\n').slice(5),
		].join('\n\n');
		expect(heads(led)).toHaveLength(1);
	});
});

test('报纸头版的导读成为 contents 条目，不当作新闻', () => {
	const text = [
		'今日导读',
		'全国春播粮食面积稳中有增(第二版)',
		'多地推出稳就业新举措(详见第四版)',
		'生态修复让黄河岸线更美 第5版',
		'春耕生产有序推进',
		'本报北京3月1日电(记者张三)当前，各地春耕生产由南向北陆续展开，农业农村部派出工作组分赴各地指导，确保不误农时。',
	].join('\n\n');
	expect(heads(text)).toEqual([
		['contents', '', 4],
		['news', '春耕生产有序推进', 1],
	]);
});

// The corpus keeps a round-up of briefs as one item under its own name, as the programme airs it
// (one video, one page): each brief's headline is a line of its text.
test('新闻联播快讯是一条：各条简讯的标题是它正文里的行', () => {
	const text = [
		'国内联播快讯',
		'央视网消息（新闻联播）：国内联播快讯。',
		'多地开展冬季供暖保障检查',
		'近日，北方多地住建部门开展冬季供暖安全检查，排查管网隐患，确保群众温暖过冬。',
		'县域商业体系建设示范县名单公布',
		'商务部日前公布首批县域商业体系建设示范县名单，将在物流配送、商贸中心改造等方面给予支持。',
	].join('\n\n');
	expect(heads(text)).toEqual([['news', '国内联播快讯', 5]]);
});
