import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { removeBoilerplate } from './clean.ts';
import { extractArticles } from './extract-articles.ts';
import { readPageMetaLine, toHalfWidthDigits } from './page-meta.ts';

describe('readPageMetaLine', () => {
	test('全角数字的发布日期读作日期', () => {
		expect(toHalfWidthDigits('２０２１年３月９日 ０８：１５')).toBe('2021年3月9日 08:15');
		expect(readPageMetaLine('发布日期：２０２１年０３月０９日 ０８：１５')).toEqual({
			kind: 'fields',
			date: '2021-03-09',
		});
	});

	test('一行几个字段：发布时间、来源、浏览次数', () => {
		expect(
			readPageMetaLine('发布时间：2021/3/9 08:15:00  来源：某某区融媒体中心  浏览次数：120'),
		).toMatchObject({
			date: '2021-03-09',
			source: '某某区融媒体中心',
		});
		expect(
			readPageMetaLine('来源：某某日报  发布时间：2021-03-09【字号：大 中 小】'),
		).toMatchObject({
			date: '2021-03-09',
			source: '某某日报',
		});
	});

	test('政府信息公开表的字段：索引号、发布机构、成文日期', () => {
		expect(readPageMetaLine('索引号：11370000/2021-00123')).toEqual({ kind: 'fields' });
		expect(readPageMetaLine('发布机构：某某县农业农村局')).toEqual({
			kind: 'fields',
			source: '某某县农业农村局',
		});
		expect(readPageMetaLine('成文日期：2021-03-08')).toMatchObject({
			date: '2021-03-08',
			dateKind: 'written',
		});
		expect(readPageMetaLine('信息来源：某某县人民政府办公室')).toMatchObject({
			source: '某某县人民政府办公室',
		});
	});

	test('日期打头的信息行', () => {
		expect(readPageMetaLine('2021-03-09 08:15  来源：某某网  作者：王某')).toMatchObject({
			date: '2021-03-09',
			source: '某某网',
		});
		expect(readPageMetaLine('2021年3月9日 星期二')).toEqual({ kind: 'date', date: '2021-03-09' });
	});

	test('电子报报头：报名带日期，或带“数字报/电子版”', () => {
		expect(readPageMetaLine('某某日报 2021年3月9日')).toMatchObject({
			date: '2021-03-09',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某晚报电子版 2021-03-09 星期二')).toMatchObject({
			date: '2021-03-09',
			source: '某某晚报',
		});
		expect(readPageMetaLine('某某县报数字报')).toEqual({ kind: 'masthead', source: '某某县报' });
	});

	test('正文句子、标题和带来源二字的句子不是信息行', () => {
		expect(readPageMetaLine('2021年3月9日，某某县召开乡村振兴工作推进会。')).toBeUndefined();
		expect(readPageMetaLine('某某县推行“周末不打烊”服务')).toBeUndefined();
		expect(
			readPageMetaLine('据了解，该项目资金来源：省级财政专项资金和县级配套。'),
		).toBeUndefined();
		expect(readPageMetaLine('时间：一分钟也不能耽误')).toBeUndefined();
	});

	test('以句号收尾的字段行不是信息行，括号里和“N天前”的仍是', () => {
		expect(readPageMetaLine('来源：某某日报 发布时间：2021-03-09。')).toBeUndefined();
		expect(readPageMetaLine('【来源：某某日报 发布时间：2021-03-09】')).toEqual({
			kind: 'fields',
			date: '2021-03-09',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某县教育局 3天前')).toEqual({
			kind: 'fields',
			source: '某某县教育局',
		});
		// Spaces around the line, and a sentence opening on the same verb, are read as before.
		expect(readPageMetaLine('  发布于3小时前 某某县教育局  ')).toEqual({
			kind: 'fields',
			source: '某某县教育局',
		});
		expect(readPageMetaLine('发布于3小时前，某某县教育局召开会议。 ')).toBeUndefined();
	});
});

const itemsOf = (text: string) =>
	extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture: readPageFurniture() },
	).articles;

