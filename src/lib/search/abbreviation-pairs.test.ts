import { expect, test } from 'vitest';
import { abbreviationPairs } from './abbreviation-pairs.ts';

// Sentences written for these tests in the genre's usual shapes, naming well-known bodies.
test('以下简称: the full name is the end of the run before the bracket', () => {
	expect(abbreviationPairs('双方同意与亚洲基础设施投资银行（以下简称“亚投行”）开展合作。')).toEqual(
		[{ short: '亚投行', full: '亚洲基础设施投资银行' }],
	);
});

test('简称 without quotation marks, and the half-width bracket', () => {
	expect(abbreviationPairs('国家开发银行(简称国开行)发放贷款。')).toEqual([
		{ short: '国开行', full: '国家开发银行' },
	]);
});

test('a quoted formula glossed by the list it abbreviates, one item per character', () => {
	expect(abbreviationPairs('深化“放管服”（简政放权、放管结合、优化服务）改革。')).toEqual([
		{ short: '放管服', full: '简政放权、放管结合、优化服务' },
	]);
});

test('a numbered formula: as many items as its numeral, each holding its end', () => {
	expect(
		abbreviationPairs('坚决打击“三股势力”（民族分裂势力、宗教极端势力、暴力恐怖势力）。'),
	).toEqual([{ short: '三股势力', full: '民族分裂势力、宗教极端势力、暴力恐怖势力' }]);
});

test('a quoted formula and its list apart in the same text', () => {
	expect(
		abbreviationPairs('持续推进简政放权、放管结合、优化服务。会议指出，“放管服”改革成效明显。'),
	).toEqual([{ short: '放管服', full: '简政放权、放管结合、优化服务' }]);
});

test('no pair: a document’s own short title, a full name holding the short form, a stray list', () => {
	expect(abbreviationPairs('国务院印发《方案》（以下简称《方案》）。')).toEqual([]);
	expect(abbreviationPairs('中国长江三峡集团有限公司（简称三峡集团）投资建设。')).toEqual([]);
	expect(abbreviationPairs('开展“两会”宣传，做好采访、编辑工作。')).toEqual([]);
	expect(
		abbreviationPairs('“四个全面”（改变了城市的面貌、乡村的面貌、人的面貌、党的面貌）'),
	).toEqual([]);
});
