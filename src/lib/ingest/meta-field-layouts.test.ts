import { describe, expect, test } from 'vitest';
import { fieldKind } from './field-keys.ts';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// How content systems lay out a page's fields besides `键：值` on one line: the key in brackets
// without a colon, the key on one line and its value on the next (a table saved as text), the
// people who posted the page as a field of its own, and "today" as a relative
// time that dates nothing.

describe('方括号里的键', () => {
	test('“【来源】某某 【日期】2021-08-03”', () => {
		expect(readPageMetaLine('【来源】某某县应急管理局  【日期】2021-08-03')).toMatchObject({
			source: '某某县应急管理局',
			date: '2021-08-03',
		});
		expect(readPageMetaLine('[发布时间] 2021年8月3日 [信息来源] 某某日报')).toMatchObject({
			source: '某某日报',
			date: '2021-08-03',
		});
	});

	test('方括号里的栏目名不是键', () => {
		expect(readPageMetaLine('【要闻】某某县召开春季森林防火工作推进会')).toBeUndefined();
	});
});

describe('发布人也是字段', () => {
	test('发布人是人；栏目不是页面的字段', () => {
		expect(fieldKind('发布人')).toBe('people');
		// `所在栏目：某某` stands in the breadcrumb, above the headline: no fields line.
		expect(fieldKind('所在栏目')).toBeUndefined();
		expect(readPageMetaLine('发布人：王某 发布时间：2021-08-03 所属栏目：工作动态')).toMatchObject({
			date: '2021-08-03',
		});
	});
});

describe('发布的其他说法', () => {
	test('上网时间、推送时间是页面的日期', () => {
		expect(readPageMetaLine('上网时间：2021-08-03 来源：某某日报')).toMatchObject({
			date: '2021-08-03',
			source: '某某日报',
		});
		expect(readPageMetaLine('推送时间：2021-08-03 10:05')?.date).toBe('2021-08-03');
	});
});

describe('相对时间“今天”', () => {
	test('“今天 10:05”旁边印着日期，日期为准', () => {
		expect(readPageMetaLine('今天 10:05 | 2021-08-03 | 来源：某某日报')).toMatchObject({
			date: '2021-08-03',
			source: '某某日报',
		});
	});
});

describe('键与值分两行', () => {
	test('“来源：”下一行是发布单位，“发布时间：”下一行是日期', () => {
		const [a] = itemsOf([
			'当前位置：首页 > 新闻中心',
			'某某县召开春季森林防火工作推进会',
			'发布时间：',
			'2021-08-03 10:05',
			'来源：',
			'某某县应急管理局',
			'',
			...LEAD,
		]);
		expect(a).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2021-08-03',
			source: '某某县应急管理局',
		});
		expect(a!.paragraphs.join('\n')).not.toContain('某某县应急管理局\n');
	});

	test('没有冒号的表格行', () => {
		const [a] = itemsOf([
			'当前位置：首页 > 新闻中心',
			'某某县召开春季森林防火工作推进会',
			'信息来源',
			'某某县应急管理局',
			'发布日期',
			'2021年8月3日',
			'',
			...LEAD,
		]);
		expect(a).toMatchObject({ date: '2021-08-03', source: '某某县应急管理局' });
	});

	test('键下面不是它的值，就不合并', () => {
		const [a] = itemsOf([
			'当前位置：首页 > 新闻中心',
			'某某县召开春季森林防火工作推进会',
			'来源：',
			'',
			...LEAD,
		]);
		expect(a!.paragraphs[0]).toBe(LEAD[0]);
	});
});

describe('有键的来源胜过无键的名称', () => {
	test('日期行旁的机构名不顶替下一行“信息来源”所说的来源', () => {
		const [a] = itemsOf([
			'某某县医疗保障局',
			'发布日期：2021 年 08 月 03 日',
			'信息来源：某某日报',
			'某某县召开医保基金监管工作推进会',
			'',
			...LEAD,
		]);
		expect(a).toMatchObject({ date: '2021-08-03', source: '某某日报' });
	});
});
