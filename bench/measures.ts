/**
 * `npm run bench:measures -- [--articles N]`: what measure extraction costs per article, next to a
 * raw nodejieba cut of the same texts in the same run (the baseline of `bench:ingest`), and with a
 * measure model what the rules alone cost in the same run. Texts are N
 * corpus articles, else the ingested ones; each timing is the best of three passes. Ends with
 * `measures <x> ms/article; jieba <y>; measures cost <p>% of jieba`.
 */
import { parseArgs } from 'node:util';
import { extractMeasures } from '../src/lib/nlp/extract-measures.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '3000' } } });
const limit = positiveIntegerOption(
	'articles',
	values.articles,
	'npm run bench:measures -- --articles N',
);

const articles = (await benchSeeds(limit)).map((a) => ({
	...a,
	paragraphs: a.body.split(/\n+/).filter((p) => p.trim()),
}));
const config = readThemeConfig();
const { measureModel, ...rules } = config;
const segmenter = createJiebaSegmenter();
const deps = { config, regionOf: () => '000000' };
const rulesDeps = { config: rules, regionOf: () => '000000' };

/** Best of three passes over every article, in milliseconds. */
function best(pass: () => number): { ms: number; n: number } {
	let fastest = Infinity;
	let n = 0;
	for (let i = 0; i < 3; i++) {
		const started = performance.now();
		n = pass();
		fastest = Math.min(fastest, performance.now() - started);
	}
	return { ms: fastest, n };
}

const jieba = best(() =>
	articles.reduce((n, a) => n + segmenter.cut(a.title).length + segmenter.cut(a.body).length, 0),
);
// The measure model and the rules alone (when there is a model) take turns, pass by pass, so
// that load from other work on the machine falls on both alike; each keeps its fastest pass.
const passes = {
	measures: { ms: Infinity, n: 0, deps },
	ruled: { ms: Infinity, n: 0, deps: rulesDeps },
};
for (let i = 0; i < 5; i++)
	for (const run of measureModel ? [passes.measures, passes.ruled] : [passes.measures]) {
		const started = performance.now();
		run.n = articles.reduce((n, a) => n + extractMeasures(a.paragraphs, run.deps).length, 0);
		run.ms = Math.min(run.ms, performance.now() - started);
	}
const measures = passes.measures;
const ruled = measureModel ? passes.ruled : measures;

const per = (ms: number): string => (ms / articles.length).toFixed(3);
console.log(`input: ${articles.length} articles`);
console.log('                              ms/article');
console.log(`jieba cut (nodejieba)         ${per(jieba.ms)}`);
console.log(`measures (${measures.n} found)`.padEnd(30) + ` ${per(measures.ms)}`);
if (measureModel) console.log(`rules alone (${ruled.n} found)`.padEnd(30) + ` ${per(ruled.ms)}`);
console.log(
	`measures ${per(measures.ms)} ms/article; jieba ${per(jieba.ms)}; measures cost ${((100 * measures.ms) / jieba.ms).toFixed(0)}% of jieba`,
);
if (measureModel)
	console.log(
		`the measure model adds ${per(measures.ms - ruled.ms)} ms/article, ${((100 * (measures.ms - ruled.ms)) / jieba.ms).toFixed(1)}% of a jieba cut`,
	);
