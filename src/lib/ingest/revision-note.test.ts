import { expect, test } from 'vitest';
import { isRevisionNote } from './revision-note.ts';
import { itemsOf } from './web-test-page.ts';

// A portal that edits a page after it went up may print when it did, alone on a line by the text:
// the page's record, never the article's text.

const TEXT = [
	'某某县农业农村局讯 入秋以来，全县组织农技人员深入田间地头，指导农户做好秋粮收获和秋冬种准备。',
	'县农业农村局要求各乡镇抢抓晴好天气，做到应收尽收、颗粒归仓，确保秋冬种按时完成。',
];
const HEAD = [
	'某某县人民政府门户网站',
	'全县秋收秋种有序推进',
	'发布时间：2022-09-28　来源：某某县农业农村局',
];

test('单独一行的修改说明（带括号或不带，动词在日期前后）是页面的记录', () => {
	for (const note of [
		'【此文最后修改于2021-06-03】',
		'（更新于2022年3月1日 10:20）',
		'本页面已于2023.5.6修订',
		'(文章在2020年2月4日重新编辑)',
		'（02月23日 作者修改了文章）',
		'2022年3月1日 编者修改了本文',
	])
		expect(isRevisionNote(note), note).toBe(true);
});

test('说到更新、修订的正文句子和发布时间不是修改说明', () => {
	for (const line of [
		'该条例于2021年3月1日修订，自公布之日起施行。',
		'（2022年3月1日）',
		'发布时间：2022-09-28',
		'数据库于2022年3月1日更新后，查询速度提高了一倍',
		'3月1日，作者修改了文章的结构，使论证更加严密。',
	])
		expect(isRevisionNote(line), line).toBe(false);
});

test('标题下、正文前的修改说明不进正文', () => {
	for (const note of ['（此文已于2022年10月3日修改）', '(本页面在2022年10月3日修订过)']) {
		const items = itemsOf([...HEAD, note, ...TEXT, '主办单位：某某县人民政府办公室']);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs).toEqual(TEXT);
	}
});
