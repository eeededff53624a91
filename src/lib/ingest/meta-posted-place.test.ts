import { describe, expect, test } from 'vitest';
import { isPublisherValue } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';

// A platform's note of where a post was sent from (`发表于某省`, `IP属地：某省`) printed as a field of
// its own on a meta line of any order, a section of a body (`某某中心总编室`) as the publisher, and a
// broadcaster's programme beside the date, an outlet as a paper's name there is.

describe('发帖地点字段', () => {
	test('日期、发布单位之后的“发表于某省”不挡住日期和来源', () => {
		expect(readPageMetaLine('2021/07/14 16:05　某某县水利局　发表于湖南')).toMatchObject({
			date: '2021-07-14',
			source: '某某县水利局',
		});
		expect(readPageMetaLine('2021年7月14日 16:05 · 某某市教育局 · IP属地：广东')).toMatchObject({
			date: '2021-07-14',
			source: '某某市教育局',
		});
	});

	test('作者字段之后的“IP属地”不挡住日期', () => {
		expect(readPageMetaLine('作者：林某　2021-07-14 16:05　IP属地：浙江')?.date).toBe('2021-07-14');
		expect(readPageMetaLine('2021-07-14 09:30　某某县文旅局　IP属地 江西')).toMatchObject({
			date: '2021-07-14',
			source: '某某县文旅局',
		});
		expect(readPageMetaLine('记者：王某某 2021.07.14 09:30 IP 归属地：江西')?.date).toBe(
			'2021-07-14',
		);
	});

	test('句子里的“发表于”照旧不是字段行', () => {
		expect(readPageMetaLine('2021年7月14日，他的论文发表于某某学报')).toBeUndefined();
	});
});

describe('单位里的科室', () => {
	test('“某某中心编辑室”“某某局办公室”读作发布者', () => {
		expect(isPublisherValue('某某县融媒体中心总编室')).toBe(true);
		expect(readPageMetaLine('某某市广播电视台新闻编辑室　2021-07-14 16:05')).toMatchObject({
			date: '2021-07-14',
			source: '某某市广播电视台新闻编辑室',
		});
	});
});

describe('日期旁的节目名', () => {
	test('电视台的节目和报纸一样是媒体，不是只转发了稿子的单位', () => {
		const meta = readPageMetaLine('【中央电视台《焦点访谈》】 2021年07月14日（星期三）20时05分');
		expect(meta).toMatchObject({ date: '2021-07-14', source: '中央电视台《焦点访谈》' });
		expect(meta?.beside).toBeUndefined();
		expect(readPageMetaLine('某某县文旅局　2021-07-14 16:05')?.beside).toBe(true);
	});
});
