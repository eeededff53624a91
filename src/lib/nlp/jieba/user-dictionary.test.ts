import { expect, test } from 'vitest';
import { allDivisions } from '../../geo/gazetteer.ts';
import { buildUserDictionary } from './user-dictionary.ts';

const dictionary = buildUserDictionary(allDivisions(), '# comment\n营商环境 20000 n\n挂职锻炼\n');
const words = new Set(dictionary.split('\n').map((line) => line.split(' ')[0]));

test('holds full names and short forms: 牡丹区, 峄城, 宝安, 河口区, 陵城', () => {
	for (const word of [
		'牡丹区',
		'峄城区',
		'峄城',
		'宝安',
		'河口区',
		'河口',
		'陵城',
		'玉屏侗族自治县',
		'玉屏',
	]) {
		expect(words.has(word), word).toBe(true);
	}
});

test('never holds one-character stems or the country', () => {
	expect([...words].filter((w) => w !== undefined && w.length === 1)).toEqual([]);
	expect(words.has('全国')).toBe(false);
});

test('adds the policy vocabulary, with default frequency and tag, and drops comments', () => {
	expect(dictionary).toContain('营商环境 20000 n\n');
	expect(dictionary).toContain('挂职锻炼 20000 n\n');
	expect(dictionary).not.toContain('#');
});

test('is deterministic', () => {
	expect(buildUserDictionary(allDivisions(), '营商环境 20000 n')).toBe(
		buildUserDictionary(allDivisions(), '营商环境 20000 n'),
	);
});

test('leaves out statistical zones (兰州新区, 石家庄高新技术产业开发区) but keeps 下花园, 绿园, 浦东新区', () => {
	expect(words.has('兰州新区')).toBe(false);
	expect(words.has('石家庄高新技术产业开发区')).toBe(false);
	for (const word of ['下花园', '绿园', '梁园', '浦东新区', '浦东'])
		expect(words.has(word), word).toBe(true);
});
