import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';

// A CMS's record line prints the text's number in brackets, its publisher and its dates, parted by
// slashes between spaces, each date after a verb with 于 (`[1024] 某某县应急管理局 / 成文于2024-03-04 /
// 发布于2024-03-05`): the number is no field, the slash parts fields as a bar does, a writing verb's date
// is the document's and a publishing verb's the page's.

describe('编号、斜杠分隔、动词加“于”的记录行', () => {
	test.each([
		[
			'[1024] 某某县应急管理局 ／ 写成于2024-03-04 ／ 发布于2024.3.05',
			'2024-03-05',
			'某某县应急管理局',
		],
		['某某日报 / 成文于2024年3月4日 / 发布于2024年3月5日 10时20分', '2024-03-05', '某某日报'],
		['【No.1024】 某某县融媒体中心 ／ 发布于2024-03-05', '2024-03-05', '某某县融媒体中心'],
	])('%s', (line, date, source) => {
		expect(readPageMetaLine(line)).toMatchObject({ date, source });
	});

	test('括号里的年份连着文号时不是记录编号', () => {
		expect(
			readPageMetaLine(
				'[2024]-26650 | 某某县民族宗教事务局 | 成文：2024年11月30日 | 发布：2024.12.02.',
			),
		).toMatchObject({ date: '2024-12-02', source: '某某县民族宗教事务局' });
	});

	test('写成于的日期是文件的成文日期', () => {
		expect(readPageMetaLine('某某县应急管理局 ／ 写成于2024-03-04')).toMatchObject({
			date: '2024-03-04',
			dateKind: 'written',
		});
	});

	test('不带日期的斜杠分隔行不是记录行', () => {
		expect(
			readPageMetaLine('卷首 提振拼劲闯劲 / 辛某某 主题阅读 只争朝夕抓经济 / 杨某某'),
		).toBeUndefined();
	});
});
