/**
 * `node bench/theme-embed.ts [--articles N]`: what an embedding theme classifier would cost at
 * ingest, beside what ingest pays now, in the same run: a raw nodejieba cut of each article (the
 * baseline of `bench:ingest`), theme tagging as shipped (rules + bigram classifier), and a
 * bge-small-zh passage vector of the headline and lead (the index's `vectorText`: headline, then the
 * body's first 400 characters), in batches as `npm run index` embeds them. Wall and CPU time per
 * article; the embedding is timed once (it dominates), the others best of three.
 */
import { parseArgs } from 'node:util';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { tagThemes } from '../src/lib/nlp/tag-themes.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { loadEmbedder } from '../src/lib/semantic/embedder.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' } } });
const limit = positiveIntegerOption(
	'articles',
	values.articles,
	'node bench/theme-embed.ts -- --articles N',
);
const articles = await benchSeeds(limit);
const config = readThemeConfig();
const segmenter = createJiebaSegmenter();
const embedder = await loadEmbedder();
if (!embedder) {
	console.error('no embedding model (models/bge-small-zh-v1.5): run `npm run model:fetch`');
	process.exit(1);
}

/** Wall and CPU milliseconds of the fastest of `runs` passes. */
async function time(runs: number, pass: () => unknown): Promise<{ wall: number; cpu: number }> {
	let best = { wall: Infinity, cpu: Infinity };
	for (let i = 0; i < runs; i++) {
		const cpu0 = process.cpuUsage();
		const started = performance.now();
		await pass();
		const wall = performance.now() - started;
		const { user, system } = process.cpuUsage(cpu0);
		if (wall < best.wall) best = { wall, cpu: (user + system) / 1000 };
	}
	return best;
}

const jieba = await time(3, () =>
	articles.reduce((n, a) => n + segmenter.cut(a.title).length + segmenter.cut(a.body).length, 0),
);
const themes = await time(3, () =>
	articles.reduce((n, a) => n + tagThemes(a, config).themes.length, 0),
);
await embedder.embed(['预热'], { kind: 'passage' });
const embed = await time(1, () =>
	embedder.embed(
		articles.map((a) => `${a.title}\n${a.body.slice(0, 400)}`),
		{ kind: 'passage' },
	),
);
await embedder.dispose();
const per = (ms: number) => (ms / articles.length).toFixed(2).padStart(8);
console.log(`input: ${articles.length} corpus articles`);
console.log('                                         wall ms/article  CPU ms/article');
console.log(
	`jieba cut (nodejieba)                    ${per(jieba.wall)}         ${per(jieba.cpu)}`,
);
console.log(
	`themes as shipped (rules + bigrams)      ${per(themes.wall)}         ${per(themes.cpu)}`,
);
console.log(
	`bge-small passage vector, headline+lead  ${per(embed.wall)}         ${per(embed.cpu)}`,
);
console.log(
	`the vector costs ${(embed.cpu / jieba.cpu).toFixed(1)}× a jieba cut in CPU time ` +
		`(${(embed.wall / jieba.wall).toFixed(1)}× in wall time)`,
);
