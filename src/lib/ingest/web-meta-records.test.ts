import { describe, expect, test } from 'vitest';
import { fieldKind } from './field-keys.ts';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf } from './web-test-page.ts';

// A 政府信息公开 record and a body under two nameplates, read by the genre's grammar: the office
// that answers for disclosure (政务公开) is an office whatever its short name; a record's row of
// cells gives its number, its publisher and its dates; a bare verb of publishing or writing keys
// a date; a key naming the body that answers for a text (…主体) keys its source; a bracketed
// note's name keeps its own brackets.

/** Two paragraphs of a county release, without dateline or source of their own. */
const TEXT = [
	'近日，某某区水务局组织专业人员对全区小型水库开展安全鉴定，逐座核查大坝、溢洪道和放水设施。',
	'对鉴定中发现的问题，区水务局已督促各管护单位制定整改方案，汛前全部完成处置。',
];

describe('两块牌子：括号里的第二块牌子是机构的简称', () => {
	test('政务公开办是机构，不是“开办”', () => {
		expect(isPublisherName('某某区政务公开办')).toBe(true);
		expect(isPublisherName('某某区人民政府办公室（区政务公开办）')).toBe(true);
		// A headline closing on the verb stays no publisher's name.
		expect(isPublisherName('首届农民运动会在某某区开办')).toBe(false);
	});

	test('微信头行的账号带着第二块牌子', () => {
		const [item] = itemsOf([
			'某某区完成小型水库安全鉴定',
			'原创 王某 某某区人民政府办公室（区政务公开办） 2024年05月06日 09:12 四川',
			...TEXT,
		]);
		expect(item).toMatchObject({
			date: '2024-05-06',
			source: '某某区人民政府办公室（区政务公开办）',
		});
	});

	test('微信头行把带两块牌子的账号名印两遍，中间没有空格', () => {
		const [item] = itemsOf([
			'某某区完成小型水库安全鉴定',
			'原创 某某区应急管理局（区防汛抗旱指挥部办公室）某某区应急管理局（区防汛抗旱指挥部办公室）2024年5月6日 09:12 四川',
			...TEXT,
		]);
		expect(item).toMatchObject({
			date: '2024-05-06',
			source: '某某区应急管理局（区防汛抗旱指挥部办公室）',
		});
	});

	test('标题下“原创”加账号名的一行是账号，不是网站名', () => {
		const [item] = itemsOf([
			'某某区完成小型水库安全鉴定',
			'原创　某某区融媒体中心（区广播电视台）',
			'某某区融媒体中心（区广播电视台）',
			'2024年05月06日 09:12',
			...TEXT,
		]);
		expect(item).toMatchObject({
			date: '2024-05-06',
			source: '某某区融媒体中心（区广播电视台）',
		});
	});

	test('转播导语上面，“原创”加账号名的一行不是标题', () => {
		const [item] = itemsOf([
			'某某区完成小型水库安全鉴定',
			'原创　某某区融媒体中心（区广播电视台）',
			'某某区融媒体中心（区广播电视台）',
			'2024-05-06 09:12',
			'央视网消息（新闻联播）：5月6日，某某区完成全区小型水库安全鉴定。',
			'区水务局组织专业人员逐座核查大坝、溢洪道和放水设施，对鉴定中发现的问题督促各管护单位制定整改方案。',
		]);
		expect(item).toMatchObject({
			title: '某某区完成小型水库安全鉴定',
			source: '某某区融媒体中心（区广播电视台）',
		});
	});

	test('括号里的来源说明：名称自带的括号不算说明的结尾', () => {
		const [item] = itemsOf([
			'某某区完成小型水库安全鉴定',
			'2024-05-06 09:12',
			...TEXT,
			'（稿源：某某区人民政府办公室（区政务公开办））',
		]);
		expect(item).toMatchObject({ source: '某某区人民政府办公室（区政务公开办）' });
	});
});

describe('信息公开记录的字段', () => {
	test('单独的发布、成文动词作键，键出日期', () => {
		expect(fieldKind('公开')).toBe('date');
		expect(fieldKind('印发')).toBe('written');
		expect(fieldKind('成文')).toBe('written');
	});

	test('……主体是负责发布的单位', () => {
		expect(fieldKind('发布主体')).toBe('source');
		expect(fieldKind('公开主体')).toBe('source');
	});

	test('记录一行里的编号格不是名称，单位格是来源', () => {
		expect(
			readPageMetaLine(
				'No.2024-0815 | 某某区水务局 | 印发：2024-05-02 | 公开：2024-05-06 | 现行有效',
			),
		).toMatchObject({ date: '2024-05-06', source: '某某区水务局' });
	});

	test('表格里的发布主体给出来源', () => {
		const [item] = itemsOf([
			'某某区人民政府网',
			'首页 | 信息公开 | 政务服务',
			'索取号 | 11510000-2024-00815',
			'发布主体 | 某某区水务局',
			'发布日期 | 2024-05-06',
			'某某区完成小型水库安全鉴定',
			...TEXT,
		]);
		expect(item).toMatchObject({ date: '2024-05-06', source: '某某区水务局' });
	});
});
