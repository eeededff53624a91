import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { planQuery } from './lexical-plan.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { scoreCandidate, type CandidateText } from './rescore.ts';
import { createSynonyms, loadStopWords, loadSynonyms } from './synonyms.ts';
import { normalizeText } from './tokenize.ts';

const config = loadRankingConfig();
const ctx = {
	segmenter: createJiebaSegmenter(),
	stopWords: loadStopWords(),
	synonyms: loadSynonyms(),
};
const plan = (q: string) =>
	planQuery(q, ctx, {
		phraseWindow: config.candidates.phraseWindow,
		copiedRunChars: config.copiedRunChars,
		queryStopWords: config.queryStopWords,
	});

/** ASCII letters and digits as their full-width forms, as some sites print them. */
const fullWidth = (s: string) =>
	s.replace(/[0-9A-Za-z]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const texts: CandidateText[] = sampleArticles().flatMap((a) => {
	const text = { title: a.title, measures: a.slogans.join('\n'), body: a.body };
	return [
		text,
		{ title: fullWidth(text.title), measures: text.measures, body: fullWidth(text.body) },
		{ title: text.title, measures: text.measures, body: text.body.replace(/年/gu, 'Y') },
	];
});
const stats = { docs: 1000, df: () => 10, avgLength: [20, 50, 1500] as [number, number, number] };

test.each([
	'营商环境',
	'干部 考核',
	'"五比五看"',
	'2023',
	'２０２３年',
	'18 项',
	'y',
	'乡村振兴 2023年',
])('%s scores the original text as its normalised form', (q) => {
	const p = plan(q);
	let matched = 0;
	for (const text of texts) {
		const normalised = {
			title: normalizeText(text.title),
			measures: normalizeText(text.measures),
			body: normalizeText(text.body),
		};
		const found = { verbatim: false };
		const score = scoreCandidate(p, text, stats, [2, 1, 1], config, found);
		expect(score).toEqual(scoreCandidate(p, normalised, stats, [2, 1, 1], config, found));
		if (score.score > 0) matched++;
	}
	expect(matched).toBeGreaterThan(0);
});

test('a mined pair expands 国开行 to 国家开发银行, whose uses count at the pair’s weight', () => {
	const mined = {
		minArticles: 2,
		weight: 0.5,
		pairs: [['国开行', '国家开发银行', 9]] as [string, string, number][],
	};
	const withPair = { ...ctx, synonyms: createSynonyms([], mined) };
	const planned = planQuery('国开行', withPair, {
		phraseWindow: config.candidates.phraseWindow,
		copiedRunChars: config.copiedRunChars,
	});
	expect(planned.words.map((w) => [w.forms, w.formWeights])).toEqual([
		[
			['国开行', '国家开发银行'],
			[1, 0.5],
		],
	]);
	// Sentences written for this test: the same text naming the bank each way.
	const body = (name: string) => `${name}向当地发放专项贷款，支持农田水利和乡村道路建设。`;
	const score = (name: string) =>
		scoreCandidate(
			planned,
			{ title: '', measures: '', body: body(name) },
			stats,
			[2, 0, 1],
			config,
			{
				verbatim: false,
			},
		).score;
	expect(score('国家开发银行')).toBeGreaterThan(0);
	expect(score('国家开发银行')).toBeLessThan(score('国开行'));
	// Below its threshold, a pair expands nothing.
	const rare = createSynonyms([], { ...mined, minArticles: 10 });
	expect(rare.related('国开行')).toEqual([]);
});

test('a text holding 垃圾分类 and 志愿服务 side by side scores above one holding them far apart', () => {
	const p = plan('垃圾分类 志愿服务');
	const filler = '街道召开会议部署下一阶段工作。'.repeat(20);
	const near = { title: '', measures: '', body: `${filler}垃圾分类志愿服务队成立。${filler}` };
	const far = { title: '', measures: '', body: `垃圾分类${filler}${filler}志愿服务队成立。` };
	const score = (text: CandidateText, proximityBoost: number) =>
		scoreCandidate(p, text, stats, [2, 0, 1], { ...config, proximityBoost }, { verbatim: false })
			.score;
	expect(score(near, config.proximityBoost)).toBeGreaterThan(score(far, config.proximityBoost));
	// Without the boost the two texts, of one length, with each word once, score alike.
	expect(score(near, 0)).toBeCloseTo(score(far, 0), 9);
	// Close together, the boost is at most whole: 1 + proximityBoost.
	const ratio = score(near, config.proximityBoost) / score(near, 0);
	expect(ratio).toBeGreaterThan(1 + config.proximityBoost / 2);
	expect(ratio).toBeLessThanOrEqual(1 + config.proximityBoost);
});
