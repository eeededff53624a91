import { describe, expect, test } from 'vitest';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// The classes of keys and separators a CMS prints its meta fields with, read by the key's core word
// whatever the site's wording: who sent the text in (发稿单位, 报送单位, 供稿单位), a key set off by a
// slash instead of a colon, and the bodies that publish on a county site besides its government's
// offices (mass organisations, archives and libraries).

describe('发稿、报送、供稿的单位是来源', () => {
	test('单位或部门前是发稿、报送、供稿、投稿', () => {
		expect(readPageMetaLine('发稿单位：某某县妇女联合会')).toMatchObject({
			source: '某某县妇女联合会',
		});
		expect(readPageMetaLine('报送单位：某某县档案馆　　报送时间：2023-05-06')).toMatchObject({
			source: '某某县档案馆',
			date: '2023-05-06',
		});
		expect(readPageMetaLine('供稿部门：某某镇人民政府')).toMatchObject({
			source: '某某镇人民政府',
		});
	});

	test('承办单位、主办单位不是稿件的来源', () => {
		expect(readPageMetaLine('主办单位：某某县人民政府办公室　承办单位：某某县大数据中心')).toBe(
			undefined,
		);
	});

	test('页面上发稿单位和发稿时间各占一行', () => {
		const [a] = itemsOf([
			'某某县人民政府',
			'首页 > 部门动态 > 正文',
			'某某县举办春季森林防火培训班',
			'发稿单位：某某县林业和草原局',
			'发稿时间：2023-05-09 · 10:40',
			'浏览量：1024',
			...LEAD,
		]);
		expect(a).toMatchObject({ date: '2023-05-09', source: '某某县林业和草原局' });
	});
});

describe('键和值之间用斜线隔开', () => {
	test('来源 / 某某　时间 / 日期', () => {
		expect(
			readPageMetaLine('来源 / 某某县红十字会　　时间 / 2023-05-06 10:20　星期六'),
		).toMatchObject({ source: '某某县红十字会', date: '2023-05-06' });
		expect(readPageMetaLine('来源／某某日报　日期／2023.05.06')).toMatchObject({
			source: '某某日报',
			date: '2023-05-06',
		});
	});

	test('斜线后不像该字段的值，不算字段', () => {
		expect(readPageMetaLine('来源 / 广泛的群众基础')).toBeUndefined();
		expect(readPageMetaLine('时间 / 空间')).toBeUndefined();
	});
});

describe('县里发布信息的群团组织和事业单位', () => {
	test.each([
		'某某县红十字会',
		'某某县妇女联合会',
		'某某市文学艺术界联合会',
		'某某县残联',
		'某某县档案馆',
		'某某县科学技术协会',
	])('%s 是发布者', (name) => {
		expect(isPublisherName(name)).toBe(true);
	});

	test('以会结尾的标题不是发布者', () => {
		expect(isPublisherName('某某县召开安全生产工作会')).toBe(false);
		expect(isPublisherName('某某镇举办农民丰收节文艺晚会')).toBe(false);
		// Venues are where news happens, not who publishes it.
		expect(isPublisherName('代表团参观某某博物馆')).toBe(false);
		expect(isPublisherName('小朋友走进某某县图书馆')).toBe(false);
	});
});

describe('日期后跟“发布”，再跟发布者', () => {
	test('日期 发布 · 发布者', () => {
		expect(readPageMetaLine('2023 / 08 / 26 发布 · 某某县红十字会')).toMatchObject({
			date: '2023-08-26',
			source: '某某县红十字会',
		});
		expect(readPageMetaLine('2023-08-26 10:20　星期六 发布 · 央视《新闻联播》')).toMatchObject({
			date: '2023-08-26',
			source: '央视《新闻联播》',
		});
		expect(readPageMetaLine('2023年08月26日 | 08:19 发表 | 某某县档案馆')).toMatchObject({
			date: '2023-08-26',
			source: '某某县档案馆',
		});
	});

	test('“发布”后不是发布者的不算', () => {
		expect(readPageMetaLine('2023-08-26 发布 关于做好防汛工作的通知')).toBeUndefined();
	});
});

describe('打印页：标题上方的打印时间不是发布日期', () => {
	test('打印时间和站名在标题上方，发布日期在标题下', () => {
		const [a] = itemsOf([
			'2023/6/1 09:15:22　　某某县人民政府网',
			'某某县举办春季森林防火培训班',
			'2023-05-09 发布 · 某某县林业和草原局',
			...LEAD,
			'https://www.example.gov.cn/art/2023/5/9/art_1_1.html',
		]);
		expect(a).toMatchObject({ date: '2023-05-09', source: '某某县林业和草原局' });
	});

	test('标题上方只有一行日期和发布者时，它就是页面的日期', () => {
		const [a] = itemsOf([
			'某某县人民政府网',
			'2023-05-09 10:20　某某县林业和草原局',
			'某某县举办春季森林防火培训班',
			...LEAD,
		]);
		expect(a).toMatchObject({ date: '2023-05-09', source: '某某县林业和草原局' });
	});
});

describe('撰稿、编发、报送的单位也是来源', () => {
	test.each([
		['撰稿单位：某某县文化馆', '某某县文化馆'],
		['编发单位：某某县融媒体中心', '某某县融媒体中心'],
		['信息报送：某某县气象局', '某某县气象局'],
	])('%s', (line, source) => {
		expect(readPageMetaLine(line)).toMatchObject({ source });
	});
});

describe('转载平台不是稿件的来源', () => {
	test('“来源：学习强国”只在页面别处没有来源时才算', () => {
		expect(readPageMetaLine('来源：学习强国')).toMatchObject({ source: '学习强国', unkeyed: true });
		const [a] = itemsOf([
			'学习强国',
			'某某县举办春季森林防火培训班',
			'来源：今日头条　2023-05-09',
			...LEAD,
			'本文来源：某某日报',
		]);
		expect(a).toMatchObject({ date: '2023-05-09', source: '某某日报' });
	});
});

describe('一行几个日期：发布日期优先', () => {
	test('更新、修改时间在前，发布、创建时间在后', () => {
		expect(readPageMetaLine('更新时间：2023-06-01　发布时间：2023-05-09')).toMatchObject({
			date: '2023-05-09',
		});
		expect(readPageMetaLine('修改日期：2023-06-01　创建日期：2023-05-09')).toMatchObject({
			date: '2023-05-09',
		});
	});

	test('生效、施行、截止日期不是页面的日期，同行的发布日期才是', () => {
		expect(readPageMetaLine('生效日期：2023-07-01　发布日期：2023-05-09')).toMatchObject({
			date: '2023-05-09',
		});
		expect(readPageMetaLine('施行日期：2023-07-01')).toBeUndefined();
	});
});
