import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { planQuery } from './lexical-plan.ts';
import { loadStopWords, loadSynonyms } from './synonyms.ts';

const ctx = {
	segmenter: createJiebaSegmenter(),
	stopWords: loadStopWords(),
	synonyms: loadSynonyms(),
};
const plan = (q: string) => planQuery(q, ctx, { phraseWindow: 8, copiedRunChars: 8 });

test('a slogan in parts scores each whole part: “强副职、壮中层、激活力”', () => {
	const forms = plan('“强副职、壮中层、激活力”').phraseUnits.map((u) => u.forms[0]);
	expect(forms).toEqual(['强副职壮中层激活力', '强副职', '壮中层', '激活力']);
});

test('a phrase of one piece adds no units of its parts: “放管服”', () => {
	expect(plan('“放管服”').phraseUnits.map((u) => u.forms[0])).toEqual(['放管服']);
});
