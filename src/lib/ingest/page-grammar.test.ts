import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { lineRole } from './line-roles.ts';

// A whole story ahead of the one each test is about: its headline, byline and paragraphs.
const BOOKSHOP_LEAD = [
	'县城新开一家书店',
	'本报记者 周平',
	'周末，县城新开的书店里坐满了读者，不少家长带着孩子挑选图书，店员忙着为读者办理借阅卡。',
];
const BOOKSHOP_STORY = [
	...BOOKSHOP_LEAD,
	'据介绍，书店还将定期举办读书分享会，邀请作家和读者面对面交流，让更多人爱上阅读。',
];

// Small synthetic newspaper pages in the genre, read with the project's furniture and story model.
const furniture = readPageFurniture();
const extract = (lines: string[]) =>
	extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(lines.join('\n') + '\n') },
		{ furniture },
	).articles;

describe('人民日报版面语法', () => {
	test('访谈里“姓名（身份）”的小标题不是带栏目名的新标题', () => {
		const items = extract([
			'用心用情讲好新时代故事（文艺观察）',
			'本报记者 张明',
			'近日，几位文艺工作者谈起近年来的创作，认为只有扎根生活、贴近群众，作品才能真正打动人心，他们分享了各自的体会。',
			'王 雷（电视剧《高原之路》主演）',
			'拍摄期间，我和剧组一起在高原生活了三个月，每天天不亮就出发，和当地的牧民同吃同住，慢慢体会到他们的坚守。',
			'李 华（歌唱家）',
			'这些年我多次到基层演出，田间地头就是舞台，乡亲们的掌声让我明白，艺术的根在人民之中，离开了人民就没有生命力。',
		]);
		expect(items.map((a) => a.title)).toEqual(['用心用情讲好新时代故事（文艺观察）']);
		expect(items[0]!.paragraphs.join('')).toContain('艺术的根在人民之中');
	});

	test('“延伸阅读”后接正文段落是本文的背景框，不是新稿件', () => {
		const items = extract([
			'山村通上了放心水',
			'本报记者 赵刚',
			'清晨，村民王大爷拧开水龙头，清亮的自来水哗哗流出。“过去挑水要走两里山路，现在在家就能用上干净水。”他笑着说。',
			'这几年，县里建成集中供水工程十余处，改造管网三百多公里，全县农村自来水普及率明显提高，群众饮水条件大为改善。',
			'延伸阅读',
			'近年来，全省把农村饮水安全作为民生实事，累计投入资金数十亿元，建成一批规模化供水工程，农村饮水保障水平持续提升。',
			'',
			'城市书房开到家门口',
			'本报记者 孙丽',
			'走进社区新开的城市书房，书架上摆满了各类图书，不少居民正在安静阅读，孩子们在绘本区里翻看图画书。',
		]);
		expect(items.map((a) => a.title)).toEqual(['山村通上了放心水', '城市书房开到家门口']);
		expect(items[0]!.paragraphs.join('')).toContain('农村饮水保障水平持续提升');
	});
});

test('标题中间带感叹号仍是标题，其下的■提要不并入正文', () => {
	const items = extract([
		...BOOKSHOP_LEAD,
		'',
		'首破百亿元！春季消费市场亮眼',
		'■ 线上消费看点纷呈■ 乡村旅游接待人数大幅增长',
		'本报北京3月10日电 （记者王某）记者10日从有关部门获悉：春季以来，全国消费市场保持平稳较快增长。',
		'据监测，重点零售和餐饮企业销售额同比增长，线上消费、定制消费等新兴消费持续升温。',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '首破百亿元！春季消费市场亮眼']);
	expect(items[1]!.paragraphs.join('')).not.toContain('■');
});

