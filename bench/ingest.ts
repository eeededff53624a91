// `npm run bench:ingest [-- --docs N] [--rounds R] [--one-thread]`: the full ingest pipeline against
// raw nodejieba segmentation of the same text, with the same threads and the same dictionaries.
//
// On a shared machine one timing says little (the baseline alone took 4.1 to 8.3 s on the same
// code), so the two sides are run alternately, `--rounds` times each (default 3), each round's
// order flipped, and each side is summed up by its median and its range; the ratio is that of the
// medians, beside the lowest and highest ratio of a round (two runs taken close together).
// Start-up is timed on neither side (the ingest threads' is printed apart): the compile cache that
// `npm run bench:ingest` turns on, for both sides' threads, shortens only that.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles } from '../src/lib/ingest/ingest-files.ts';
import { inProcessProcessor, workerProcessor } from '../src/lib/ingest/file-processor.ts';
import { readIngestBatching } from '../src/lib/ingest/ingest-batching.ts';
import { createJiebaSegmenter, rawJiebaCut } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { createWorkerPool } from '../src/lib/worker-pool.ts';
import { pairedRatio, spreadOf, type Spread } from '../tools/lib/bench-stats.ts';
import { writeBenchInputs } from './ingest-inputs.ts';

const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '10000' },
		rounds: { type: 'string', default: '3' },
		'one-thread': { type: 'boolean', default: false },
	},
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
	throw new TypeError(`--rounds takes a whole number from 1, not "${values.rounds}"`);
const threads = availableParallelism();
const loadBefore = loadavg();

const inputDir = await mkdtemp(join(tmpdir(), 'jucuo-bench-in-'));
const { texts, source } = await writeBenchInputs(inputDir, Number(values.docs));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const batching = readIngestBatching();
const furniture = readPageFurniture();
// One thread: the pipeline's segmenter, and the raw cut over the very dictionaries it loaded.
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const cut = rawJiebaCut();

/** One timed run: wall and CPU milliseconds (CPU of every thread of this process). */
interface Timing {
	wallMs: number;
	cpuMs: number;
}
const timed = async (run: () => Promise<unknown>): Promise<Timing> => {
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	await run();
	const wallMs = performance.now() - t0;
	const { user, system } = process.cpuUsage(cpu0);
	return { wallMs, cpuMs: (user + system) / 1000 };
};

// Baseline threads: each loads the same dictionaries before it reports ready, as the ingest threads
// do; texts go out in the pipeline's batch size, to whichever thread is least busy.
const jiebaPool = createWorkerPool<string[], number>(
	new URL('./jieba-worker.ts', import.meta.url),
	threads,
);
await jiebaPool.ready;
let tokens = 0;
const jiebaOnThreads = async () => {
	const batches: Promise<number>[] = [];
	for (let at = 0; at < texts.length; at += batching.filesPerBatch)
		batches.push(jiebaPool.run(texts.slice(at, at + batching.filesPerBatch)));
	tokens = (await Promise.all(batches)).reduce((a, b) => a + b, 0);
};
const jiebaOnOneThread = () => {
	tokens = texts.reduce((n, text) => n + cut(text).length, 0);
	return Promise.resolve();
};

let summary: Awaited<ReturnType<typeof ingestFiles>> | undefined;
const startups: number[] = [];
/** Ingest into a fresh folder; the threads' start-up (dictionaries, warm-up page) is not timed. */
const ingestRun = async (onThreads: boolean): Promise<Timing> => {
	const contentDir = await mkdtemp(join(tmpdir(), 'jucuo-bench-out-'));
	const t0 = performance.now();
	const processor = onThreads ? workerProcessor(threads, furniture) : inProcessProcessor(deps);
	await processor.ready;
	if (onThreads) startups.push(performance.now() - t0);
	const timing = await timed(async () => {
		summary = await ingestFiles([inputDir], () => processor, {
			contentDir,
			dryRun: false,
			furniture,
		});
	});
	await rm(contentDir, { recursive: true, force: true });
	return timing;
};

