// `node bench/ingest-stages.ts [--docs N] [--passes P]`: where the ingest pipeline's processor time
// goes once its code is compiled, stage by stage, beside raw nodejieba over the same text, and
// what the first pass over fresh code costs on top (what each of `npm run bench:ingest`'s fresh
// threads pays). A sampling profile (`bench/ingest-profile.ts`) of a single cold pass mixes the
// two and, on a shared machine, charges waiting to whatever ran last.
//
// One thread, CPU time of this thread only (the compiler's and collector's helper threads are in
// the cold-pass line, which reads the whole process). Each stage runs alone over all the items
// the pipeline gives them, P passes (default 5), and is summed up by its fastest pass: the least
// disturbed one. Stages are timed as the pipeline calls them (`tagArticles` batches each stage over
// all items); what the stages share (one cut per place clause for locality and measures) is
// charged to the first that needs it.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderArticleFile } from '../src/lib/article-store/article-files.ts';
import { StageFailure } from '../src/lib/ingest/batch-stages.ts';
import { cleanLines } from '../src/lib/ingest/clean.ts';
import { decodeSource } from '../src/lib/ingest/decode.ts';
import { minhashSignature } from '../src/lib/ingest/dedupe.ts';
import { extractArticles } from '../src/lib/ingest/extract-articles.ts';
import { pageToLines } from '../src/lib/ingest/page-segments.ts';
import { validateArticle } from '../src/lib/ingest/pipeline.ts';
import { prepareFiles, warmUpPipeline } from '../src/lib/ingest/prepare-file.ts';
import { splitArticles } from '../src/lib/ingest/split-articles.ts';
import { storyOptionsForPage } from '../src/lib/ingest/single-story.ts';
import { localityInput, tagArticles } from '../src/lib/ingest/tag-articles.ts';
import type { RawArticle } from '../src/lib/ingest/types.ts';
import { extractMeasures } from '../src/lib/nlp/extract-measures.ts';
import { extractSlogans } from '../src/lib/nlp/extract-slogans.ts';
import { createJiebaSegmenter, rawJiebaCut } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import type { Segmenter } from '../src/lib/nlp/jieba/segmenter.ts';
import { tagLocalities, regionOfClause } from '../src/lib/nlp/tag-locality.ts';
import { tagThemes } from '../src/lib/nlp/tag-themes.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';
import { writeBenchInputs } from './ingest-inputs.ts';

const USAGE = 'node bench/ingest-stages.ts [--docs N] [--passes P]';
const { values } = parseArgs({
	options: { docs: { type: 'string', default: '1500' }, passes: { type: 'string', default: '5' } },
});
const docs = positiveIntegerOption('docs', values.docs, USAGE);
const passes = positiveIntegerOption('passes', values.passes, USAGE);

const inputDir = await mkdtemp(join(tmpdir(), 'jucuo-stages-in-'));
const { texts, source } = await writeBenchInputs(inputDir, docs);
const names = (await readdir(inputDir)).sort();
const files = await Promise.all(
	names.map(async (name) => ({
		path: join(inputDir, name),
		bytes: await readFile(join(inputDir, name)),
	})),
);
await rm(inputDir, { recursive: true, force: true });

const furniture = readPageFurniture();
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const options = { furniture };
warmUpPipeline(deps, options);

/** Milliseconds of processor time of this thread (or of the whole process) that `run` took. */
const threadMs = (run: () => unknown): number => {
	const t0 = process.threadCpuUsage();
	run();
	const { user, system } = process.threadCpuUsage(t0);
	return (user + system) / 1000;
};
const processMs = (run: () => unknown): number => {
	const t0 = process.cpuUsage();
	run();
	const { user, system } = process.cpuUsage(t0);
	return (user + system) / 1000;
};

// The whole pipeline, batched as a run batches it: the first pass meets fresh code.
const requests = files.map((f) => ({ ...f, options }));
const wholePipeline = () => {
	for (let at = 0; at < requests.length; at += 32) prepareFiles(requests.slice(at, at + 32), deps);
};
const coldMs = processMs(wholePipeline);
const warmMs = Math.min(
	...Array.from({ length: Math.min(passes, 3) }, () => processMs(wholePipeline)),
);

// Inputs of each stage, as the stage before gives them.
const printed = files.flatMap((f) => {
	const d = decodeSource(f.path, f.bytes);
	return d.ok ? [pageToLines(d.text, d.format)] : [];
});
const cleaned = printed.map((lines) => cleanLines(lines, furniture));
const raws: RawArticle[] = files.flatMap((f) => extractArticles(f, options).articles);

/** A segmenter that adds the time of every cut it makes to `cutMs`. */
let cutMs = 0;
const timedSegmenter: Segmenter = {
	cut: (text) => {
		let words: string[] = [];
		cutMs += threadMs(() => (words = deps.segmenter.cut(text)));
		return words;
	},
};
const headlineOf = (raw: RawArticle) =>
	[raw.kicker, raw.title, raw.subtitle].filter(Boolean).join(' ');
const localityOf = (raw: RawArticle, segmenter: Segmenter, cuts: Map<string, readonly string[]>) =>
	tagLocalities(localityInput(raw), { segmenter, cuts });
