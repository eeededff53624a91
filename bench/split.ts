/**
 * `npm run bench:split [-- --pages N]`: what the learned story-start model costs, next to the same
 * extraction without it and a raw nodejieba cut of the same texts, in the same run. Texts are N
 * 人民日报 pages of 2020 rebuilt from ../shared/corpus. Each is timed fastest of five passes taken in
 * turn, so a busy machine disturbs the comparison less. Ends with
 * `split <x> ms/page with the model; <y> without; jieba <z>; the model adds <p>% of jieba`, and
 * what of that the title model (search-config/title-model.json) costs.
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { extractArticles } from '../src/lib/ingest/extract-articles.ts';
import { reconstructPages } from '../src/lib/eval/reconstruct-pages.ts';
import { readPageFurniture, type PageFurniture } from '../src/lib/schema/page-furniture.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { printedArticles } from '../tools/lib/eval-reconstructed.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '300' } } });
const limit = positiveIntegerOption('pages', values.pages, 'npm run bench:split -- --pages N');
const path = corpusPath();
if (path === null) {
	console.error('bench/split.ts needs ../shared/corpus beside this checkout.');
	process.exit(1);
}
const pages = reconstructPages(
	(await printedArticles(path)).filter((a) => a.date.startsWith('2020')),
).slice(0, limit);
const furniture = readPageFurniture();
if (furniture.storyModel === undefined) {
	console.error(
		'search-config/story-model.json is missing: run `node scripts/train-story-model.ts`',
	);
	process.exit(1);
}
const withoutModel: PageFurniture = readPageFurniture(undefined, 'all');
// The story model alone, without the title model (search-config/title-model.json).
const { titleModel, ...storyOnly }: PageFurniture = furniture;
const encoder = new TextEncoder();
const inputs = pages.map((p) => ({ path: `rmrb-${p.key}.txt`, bytes: encoder.encode(p.text) }));

/**
 * Fastest of five passes of each pass function, the functions taken in turn, so that a busy
 * machine disturbs all of them alike. In milliseconds.
 */
function fastest(passes: (() => number)[]): number[] {
	const out = passes.map(() => Infinity);
	let sink = 0;
	for (let round = 0; round < 5; round++)
		passes.forEach((pass, k) => {
			const started = performance.now();
			sink += pass();
			out[k] = Math.min(out[k]!, performance.now() - started);
		});
	if (sink < 0) console.log(sink);
	return out;
}

const extract = (f: PageFurniture) => () =>
	inputs.reduce((n, input) => n + extractArticles(input, { furniture: f }).articles.length, 0);
const jieba = createRequire(import.meta.url)('nodejieba') as {
	load: () => void;
	cut: (s: string, hmm: boolean) => string[];
};
jieba.load();
const [jiebaMs, modelMs, rulesMs, storyMs] = fastest([
	() => pages.reduce((n, p) => n + jieba.cut(p.text, true).length, 0),
	extract(furniture),
	extract(withoutModel),
	extract(storyOnly),
]) as [number, number, number, number];
const per = (ms: number) => (ms / pages.length).toFixed(2);
console.log(
	`${pages.length} pages: split ${per(modelMs)} ms/page with the model; ${per(rulesMs)} without; jieba ${per(jiebaMs)}; the model adds ${(((modelMs - rulesMs) / jiebaMs) * 100).toFixed(1)}% of jieba`,
);
if (titleModel !== undefined)
	console.log(
		`  of which the title model: ${per(modelMs - storyMs)} ms/page (${per(storyMs)} with the story model alone), ${(((modelMs - storyMs) / jiebaMs) * 100).toFixed(1)}% of jieba`,
	);
