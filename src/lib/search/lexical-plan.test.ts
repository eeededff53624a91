import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { planQuery } from './lexical-plan.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { loadStopWords, loadSynonyms } from './synonyms.ts';

const config = loadRankingConfig();
const ctx = {
	segmenter: createJiebaSegmenter(),
	stopWords: loadStopWords(),
	synonyms: loadSynonyms(),
};
const words = (q: string) =>
	planQuery(q, ctx, {
		phraseWindow: config.candidates.phraseWindow,
		copiedRunChars: config.copiedRunChars,
		queryStopWords: config.queryStopWords,
	}).words.map((w) => w.forms[0]);

test('文物和非物质文化遗产保护 asks no word 和非: a function word ends a run of single characters', () => {
	expect(words('文物和非物质文化遗产保护')).toEqual(['文物', '物质', '文化遗产', '保护']);
});

test('果子红了 keeps 红了: a particle after a single character stays with it', () => {
	expect(words('果子红了')).toEqual(['果子', '红了']);
});

test('单个字连在一起的复制文本 still joins: 驻企服务专员 keeps 驻企', () => {
	expect(words('驻企服务专员上门')).toContain('驻企');
});

test('a quoted phrase keeps its function words in its parts: “公园里的树木” is near-matched as 公园, 里的 and 树木', () => {
	const plan = planQuery('“公园里的树木”', ctx, {
		phraseWindow: config.candidates.phraseWindow,
		copiedRunChars: config.copiedRunChars,
		queryStopWords: config.queryStopWords,
	});
	expect(plan.phrases[0]!.parts).toEqual(['公园', '里的', '树木']);
});