const cutsOf = raws.map(() => new Map<string, readonly string[]>());
const localities = raws.map((raw, i) => localityOf(raw, deps.segmenter, cutsOf[i]!));
const themesOf = raws.map((raw) =>
	tagThemes(
		{ title: raw.titleGenerated ? '' : headlineOf(raw), body: raw.paragraphs.join('\n\n') },
		deps.themes,
	),
);
const articles = tagArticles(raws, deps).flatMap((a) => (a instanceof StageFailure ? [] : [a]));

/** Stage name → work over every item; the cut line is filled in by the locality stage. */
const stages: Array<[string, () => unknown]> = [
	[
		'decode + lines',
		() =>
			files.forEach((f) => {
				const d = decodeSource(f.path, f.bytes);
				if (d.ok) pageToLines(d.text, d.format);
			}),
	],
	['clean lines', () => printed.forEach((lines) => cleanLines(lines, furniture))],
	[
		'split into items',
		() =>
			cleaned.forEach(({ lines, page }) =>
				splitArticles(
					lines,
					furniture.storyBoundary,
					storyOptionsForPage(furniture.storyModel, page, furniture.epaperStories),
				),
			),
	],
	['extract (whole)', () => files.forEach((f) => extractArticles(f, options))],
	['locality', () => raws.forEach((raw) => localityOf(raw, timedSegmenter, new Map()))],
	[
		'themes',
		() =>
			raws.forEach((raw) =>
				raw.kind === 'contents'
					? undefined
					: tagThemes(
							{
								title: raw.titleGenerated ? '' : headlineOf(raw),
								body: raw.paragraphs.join('\n\n'),
							},
							deps.themes,
						),
			),
	],
	[
		'measures',
		() =>
			raws.forEach((raw, i) => {
				if (raw.kind !== 'news' && raw.kind !== 'notice') return;
				const cuts = cutsOf[i]!;
				extractMeasures(raw.paragraphs, {
					config: deps.themes,
					articleThemes: themesOf[i]!.themes,
					regionOf: (text) =>
						regionOfClause(text, localities[i]!, { segmenter: deps.segmenter, cuts }),
				});
			}),
	],
	[
		'slogans',
		() =>
			raws.forEach((raw) =>
				raw.kind === 'contents'
					? undefined
					: extractSlogans(`${headlineOf(raw)}\n${raw.paragraphs.join('\n\n')}`),
			),
	],
	[
		'validate + render + hash',
		() =>
			articles.forEach((article) => {
				const result = validateArticle(article);
				if (result.ok) renderArticleFile(article, result.frontmatter);
				minhashSignature(article.body);
			}),
	],
];
const best = new Map<string, number>();
let bestCutMs = Infinity;
const cut = rawJiebaCut();
let jiebaMs = Infinity;
for (let pass = 0; pass < passes; pass++) {
	for (const [name, run] of stages) {
		cutMs = 0;
		const ms = threadMs(run);
		best.set(name, Math.min(best.get(name) ?? Infinity, ms));
		if (name === 'locality') bestCutMs = Math.min(bestCutMs, cutMs);
	}
	jiebaMs = Math.min(
		jiebaMs,
		threadMs(() => texts.forEach((t) => cut(t))),
	);
}

const tagged = ['locality', 'themes', 'measures', 'slogans'].reduce((n, s) => n + best.get(s)!, 0);
const total = best.get('extract (whole)')! + tagged + best.get('validate + render + hash')!;
const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
const row = (name: string, ms: number) =>
	`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms ${pct(ms)}`;
const lines = [
	`input: ${source}; ${raws.length} items; fastest of ${passes} passes, CPU of this thread`,
	row('extract (whole)', best.get('extract (whole)')!),
	...['decode + lines', 'clean lines', 'split into items'].map((s) => row(`  ${s}`, best.get(s)!)),
	row(
		'  (meta, headline, the rest)',
		best.get('extract (whole)')! -
			['decode + lines', 'clean lines', 'split into items'].reduce((n, s) => n + best.get(s)!, 0),
	),
	row('tag', tagged),
	row('  locality', best.get('locality')!),
	row('    of which jieba cuts (place clauses)', bestCutMs),
	...['themes', 'measures', 'slogans'].map((s) => row(`  ${s}`, best.get(s)!)),
	row('validate + render + hash', best.get('validate + render + hash')!),
	row('pipeline (sum of the above)', total),
	`raw nodejieba over the same texts: ${jiebaMs.toFixed(0)} ms; pipeline / jieba ${(total / jiebaMs).toFixed(2)} compiled`,
	`whole pipeline, all threads of the process: first pass ${coldMs.toFixed(0)} ms, later passes ${warmMs.toFixed(0)} ms (fresh code costs ${(coldMs - warmMs).toFixed(0)} ms, ${((100 * (coldMs - warmMs)) / coldMs).toFixed(0)}% of the first pass); first pass / jieba ${(coldMs / jiebaMs).toFixed(2)}, later / jieba ${(warmMs / jiebaMs).toFixed(2)}`,
];
process.stdout.write(lines.join('\n') + '\n');
