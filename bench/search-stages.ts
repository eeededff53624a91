/**
 * An opt-in stage timer for bench/search-cpu.ts (`--stages`): wraps SQLite statements, zstd and
 * JSON.parse from outside the engine (nothing in src/ is timed or changed), so each query's CPU
 * time splits into FTS5 matching, document frequencies, store reads, store decoding, the result
 * page, facets and the rest (planning, rescoring, snippets: JavaScript). Each stage is timed by
 * the process's own CPU time, so other processes' load does not inflate it. `gc` is not a part of
 * the sum: it is the wall time of the collections that ran during the query (perf_hooks), which
 * fall inside the other stages' times.
 */
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { StatementSync } from 'node:sqlite';
import zlib from 'node:zlib';

/** Stage names, in print order. */
export const STAGES = [
	'match',
	'verbatim',
	'df',
	'storeRead',
	'decode',
	'page',
	'facets',
	'vectors',
	'otherSql',
	'js',
	'gc',
] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

const STAGE_OF_SQL: [RegExp, Stage][] = [
	[/JOIN temp\.hits h ON h\.rowid = f\.rowid WHERE \w+_chars MATCH/u, 'verbatim'],
	[/_chars MATCH/u, 'match'],
	[/_charvocab/u, 'df'],
	[/_store /u, 'storeRead'],
	[/GROUP BY|json_group_array/u, 'facets'],
	[/FROM temp\.hits h (ORDER|CROSS JOIN \w+_docs d ON d\.rowid = h\.rowid WHERE)/u, 'page'],
	[/_vec/u, 'vectors'],
];

const cpuMs = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1000;
};

/**
 * Installs the wrappers and returns a recorder: `start()` before a query, `stop(total)` after it
 * returns the query's stages (the rest of its CPU time is `js`).
 */
export function installStageTimer() {
	let times = empty();
	let depth = 0;
	let started = 0;
	const collections: PerformanceEntry[] = [];
	new PerformanceObserver((list) => collections.push(...list.getEntries())).observe({
		entryTypes: ['gc'],
	});
	const windows: { from: number; to: number; stages: StageTimes }[] = [];
	const timed = <A extends unknown[], R>(
		stage: (self: unknown, args: A) => Stage,
		fn: (...a: A) => R,
	) =>
		function (this: unknown, ...args: A): R {
			if (depth > 0) return fn.apply(this, args);
			depth++;
			const t0 = cpuMs();
			try {
				return fn.apply(this, args);
			} finally {
				times[stage(this, args)] += cpuMs() - t0;
				depth--;
			}
		};
	const sqlStage = (self: unknown): Stage => {
		const sql = (self as StatementSync).sourceSQL;
		return STAGE_OF_SQL.find(([re]) => re.test(sql))?.[1] ?? 'otherSql';
	};
	for (const method of ['run', 'get', 'all'] as const) {
		const prototype = StatementSync.prototype as unknown as Record<
			string,
			(...a: unknown[]) => unknown
		>;
		const original = prototype[method]!;
		prototype[method] = timed(sqlStage, original);
	}
	const zstd = zlib.zstdDecompressSync;
	zlib.zstdDecompressSync = timed<Parameters<typeof zstd>, ReturnType<typeof zstd>>(
		() => 'decode',
		zstd,
	);
	// A kept decompression context (zstd-frames.ts) decodes through its stream's native handle,
	// whose class every zstd decompression stream shares.
	const zstdHandle = Object.getPrototypeOf(
		(zlib.createZstdDecompress() as unknown as { _handle: object })._handle,
	) as Record<string, unknown>;
	if (typeof zstdHandle['writeSync'] === 'function')
		zstdHandle['writeSync'] = timed(
			() => 'decode',
			zstdHandle['writeSync'] as (...a: unknown[]) => unknown,
		);
	const parse = JSON.parse;
	JSON.parse = timed(() => 'decode', parse) as typeof parse;
	return {
		start() {
			times = empty();
			started = performance.now();
		},
		stop(totalMs: number): StageTimes {
			const known = STAGES.filter((s) => s !== 'js' && s !== 'gc').reduce(
				(sum, s) => sum + times[s],
				0,
			);
			const stages = { ...times, js: Math.max(0, totalMs - known) };
			windows.push({ from: started, to: performance.now(), stages });
			return stages;
		},
		/** Adds the collections seen so far to the queries they ran in (call after the last query). */
		attributeCollections() {
			for (const entry of collections) {
				const query = windows.find((w) => entry.startTime >= w.from && entry.startTime <= w.to);
				if (query) query.stages.gc += entry.duration;
			}
		},
	};
}

function empty(): StageTimes {
	return Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
}

/** Mean of each stage over `rows`, one line. */
export function stageLine(label: string, rows: readonly StageTimes[]): string {
	const mean = (s: Stage) => rows.reduce((sum, r) => sum + r[s], 0) / Math.max(1, rows.length);
	return `${label.padEnd(14)} ${STAGES.map((s) => `${s} ${mean(s).toFixed(2)}`).join(' · ')} ms`;
}