describe('网页信息行进入条目', () => {
	test('政府信息公开表的发布机构是来源，发布日期是日期，都不作标题', () => {
		const [a] = itemsOf(
			[
				'某某县召开春季农业生产现场推进会',
				'索引号：11370000/2021-00123',
				'发布机构：某某县农业农村局',
				'成文日期：２０２１年０３月０８日',
				'发布日期：２０２１年０３月０９日',
				'3月8日，某某县召开春季农业生产现场推进会，部署春耕备耕、农资供应和农技服务等工作。',
				'会议要求，各乡镇要压实责任，确保粮食播种面积稳定在45万亩以上。',
			].join('\n'),
		);
		expect(a).toMatchObject({
			title: '某某县召开春季农业生产现场推进会',
			date: '2021-03-09',
			source: '某某县农业农村局',
		});
	});

	test('网页的发布时间胜过电头的月日，来源标注胜过电头的通讯社', () => {
		const [a] = itemsOf(
			[
				'某某省出台措施支持民营企业发展',
				'发布时间：2021-03-09 08:15  来源：某某日报',
				'新华社某某3月8日电 某某省近日出台若干措施，从融资、用地、人才等方面支持民营企业发展。',
				'措施提出，对首次贷款的小微企业给予贴息，贴息比例不超过50%。',
			].join('\n'),
		);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某日报' });
	});

	test('电子报报头给出报名和日期，报头不作标题', () => {
		const items = itemsOf(
			[
				'某某日报数字报',
				'2021年3月9日',
				'第03版：要闻',
				'',
				'某某市新建改建农村公路120公里',
				'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
				'该市还建立县乡村三级路长制，实现农村公路管护全覆盖。',
			].join('\n'),
		);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			title: '某某市新建改建农村公路120公里',
			date: '2021-03-09',
			source: '某某日报',
		});
	});
});

test('信件或公告末尾单独一行的日期只作页面日期的备选，不算网页的发布时间', () => {
	const { page } = removeBoilerplate(
		['某某县人民政府', '2021年3月9日'].map((text, i) => ({ text, line: i + 1 })),
	);
	expect(page).toEqual({ source: '', date: '2021-03-09' });
});

test('字段之间用竖线隔开、来源放在方括号里，也能读出来源', () => {
	expect(readPageMetaLine('发布时间：2021-03-09|来源：某某县融媒体中心|点击：120')).toMatchObject({
		date: '2021-03-09',
		source: '某某县融媒体中心',
	});
	expect(readPageMetaLine('【来源：某某日报】 【发表日期：2021年3月9日】')).toMatchObject({
		date: '2021-03-09',
		source: '某某日报',
	});
});

test('报头也可以日期在前，报名或网站名在后', () => {
	expect(readPageMetaLine('2021年3月9日 星期二 某某日报')).toEqual({
		kind: 'masthead',
		date: '2021-03-09',
		source: '某某日报',
	});
	expect(readPageMetaLine('某某新闻网 2021-03-09')).toMatchObject({ source: '某某新闻网' });
	expect(readPageMetaLine('人民日报 2021年3月9日 第03版')).toBeUndefined();
	expect(readPageMetaLine('春风又绿江南岸')).toBeUndefined();
});

describe('报头与不带标签的信息行', () => {
	test('报名与“数字报刊”之间的间隔号，和不以报字结尾的报名', () => {
		expect(readPageMetaLine('某某新闻网·数字报刊 2022年05月29日')).toEqual({
			kind: 'masthead',
			date: '2022-05-29',
			source: '某某新闻网',
		});
		expect(readPageMetaLine('今日某某县·电子报 2019.02.26')).toMatchObject({
			kind: 'masthead',
			source: '今日某某县',
		});
	});

	test('标题下不带标签的来源行与日期行：来源和发布日期', () => {
		const [a] = itemsOf(
			[
				'某某县政务网',
				'某某县开展冬季消防安全大检查',
				'某某县应急管理局',
				'2023/12/5',
				'近日，某某县组织应急、消防等部门开展冬季消防安全大检查，重点检查人员密集场所和“九小”场所。',
				'检查共发现隐患120处，已当场整改98处，其余限期整改。',
			].join('\n'),
		);
		expect(a).toMatchObject({
			title: '某某县开展冬季消防安全大检查',
			date: '2023-12-05',
			source: '某某县应急管理局',
		});
	});

	test('版面标签旁的报头，报名不像报纸也认作报头', () => {
		const items = itemsOf(
			[
				'2021.03.09 今日某某',
				'A03：要闻',
				'',
				'某某市新建改建农村公路120公里',
				'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
				'该市还建立县乡村三级路长制，实现农村公路管护全覆盖。',
			].join('\n'),
		);
		expect(items[0]).toMatchObject({ date: '2021-03-09', source: '今日某某' });
	});
});

test('电子报：报名单独一行，下一行是出版日期，再下是版面标签', () => {
	const items = itemsOf(
		[
			'某某报业集团',
			'出版日期：2021年03月09日',
			'B02 经济',
			'',
			'某某市新建改建农村公路120公里',
			'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
			'该市还建立县乡村三级路长制，实现农村公路管护全覆盖。',
		].join('\n'),
	);
	expect(items[0]).toMatchObject({ date: '2021-03-09', source: '某某报业集团' });
});

