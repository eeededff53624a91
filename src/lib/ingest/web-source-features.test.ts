import { describe, expect, test } from 'vitest';
import { locateWebItems } from './web-item-lines.ts';
import { lineSourceCandidates, pageSourceCandidates } from './web-source-candidates.ts';
import { WEB_SOURCE_FEATURES, webSourceRows } from './web-source-features.ts';

// The source candidates of a web page's item: every name a field, a masthead, a browser title or a
// copyright notice offers, with the class of its key and where it stands from the text.

const TEXT = [
	'5月8日，峄城区召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各镇街要加强巡山护林，严格野外用火管理，确保全区森林资源安全。',
];
const PAGE = [
	'峄城区人民政府 | 首页 | 政务公开 | 互动交流',
	'峄城区召开春季森林防火工作推进会',
	'发布时间：2024-05-08 09:30  信息来源：峄城区应急管理局  作者：王小明',
	...TEXT,
	'责任编辑：李华',
	'主办单位：峄城区人民政府办公室  版权所有 © 2024 峄城区人民政府',
].map((text, i) => ({ text, line: i + 1 }));
const at = (name: (typeof WEB_SOURCE_FEATURES)[number]) => WEB_SOURCE_FEATURES.indexOf(name);

describe('网页上给出的每个来源名都是候选', () => {
	test('键后的值带键的类别：来源、作者、编辑、主办、版权', () => {
		const offered = pageSourceCandidates(PAGE);
		expect(offered[2]!.map((c) => [c.text, c.key])).toEqual([
			['峄城区应急管理局', 'source'],
			['王小明', 'people'],
		]);
		expect(offered[5]!.map((c) => [c.text, c.key])).toEqual([['李华', 'people']]);
		expect(offered[6]!.map((c) => [c.text, c.key])).toEqual([
			['峄城区人民政府办公室', 'sponsor'],
			['峄城区人民政府', 'copyright'],
		]);
		expect(offered[0]!.map((c) => c.text)).toEqual(['峄城区人民政府']);
	});

	test('浏览器标题的网站部分和数字报前的报名', () => {
		const title = lineSourceCandidates(
			'峄城区召开春季森林防火工作推进会_峄城区人民政府门户网站',
			0,
		);
		expect(title.at(-1)).toMatchObject({ text: '峄城区人民政府门户网站', titlePart: true });
		const paper = lineSourceCandidates('枣庄日报数字报  2024年05月08日', 0);
		expect(paper.map((c) => [c.text, c.editionCut])).toEqual([
			['枣庄日报数字报', false],
			['枣庄日报', true],
		]);
	});

	test('每个名字取离正文最近的一处，另加规则的选择和“无”', () => {
		const [place] = locateWebItems(PAGE, [{ paragraphs: TEXT }]);
		const rows = webSourceRows(PAGE, pageSourceCandidates(PAGE), place!, '峄城区应急管理局', 1);
		// A headline that opens with a place is a candidate too: the trees tell it from a body's name.
		expect(rows.names).toEqual([
			'峄城区人民政府',
			'峄城区召开春季森林防火工作推进会',
			'峄城区应急管理局',
			'王小明',
			'李华',
			'峄城区人民政府办公室',
			'',
		]);
		expect(rows.rule).toBe(2);
		const [masthead, , source, writer, editor, sponsor, none] = rows.rows;
		expect(masthead![at('recurs')]).toBe(2);
		expect(masthead![at('beforeItem')]! + masthead![at('overText')]!).toBe(1);
		expect(source![at('keySource')]).toBe(1);
		expect(source![at('rule')]).toBe(1);
		expect(source![at('lineDate')]).toBe(1);
		expect(source![at('sharesLine')]).toBe(1);
		expect(source![at('toText')]).toBe(-1);
		expect(writer![at('keyPeople')]).toBe(1);
		expect(editor![at('afterText')]).toBe(1);
		expect(sponsor![at('keySponsor')]).toBe(1);
		expect(sponsor![at('publisher')]).toBe(1);
		expect(sponsor![at('place')]).toBe(1);
		expect(none![at('none')]).toBe(1);
		expect(rows.rows.every((r) => r[at('candidates')] === 7)).toBe(true);
	});

	test('规则选的名字页面上没印出时另作一个候选', () => {
		const [place] = locateWebItems(PAGE, [{ paragraphs: TEXT }]);
		const rows = webSourceRows(PAGE, pageSourceCandidates(PAGE), place!, '枣庄日报', 1);
		expect(rows.names.at(-2)).toBe('枣庄日报');
		expect(rows.rows.at(-2)![at('unprinted')]).toBe(1);
		expect(rows.rows.at(-2)![at('outlet')]).toBe(1);
	});
});
