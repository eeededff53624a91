import { describe, expect, test } from 'vitest';
import type { SourceLine } from './types.ts';
import { WEB_TITLE_FEATURES, webTitleRows } from './web-title-features.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const feature = (row: number[], name: (typeof WEB_TITLE_FEATURES)[number]) =>
	row[WEB_TITLE_FEATURES.indexOf(name)];

const PAGE = lines(
	'某某镇完成冬小麦播种三万亩_某某县人民政府门户网站',
	'首页 | 政务公开 | 办事服务 | 互动交流',
	'当前位置：首页 > 乡镇动态',
	'某某镇完成冬小麦播种三万亩',
	'来源：某某镇人民政府',
	'10月28日，某某镇三万亩冬小麦播种全部完成，镇农业服务中心组织技术人员分村指导农户科学播种。',
	'今年该镇推广宽幅精播技术，亩均用种减少两斤，出苗整齐度明显提高。',
	'首页 | 政务公开 | 办事服务 | 互动交流',
);
const WINDOW = { lines: 25, chars: 80 };

describe('网页标题候选行的特征', () => {
	const rows = webTitleRows(PAGE, 0, 5, PAGE.slice(5, 7), '某某镇完成冬小麦播种三万亩', WINDOW);
	const at = (text: string) => rows.rows[rows.head.findIndex((h) => h.text === text)]!;

	test('候选行是正文之上像标题的行，规则所取的标题在其中', () => {
		expect(rows.head.map((h) => h.text)).toEqual([
			'某某镇完成冬小麦播种三万亩_某某县人民政府门户网站',
			'首页 | 政务公开 | 办事服务 | 互动交流',
			'当前位置：首页 > 乡镇动态',
			'某某镇完成冬小麦播种三万亩',
			'来源：某某镇人民政府',
		]);
		expect(rows.head[rows.rule]!.text).toBe('某某镇完成冬小麦播种三万亩');
		expect(rows.rows.every((r) => r.length === WEB_TITLE_FEATURES.length)).toBe(true);
	});

	test('浏览器标题含标题加站名；标题被它包含；导航栏在页尾重复；来源行带键', () => {
		expect(feature(at('某某镇完成冬小麦播种三万亩_某某县人民政府门户网站'), 'holdsOther')).toBe(1);
		expect(feature(at('某某镇完成冬小麦播种三万亩'), 'insideOthers')).toBe(1);
		expect(feature(at('某某镇完成冬小麦播种三万亩'), 'holdsOther')).toBe(0);
		expect(feature(at('首页 | 政务公开 | 办事服务 | 互动交流'), 'repeats')).toBe(2);
		expect(feature(at('来源：某某镇人民政府'), 'keyed')).toBe(1);
		expect(feature(at('某某镇完成冬小麦播种三万亩'), 'linesToBody')).toBe(1);
	});

	test('规则取的标题若没有原样印成一行（栏目标签被去掉），作为一行候选放在含它的那一行处', () => {
		const page = lines(
			'【乡村振兴】某某镇完成冬小麦播种三万亩',
			...PAGE.slice(5, 7).map((l) => l.text),
		);
		const labelled = webTitleRows(page, 0, 1, page.slice(1), '某某镇完成冬小麦播种三万亩', WINDOW);
		expect(labelled.head.map((h) => h.text)).toEqual([
			'某某镇完成冬小麦播种三万亩',
			'【乡村振兴】某某镇完成冬小麦播种三万亩',
		]);
		expect(labelled.rule).toBe(0);
		expect(feature(labelled.rows[0]!, 'ruleOnly')).toBe(1);
		expect(feature(labelled.rows[1]!, 'columnLabel')).toBe(1);
	});
});
