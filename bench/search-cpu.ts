/**
 * Per-query CPU time of bench:search's 200 queries over an index it already built: wall-clock
 * times mean little on a shared machine, the process's own user+sys CPU time says more. Asks every
 * query `--rounds` times (default 4; the first warms the page cache) and keeps each query's least
 * time over the other rounds, which other processes' load inflates least; prints wall and CPU
 * p50/p95 and, with `--slow`, the slowest tenth of the queries by CPU. Usage:
 * `node bench/search-cpu.ts --dir /path/to/bench-index --engine ours|hybrid|naive [--slow] [--dump F]
 * [--page N] [--rounds N] [--stages]` (`--page` asks every query for its Nth page of 10 hits instead of
 * the first; `--rounds 1` is the single pass of bench:search, each query asked once in a fresh
 * process; `--stages` splits each query's CPU time by stage, see search-stages.ts, and
 * `--stages-json F` writes each query's stages as JSON lines). The index is opened as the site opens
 * it, warmed once (`backend.warm`) before the first query; `--no-warm` opens it bare.
 * To compare two versions of the engine, run the same command in each worktree, alternately;
 * `--dump` writes every answer (ids, scores, totals, facets, snippets) as JSON lines, so `cmp` on
 * two dumps shows whether a change altered any result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadJiebaDictionary } from '../src/lib/nlp/jieba/dictionary.ts';
import { createDictionarySegmenter } from '../src/lib/nlp/jieba/port-segmenters.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { benchQueries, percentileOf } from '../tools/lib/bench-queries.ts';
import { textSeededVectors } from '../tools/lib/bench-vectors.ts';
import { openNaiveIndex, type BenchQuery } from '../tools/lib/naive-fts.ts';
import { installStageTimer, stageLine, type StageTimes } from './search-stages.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string' },
		engine: { type: 'string', default: 'ours' },
		slow: { type: 'boolean', default: false },
		rounds: { type: 'string', default: '4' },
		dump: { type: 'string' },
		page: { type: 'string', default: '1' },
		stages: { type: 'boolean', default: false },
		'stages-json': { type: 'string' },
		warm: { type: 'boolean', default: true },
	},
	allowNegative: true,
});
const engine = values.engine;
if (!values.dir || !['ours', 'hybrid', 'naive'].includes(engine)) {
	console.error(
		'Usage: node bench/search-cpu.ts --dir <bench index folder> --engine ours|hybrid|naive [--slow]',
	);
	process.exit(2);
}
const dir = values.dir;
const rounds = Math.max(1, Number(values.rounds) || 4);
const queries = benchQueries(200);
const dictionary = loadJiebaDictionary({ dir });
const segmenter = createDictionarySegmenter(dictionary);

const stageTimer = values.stages || values['stages-json'] ? installStageTimer() : undefined;
const answers: string[] = [];
let ask: (q: BenchQuery) => Promise<number>;
let close: () => Promise<void>;
if (engine === 'naive') {
	const naive = openNaiveIndex(join(dir, 'naive.sqlite'), segmenter);
	ask = (q) => Promise.resolve(Number(naive.search(q).total));
	close = () => Promise.resolve(naive.close());
} else {
	const backend = openEmbeddedBackend({
		dataDir: dir,
		segmenter,
		searchOnly: true,
		// As bench:search: every neighbour passes the threshold, so the fusion does its full work.
		...(engine === 'hybrid'
			? { embedder: textSeededVectors(), hybrid: { minSimilarity: -1 } }
			: {}),
	});
	// As the site opens it: warmed once before the first query (`--no-warm`: a bare open).
	const opened = performance.now();
	const openedCpu = process.cpuUsage();
	if (values.warm) await backend.warm?.();
	const warmCpu = process.cpuUsage(openedCpu);
	console.log(
		`open: warm-up ${(performance.now() - opened).toFixed(0)} ms wall, ${((warmCpu.user + warmCpu.system) / 1000).toFixed(0)} ms cpu`,
	);
	ask = async (q) => {
		const r = await backend.search('articles', {
			q: q.q,
			filters: q.region ? { region: [q.region] } : { theme: [q.theme as ThemeId] },
			facets: ['province', 'theme'],
			hitsPerPage: 10,
			page: Number(values.page),
		});
		if (values.dump)
			answers.push(
				JSON.stringify({
					q,
					total: r.total,
					ranking: r.ranking,
					facets: r.facets,
					hits: r.hits.map((h) => [h.id, h.score, h.match, h.snippet, h.titleHighlight]),
				}),
			);
		return r.total;
	};
	close = () => backend.close();
}

const rows = queries.map((q, at) => ({
	q,
	at,
	wall: Infinity,
	cpu: Infinity,
	total: 0,
	stages: undefined as StageTimes | undefined,
}));
for (let round = 0; round < rounds; round++) {
	for (const row of rows) {
		stageTimer?.start();
		const c0 = process.cpuUsage();
		const s = performance.now();
		row.total = await ask(row.q);
		const wall = performance.now() - s;
		const c = process.cpuUsage(c0);
		if (round === 0 && rounds > 1) continue;
		const cpu = (c.user + c.system) / 1000;
		row.wall = Math.min(row.wall, wall);
		if (cpu < row.cpu) row.stages = stageTimer?.stop(cpu);
		row.cpu = Math.min(row.cpu, cpu);
	}
}
await close();
dictionary.close();
// The last round's answers.
if (values.dump) writeFileSync(values.dump, answers.slice(-queries.length).join('\n') + '\n');

const pct = (xs: number[], p: number) =>
	percentileOf(
		[...xs].sort((a, b) => a - b),
		p,
	).toFixed(2);
const cpu = rows.map((r) => r.cpu);
const wall = rows.map((r) => r.wall);
console.log(
	`${engine.padEnd(6)} cpu p50 ${pct(cpu, 50)} p95 ${pct(cpu, 95)} ms · wall p50 ${pct(wall, 50)} p95 ${pct(wall, 95)} ms · cpu sum ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms (${rows.length} queries, least of ${Math.max(1, rounds - 1)} rounds, ${dir})`,
);
if (stageTimer) {
	await new Promise((resolve) => setTimeout(resolve, 10));
	stageTimer.attributeCollections();
	const bySlowest = [...rows].sort((a, b) => b.cpu - a.cpu).map((r) => r.stages!);
	console.log(stageLine('stages, all', bySlowest));
	console.log(stageLine('slowest 10 %', bySlowest.slice(0, Math.ceil(rows.length / 10))));
}
if (values['stages-json'])
	writeFileSync(
		values['stages-json'],
		rows.map((r) => JSON.stringify({ at: r.at, cpu: r.cpu, q: r.q, ...r.stages })).join('\n'),
	);
if (values.slow)
	for (const r of [...rows].sort((a, b) => b.cpu - a.cpu).slice(0, Math.ceil(rows.length / 10)))
		console.log(
			`  #${String(r.at).padStart(3)} ${r.cpu.toFixed(1).padStart(6)} ms cpu  ${r.wall.toFixed(1).padStart(6)} ms wall  total ${String(r.total).padStart(6)}  ${r.q.q} · ${r.q.region ?? r.q.theme}${r.stages ? `\n${stageLine('', [r.stages])}` : ''}`,
		);