interface Side {
	name: string;
	run: () => Promise<Timing>;
	timings: Timing[];
}
const sides: Side[][] = [
	[
		{ name: `jieba (${threads} threads)`, run: () => timed(jiebaOnThreads), timings: [] },
		{ name: `ingest (${threads} threads)`, run: () => ingestRun(true), timings: [] },
	],
];
if (values['one-thread'])
	sides.push([
		{ name: 'jieba (1 thread)', run: () => timed(jiebaOnOneThread), timings: [] },
		{ name: 'ingest (1 thread)', run: () => ingestRun(false), timings: [] },
	]);
for (let round = 0; round < rounds; round++)
	for (const pair of sides)
		for (const side of round % 2 === 0 ? pair : [...pair].reverse())
			side.timings.push(await side.run());
await jiebaPool.close();
await rm(inputDir, { recursive: true, force: true });

const s = (ms: number) => (ms / 1000).toFixed(2);
const perSec = (ms: number) => (texts.length / (ms / 1000)).toFixed(0);
const range = ({ min, max }: Spread, f: (n: number) => string) => `${f(min)}–${f(max)}`;
const lines = [
	`input: ${source}, ${(bytes / 1e6).toFixed(1)} MB; ${rounds} rounds, the sides alternated; jieba: raw nodejieba cut (HMM) over the pipeline's dictionaries, ${tokens} words`,
	`side                 wall s median (min–max)   CPU s median (min–max)   articles/s  MB/s`,
];
/** Each pair's per-round ratios of ours to the baseline, wall and CPU. */
const pairRatios = (sides as [Side, Side][]).map(([base, ours]) => ({
	wall: pairedRatio(
		ours.timings.map((t) => t.wallMs),
		base.timings.map((t) => t.wallMs),
	),
	cpu: pairedRatio(
		ours.timings.map((t) => t.cpuMs),
		base.timings.map((t) => t.cpuMs),
	),
}));
const ratios: string[] = [];
for (const [i, [base, ours]] of (sides as [Side, Side][]).entries()) {
	for (const side of [base, ours]) {
		const wall = spreadOf(side.timings.map((t) => t.wallMs));
		const cpu = spreadOf(side.timings.map((t) => t.cpuMs));
		lines.push(
			`${side.name.padEnd(20)} ${s(wall.median).padStart(6)} ${`(${range(wall, s)})`.padEnd(17)} ${s(cpu.median).padStart(6)} ${`(${range(cpu, s)})`.padEnd(17)} ${perSec(wall.median).padStart(10)}  ${(bytes / 1e6 / (wall.median / 1000)).toFixed(2)}`,
		);
	}
	const { wall, cpu } = pairRatios[i]!;
	const f = (n: number) => n.toFixed(2);
	ratios.push(
		`ratio ${ours.name} / ${base.name}: wall ${f(wall.median)} (rounds ${range(wall, f)}), CPU ${f(cpu.median)} (rounds ${range(cpu, f)})`,
	);
}
const [base, ours] = sides[0] as [Side, Side];
const oursWall = spreadOf(ours.timings.map((t) => t.wallMs)).median;
const baseWall = spreadOf(base.timings.map((t) => t.wallMs)).median;
const { wall: wallRatio, cpu: cpuRatio } = pairRatios[0]!;
const done = summary;
lines.push(
	...ratios,
	`ingest output: ${done?.articles} articles, ${done?.measures} measures, ${done?.duplicates} duplicates, ${done?.diagnostics.filter((d) => d.fatal).length} rejected`,
	`start-up ${s(spreadOf(startups).median)} s median (${threads} threads loading their dictionaries and a warm-up page; not timed above, like the baseline threads' own)`,
	`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (whole process); load average ${loadBefore.map((n) => n.toFixed(1)).join(' ')} before, ${loadavg()
		.map((n) => n.toFixed(1))
		.join(' ')} after`,
	`ingest ${perSec(oursWall)} articles/s; jieba-only ${perSec(baseWall)} articles/s (${threads} threads each); ratio ${wallRatio.median.toFixed(2)} (rounds ${wallRatio.min.toFixed(2)}–${wallRatio.max.toFixed(2)}; CPU ratio ${cpuRatio.median.toFixed(2)})`,
);
process.stdout.write(lines.join('\n') + '\n');
