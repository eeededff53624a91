import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { compileQuery, ftsString, type QueryContext } from './fts-query.ts';
import { createSynonyms, loadStopWords } from './synonyms.ts';

const ctx: QueryContext = {
	segmenter: createJiebaSegmenter(),
	stopWords: loadStopWords(),
	synonyms: createSynonyms([['复工复产', '恢复生产']]),
};

test('quotes every token as an FTS5 string', () => {
	expect(ftsString('a"b')).toBe('"a""b"');
	const compiled = compileQuery('野生动物" OR "干部 NEAR(', ctx);
	// Every bare word outside strings is an operator the compiler wrote itself.
	const outside = compiled.match!.replace(/"(?:[^"]|"")*"/gu, '');
	expect(outside).toMatch(/^[\s()A-Z0-9,*]*$/u);
	expect(outside).not.toMatch(/\bNOT\b/u);
});

test('expands 复工复产 with its synonym 恢复生产', () => {
	const compiled = compileQuery('复工复产', ctx);
	expect(compiled.match).toContain('NEAR("恢复" "生产", 6)');
	expect(compiled.highlightTerms).toContain('恢复生产');
});

test('a quoted phrase becomes a plain-text check', () => {
	const compiled = compileQuery('“五比五看”', ctx);
	expect(compiled.phrases).toEqual(['五比五看']);
});

test('an empty or punctuation-only query matches everything', () => {
	expect(compileQuery('', ctx).match).toBeNull();
	expect(compileQuery('、，。', ctx).match).toBeNull();
});