describe('信息行的其他写法', () => {
	test('“发布于”“更新于”带日期', () => {
		expect(readPageMetaLine('发布于 2023-11-02 16:20')).toMatchObject({ date: '2023-11-02' });
		// The publisher's name before the field names the page's source.
		expect(readPageMetaLine('某某县融媒体中心 更新于2023年11月2日')).toMatchObject({
			date: '2023-11-02',
			source: '某某县融媒体中心',
		});
	});

	test('键后面用空格不用冒号', () => {
		expect(readPageMetaLine('发布时间 2023-11-02  来源 某某县融媒体中心')).toMatchObject({
			date: '2023-11-02',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('来源 广泛的群众基础')).toBeUndefined();
	});

	test('字段里汉字数字的日期；讲话末尾单独一行的汉字或括号日期不是信息行', () => {
		expect(readPageMetaLine('二〇二三年十一月二日')).toBeUndefined();
		expect(readPageMetaLine('（2023年11月2日）')).toBeUndefined();
		expect(readPageMetaLine('成文日期：二〇二三年十月三十一日')).toMatchObject({
			date: '2023-10-31',
			dateKind: 'written',
		});
	});

	test('键和值之间用斜线，日期的年月日之间留空格', () => {
		expect(readPageMetaLine('来源/某某日报  时间/2021 年 3 月 9 日 08:15')).toMatchObject({
			date: '2021-03-09',
			source: '某某日报',
		});
	});

	test('“录入：”“上传：”后跟人名是录入者，不使整行失效', () => {
		expect(
			readPageMetaLine(
				'录入时间：2021年3月9日 08:15:20 星期二  来源单位：某某县教育局  录入：王芳',
			),
		).toMatchObject({ date: '2021-03-09', source: '某某县教育局' });
		expect(readPageMetaLine('发布时间：2021-03-09  上传：李明')).toMatchObject({
			date: '2021-03-09',
		});
	});

	test('机关名加日期的一行，末尾带阅读数', () => {
		expect(
			readPageMetaLine('某某县教育局　 2021年3月9日（星期二）08:15　 已阅 1234'),
		).toMatchObject({ date: '2021-03-09', source: '某某县教育局' });
		expect(readPageMetaLine('某某县教育局 2021-03-09 已阅 1234')).toMatchObject({
			date: '2021-03-09',
			source: '某某县教育局',
		});
		expect(readPageMetaLine('某某县教育局 2021-03-09 阅读 3.2万')).toMatchObject({
			date: '2021-03-09',
			source: '某某县教育局',
		});
	});

	test('来源值里的书名号和括号里的版次不是来源名的一部分', () => {
		expect(readPageMetaLine('来源：《某某日报》')).toMatchObject({ source: '某某日报' });
		expect(readPageMetaLine('来源：央视《某某新闻》')).toMatchObject({
			source: '央视《某某新闻》',
		});
		expect(readPageMetaLine('来源：某某日报（2023年11月02日 第03版）')).toMatchObject({
			source: '某某日报',
		});
	});
});

test('日期后跟星期再跟钟点、ISO 时间，都是日期行；“发布：”后跟日期', () => {
	expect(readPageMetaLine('2023年11月2日 星期四 10:20')).toEqual({
		kind: 'date',
		date: '2023-11-02',
	});
	expect(readPageMetaLine('2023-11-02T10:20:00+08:00')).toEqual({
		kind: 'date',
		date: '2023-11-02',
	});
	expect(readPageMetaLine('发布：2023-11-02 10:20')).toMatchObject({ date: '2023-11-02' });
	expect(readPageMetaLine('发布：某某县融媒体中心')).toBeUndefined();
});

test('机关名加日期的一行：来源和日期，不是报头', () => {
	// Under no key, the body beside the date may be an account that only posted the text.
	expect(readPageMetaLine('某某县人民政府办公室 2023-11-02')).toEqual({
		kind: 'fields',
		date: '2023-11-02',
		source: '某某县人民政府办公室',
		beside: true,
	});
	expect(readPageMetaLine('2023-11-02 某某县农业农村局')).toMatchObject({
		kind: 'fields',
		source: '某某县农业农村局',
	});
	expect(readPageMetaLine('某某县召开会议 2023-11-02')).toBeUndefined();
});

test('电子报页头：版面标签上方隔几行的日期行和报名行也是报头', () => {
	const items = itemsOf(
		[
			'今日某某',
			'2021年03月09日',
			'报纸检索',
			'本期导读',
			'版面选择',
			'标题导航',
			'B02 经济',
			'',
			'某某市新建改建农村公路120公里',
			'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
			'该市还建立县乡村三级路长制，实现农村公路管护全覆盖。',
		].join('\n'),
	);
	expect(items[0]).toMatchObject({ date: '2021-03-09', source: '今日某某' });
});