test('数据框里的数字行（11.73亿人、96.98%）不作标题，也不把稿件切开', () => {
	const items = extract([
		...BOOKSHOP_LEAD,
		'',
		'今年春节——',
		'网络视听传播刷新纪录',
		'本报记者 吴静',
		'12.5亿人',
		'今年春节期间，通过电视、网络、社交媒体等多终端多渠道，收看节目的观众总规模达12.5亿人，比去年有所增长。',
		'97.5%',
		'数据显示，节目整体美誉度达97.5%，网友正向评论比率创近年新高，成为观众最喜欢的节目之一。',
		'这一成绩得益于多平台协同传播，新技术的应用让观众获得了更好的收看体验。',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '网络视听传播刷新纪录']);
	expect(items[1]!.kicker).toBe('今年春节');
	expect(items[1]!.paragraphs.join('')).toContain('新技术的应用');
});

test('标题与电头之间的数据框（数字、提要）不顶替标题', () => {
	expect(lineRole({ text: '96.98%', line: 1 })).toBe('figure');
	expect(lineRole({ text: '58.4亿元', line: 1 })).toBe('figure');
	expect(lineRole({ text: '2019年春节', line: 1 })).toBe('heading');
	const items = extract([
		...BOOKSHOP_LEAD,
		'',
		'春节假期全国游客人数创新高',
		'4.2亿人次',
		'今年春节假期全国国内旅游接待总人数达4.2亿人次，较去年同期增长7.6%，创同期历史新高',
		'83.9分',
		'本报北京2月11日电 （记者刘阳）记者11日从有关部门获悉：春节假期全国国内旅游接待总人数达4.2亿人次，游客满意度83.9分。',
		'据介绍，假期里各地推出丰富多彩的文旅活动，乡村游、冰雪游成为新亮点。',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '春节假期全国游客人数创新高']);
});

test('带逗号的引题和主题是两行标题，不当作断行的段落拼起来', () => {
	const items = extract([
		...BOOKSHOP_LEAD,
		'',
		'在北方，父母带孩子参加冬季运动渐成时尚',
		'大手拉小手，冰雪亲子游',
		'本报记者 马红',
		'在城郊的滑雪场，头戴盔帽、身穿滑雪服的张先生正和儿子脚踩滑雪板，体验从高处滑下的乐趣。',
	]);
	expect(items.map((a) => [a.kicker, a.title, a.subtitle].filter(Boolean))).toEqual([
		['县城新开一家书店'],
		['在北方，父母带孩子参加冬季运动渐成时尚', '大手拉小手，冰雪亲子游'],
	]);
});

test('带栏目名的主题上面一行是引题，哪怕它长且带逗号', () => {
	const items = extract([
		'去年遭受洪灾的大棚全部修复，帮扶重建后家园再焕生机',
		'菜乡，这个春节暖暖的（一线探民生）',
		'本报记者 李明',
		'正月初五，菜乡的蔬菜大棚里一派忙碌，村民们正在采摘黄瓜、西红柿，准备发往各地市场。',
	]);
	expect(items.map((a) => [a.kicker, a.title])).toEqual([
		['去年遭受洪灾的大棚全部修复，帮扶重建后家园再焕生机', '菜乡，这个春节暖暖的（一线探民生）'],
	]);
});

test('短标题带栏目名（缠斗（动感2019））仍是新稿件的标题', () => {
	const items = extract([
		...BOOKSHOP_STORY,
		'',
		'飞跃（动感2024）',
		'3月2日，选手在全国跳台滑雪锦标赛男子个人标准台比赛中腾空飞跃。当日，比赛在河北张家口举行，来自各地的运动员参加比赛。',
		'张 三摄（新华社发）',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '飞跃（动感2024）']);
});

test('标题、图片说明和单独一行的摄影署名是一条图片新闻，不并入上一篇', () => {
	const items = extract([
		...BOOKSHOP_STORY,
		'',
		'瑞雪迎新春',
		'2月12日，游客在雪后的公园里赏景拍照。当日，一场降雪让城市银装素裹，不少市民走出家门，感受冬日美景。',
		'李 四摄（人民视觉）',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '瑞雪迎新春']);
	expect(items[0]!.paragraphs.join('')).not.toContain('银装素裹');
});

