import { describe, expect, test } from 'vitest';
import { phraseClassOf, readPhraseClasses } from './theme-phrase-classes.ts';

describe('readPhraseClasses', () => {
	test('reads classes of alternatives, each alternative a set of phrases that must all appear', () => {
		expect(readPhraseClasses('调研=调查研究;复工=疫情+复工|防控+复产')).toEqual([
			{ name: '调研', alternatives: [['调查研究']] },
			{
				name: '复工',
				alternatives: [
					['疫情', '复工'],
					['防控', '复产'],
				],
			},
		]);
	});

	test('rejects a class without a name or without phrases', () => {
		expect(() => readPhraseClasses('=调查研究')).toThrow(TypeError);
		expect(() => readPhraseClasses('调研=')).toThrow(TypeError);
	});
});

describe('phraseClassOf', () => {
	const classes = readPhraseClasses('驻村=第一书记|驻村工作队;复工=疫情+复工');

	test('names the first class one of whose alternatives the text holds whole', () => {
		expect(phraseClassOf('我当第一书记的三年', classes)).toBe('驻村');
		expect(phraseClassOf('疫情防控不松劲，企业复工有序推进', classes)).toBe('复工');
	});

	test('an alternative missing one of its phrases does not match (复工 without 疫情)', () => {
		expect(phraseClassOf('园区企业复工达产', classes)).toBeUndefined();
	});
});
