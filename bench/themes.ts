/**
 * `npm run bench:themes -- [--articles N]`: what theme tagging costs per article, next to a raw
 * nodejieba cut of the same texts in the same run (the baseline of `bench:ingest`): the keyword
 * rules alone, and the rules with the classifier as ingest runs them (headline and lead scored apart,
 * bigram features, linear model). Texts are N corpus articles, else the bundled samples. Each is
 * timed best of three passes, so a busy machine disturbs the comparison less. Ends with
 * `themes <x> ms/article (rules + classifier); rules <y>; jieba <z>; classifier adds <p>% of jieba`.
 */
import { parseArgs } from 'node:util';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { ruleThemes, tagThemes } from '../src/lib/nlp/tag-themes.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '3000' } } });
const limit = positiveIntegerOption(
	'articles',
	values.articles,
	'npm run bench:themes -- --articles N',
);

const articles = await benchSeeds(limit);
const config = readThemeConfig();
if (!config.model) {
	console.error('search-config/theme-model.json is missing: run `node scripts/train-themes.ts`');
	process.exit(1);
}
const segmenter = createJiebaSegmenter();

/** Best of three passes over every article, in milliseconds. */
function best(pass: () => number): number {
	let fastest = Infinity;
	let sink = 0;
	for (let i = 0; i < 3; i++) {
		const started = performance.now();
		sink += pass();
		fastest = Math.min(fastest, performance.now() - started);
	}
	if (sink < 0) console.log(sink);
	return fastest;
}

const jiebaMs = best(() =>
	articles.reduce((n, a) => n + segmenter.cut(a.title).length + segmenter.cut(a.body).length, 0),
);
const rulesMs = best(() => articles.reduce((n, a) => n + ruleThemes(a, config).themes.length, 0));
const fullMs = best(() => articles.reduce((n, a) => n + tagThemes(a, config).themes.length, 0));

const per = (ms: number): string => (ms / articles.length).toFixed(3);
const chars = articles.reduce((n, a) => n + a.title.length + a.body.length, 0);
console.log(`input: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} million characters`);
console.log('                              ms/article');
console.log(`jieba cut (nodejieba)         ${per(jiebaMs)}`);
console.log(`themes: rules alone           ${per(rulesMs)}`);
console.log(`themes: rules + classifier    ${per(fullMs)}`);
console.log(
	`themes ${per(fullMs)} ms/article (rules + classifier); rules ${per(rulesMs)}; jieba ${per(jiebaMs)}; ` +
		`classifier adds ${((100 * (fullMs - rulesMs)) / jiebaMs).toFixed(0)}% of jieba`,
);
