// `npm run bench:ingest [-- --docs N]`: full ingest pipeline vs raw nodejieba segmentation of the same text.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles } from '../src/lib/ingest/ingest-files.ts';
import { inProcessProcessor, processorFor } from '../src/lib/ingest/file-processor.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { writeBenchInputs } from './ingest-inputs.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' } } });
const wanted = Number(values.docs);

const inputDir = await mkdtemp(join(tmpdir(), 'jucuo-bench-in-'));
const { texts, source } = await writeBenchInputs(inputDir, wanted);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
process.stdout.write(`input: ${source}, ${(bytes / 1e6).toFixed(1)} MB\n`);

// Baseline: raw nodejieba cut (precise mode, HMM) of the same text, nothing else.
const jieba = createRequire(import.meta.url)('nodejieba') as {
	cut(t: string, hmm: boolean): string[];
	load(): void;
};
jieba.load();
// CPU seconds (every thread of this process) beside each wall time: on a machine shared with other
// work, wall times swing with the load while CPU time mostly does not.
const cpuSince = (start: NodeJS.CpuUsage) => {
	const { user, system } = process.cpuUsage(start);
	return (user + system) / 1000;
};
let cpu0 = process.cpuUsage();
let t0 = performance.now();
let tokens = 0;
for (const t of texts) tokens += jieba.cut(t, true).length;
const jiebaMs = performance.now() - t0;
const jiebaCpuMs = cpuSince(cpu0);

// Ours: read, decode, split, clean, metadata, segment, locality, themes, measures, slogans, dedupe, write.
const contentDir = await mkdtemp(join(tmpdir(), 'jucuo-bench-out-'));
// Once on one thread, then as the CLI runs it (worker threads, one per core).
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const oneThreadDir = await mkdtemp(join(tmpdir(), 'jucuo-bench-one-'));
cpu0 = process.cpuUsage();
t0 = performance.now();
// The page-furniture classifier and the story-boundary model run as in `npm run ingest`.
const furniture = readPageFurniture();
await ingestFiles([inputDir], () => inProcessProcessor(deps), {
	contentDir: oneThreadDir,
	dryRun: false,
	furniture,
});
const oneThreadMs = performance.now() - t0;
const oneThreadCpuMs = cpuSince(cpu0);
// Each run starts from a clean disk: the first run's files are gone before the second is timed.
await rm(oneThreadDir, { recursive: true, force: true });
// The threads load their dictionaries before the clock starts, as the baseline's and the one-thread
// run's are loaded before theirs; the start-up is printed on its own.
t0 = performance.now();
const processor = processorFor(texts.length, undefined, furniture);
await processor.ready;
const startupMs = performance.now() - t0;
cpu0 = process.cpuUsage();
t0 = performance.now();
const summary = await ingestFiles([inputDir], () => processor, {
	contentDir,
	dryRun: false,
	furniture,
});
const oursMs = performance.now() - t0;
const oursCpuMs = cpuSince(cpu0);
const peakMb = process.resourceUsage().maxRSS / 1024;
await rm(inputDir, { recursive: true, force: true });
await rm(contentDir, { recursive: true, force: true });

const perSec = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);
const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
process.stdout.write(
	[
		`                      time  articles/s  MB/s`,
		`jieba-only        ${(jiebaMs / 1000).toFixed(2).padStart(7)} s  ${perSec(texts.length, jiebaMs).padStart(10)}  ${mbs(jiebaMs)}   (${tokens} tokens)`,
		`ingest (${availableParallelism()} threads)${(oursMs / 1000).toFixed(2).padStart(7)} s  ${perSec(texts.length, oursMs).padStart(10)}  ${mbs(oursMs)}   (${summary.articles} articles, ${summary.measures} measures, ${summary.duplicates} duplicates, ${summary.diagnostics.filter((d) => d.fatal).length} rejected)`,
		`ingest (1 thread) ${(oneThreadMs / 1000).toFixed(2).padStart(7)} s  ${perSec(texts.length, oneThreadMs).padStart(10)}  ${mbs(oneThreadMs)}   (same pipeline without worker threads; ratio ${(oneThreadMs / jiebaMs).toFixed(2)})`,
		`start-up    ${(startupMs / 1000).toFixed(2).padStart(7)} s  (${availableParallelism()} threads loading their jieba dictionaries in parallel; not in any timing above, like the baseline's own load)`,
		`peak RSS     ${peakMb.toFixed(0)} MB (whole process, both runs)`,
		`CPU time    jieba-only ${(jiebaCpuMs / 1000).toFixed(2)} s; ingest (${availableParallelism()} threads, all together) ${(oursCpuMs / 1000).toFixed(2)} s (ratio ${(oursCpuMs / jiebaCpuMs).toFixed(2)}); ingest (1 thread) ${(oneThreadCpuMs / 1000).toFixed(2)} s (ratio ${(oneThreadCpuMs / jiebaCpuMs).toFixed(2)})`,
		`ingest ${perSec(texts.length, oursMs)} articles/s; jieba-only ${perSec(texts.length, jiebaMs)} articles/s; ratio ${(oursMs / jiebaMs).toFixed(2)}`,
	].join('\n') + '\n',
);