const story = [
	'县城新开一家书店',
	'本报记者 周平',
	'周末，县城新开的书店里坐满了读者，不少家长带着孩子挑选图书，店员忙着为读者办理借阅卡。',
	'据介绍，书店还将定期举办读书分享会，邀请作家和读者面对面交流，让更多人爱上阅读。',
	'',
];

test('以破折号结尾的引题下面一行是主题，哪怕很短或是带感叹号的引语', () => {
	const items = extract([
		...story,
		'守护候鸟的护林员夫妇——',
		'在湖心岛过年',
		'本报记者 高山',
		'2月11日，春节假期后上班第一天，护林员夫妇照常登上湖心岛巡护，清点越冬候鸟的数量。',
		'',
		'爸爸去外地打工，孩子到车站送别时说——',
		'“爸爸放心，我在家好好学习！”（春运故事）',
		'本报记者 刘洋',
		'6年前，家住山区的李大姐与丈夫外出务工，孩子一直跟着爷爷奶奶生活，每年春节是一家人团聚的日子。',
	]);
	expect(items.map((a) => [a.kicker, a.title])).toEqual([
		[undefined, '县城新开一家书店'],
		['守护候鸟的护林员夫妇', '在湖心岛过年'],
		['爸爸去外地打工，孩子到车站送别时说', '“爸爸放心，我在家好好学习！”（春运故事）'],
	]);
});

test('标题下接“核心阅读”“内容提要”框，是一篇新稿件', () => {
	const items = extract([
		...story,
		'城市地铁客流持续攀升',
		'核心阅读',
		'如果说高铁缩短了城市之间的距离，那么地铁就在改变城市内部的时空格局，让群众出行更方便。',
		'近年来，多个城市的地铁线网不断加密，日均客流屡创新高，地铁已成为市民通勤的首选。',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '城市地铁客流持续攀升']);
	expect(items[1]!.paragraphs.join('')).toContain('地铁线网不断加密');
});

test('标题块中间的数据框数字不拆开标题和电头', () => {
	const items = extract([
		...story,
		'金融支持实体经济力度加大',
		'3.5万亿',
		'1月对实体经济发放的人民币贷款增加3.5万亿元，同比多增',
		'本报北京2月17日电 （记者王某）中国人民银行17日发布数据显示，1月对实体经济发放的人民币贷款增加3.5万亿元。',
		'业内人士表示，信贷投放明显加大，体现了金融对实体经济的支持力度。',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '金融支持实体经济力度加大']);
});

test('摄影署名后面还有正文的，是稿件里的配图，稿件不变成图片新闻', () => {
	const items = extract([
		'县里新建一批口袋公园',
		'今年以来，县住建局利用边角地新建口袋公园12个，配套座椅、步道和健身器材，方便群众就近休闲。',
		'张 三摄',
		'下一步，县里将对公园实行专人管护，每月开展一次设施检查，发现损坏的在5个工作日内修复。',
	]);
	expect(items.map((a) => [a.kind, a.title])).toEqual([['news', '县里新建一批口袋公园']]);
});

test('“新华社记者 某某摄”是图片的署名，不是另起一篇的记者署名', () => {
	expect(lineRole({ text: '新华社记者 刘明摄', line: 1 })).toBe('body');
	expect(lineRole({ text: '本报记者 王 丹摄影报道', line: 1 })).toBe('body');
	expect(lineRole({ text: '本报记者 王 丹', line: 1 })).toBe('byline');
	const items = extract([
		...BOOKSHOP_STORY,
		'图为2月7日，科考队员在冰盖上安装自动气象站，为下一阶段的观测做准备。',
		'新华社记者 刘明摄',
		'',
		'春运返程客流迎来高峰',
		'本报北京2月9日电 （记者李强）随着春节假期临近尾声，各地铁路、公路迎来返程客流高峰，多地车站加开临时列车。',
	]);
	expect(items.map((a) => a.title)).toEqual(['县城新开一家书店', '春运返程客流迎来高峰']);
});
