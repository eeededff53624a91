import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createWorkerPool } from './worker-pool.ts';

// A real worker module: answers with the request doubled, and fails on negative numbers; `setup`
// runs first, as a thread's dictionary load would.
function workerScript(setup = ''): URL {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-pool-'));
	const file = join(dir, 'double.ts');
	const pool = pathToFileURL(join(import.meta.dirname, 'worker-pool.ts')).href;
	writeFileSync(
		file,
		`import { answerRequests } from '${pool}';\n${setup}\n` +
			`answerRequests((n: number) => {\n` +
			`  if (n === 666) process.exit(3);\n` +
			`  if (n === 777) setImmediate(() => { throw new Error('thread crashed'); });\n` +
			`  if (n === 777) return new Promise(() => {});\n` +
			`  if (n < 0) throw new RangeError('negative: ' + n);\n` +
			`  return n * 2;\n` +
			`});\n`,
	);
	return pathToFileURL(file);
}

describe('createWorkerPool', () => {
	test('answers every request in order of the calls, spread over the threads', async () => {
		const pool = createWorkerPool<number, number>(workerScript(), 2);
		try {
			const inputs = Array.from({ length: 50 }, (_, i) => i);
			expect(await Promise.all(inputs.map((n) => pool.run(n)))).toEqual(inputs.map((n) => n * 2));
		} finally {
			await pool.close();
		}
	});

	test("a thread's error rejects that request with its name and message, and the pool goes on", async () => {
		const pool = createWorkerPool<number, number>(workerScript(), 1);
		try {
			await expect(pool.run(-3)).rejects.toMatchObject({
				name: 'RangeError',
				message: 'negative: -3',
			});
			expect(await pool.run(4)).toBe(8);
		} finally {
			await pool.close();
		}
	});

	test('ready settles only after every thread has run its set-up', async () => {
		const slow = 'const until = Date.now() + 300; while (Date.now() < until);';
		const pool = createWorkerPool<number, number>(workerScript(slow), 2);
		try {
			const started = performance.now();
			await pool.ready;
			expect(performance.now() - started).toBeGreaterThanOrEqual(250);
			expect(await pool.run(1)).toBe(2);
		} finally {
			await pool.close();
		}
	});

	test('ready rejects with the error of a thread whose set-up fails', async () => {
		const broken = "throw new Error('dictionary missing');";
		const pool = createWorkerPool<number, number>(workerScript(broken), 1);
		try {
			await expect(pool.ready).rejects.toThrow('dictionary missing');
		} finally {
			await pool.close();
		}
	});

	test.each([
		[666, /exited with code 3/],
		[777, /thread crashed/],
	])(
		'a task that kills its thread (%i) rejects, and later tasks run on a fresh thread instead of hanging',
		async (n, reason) => {
			const pool = createWorkerPool<number, number>(workerScript(), 2);
			try {
				await pool.ready;
				expect(await Promise.all([1, 2, 3, 4].map((i) => pool.run(i)))).toEqual([2, 4, 6, 8]);
				await expect(pool.run(n)).rejects.toThrow(reason);
				const after = Array.from({ length: 20 }, (_, i) => i);
				expect(await Promise.all(after.map((i) => pool.run(i)))).toEqual(after.map((i) => i * 2));
			} finally {
				await pool.close();
			}
		},
	);

	test('a thread that keeps dying stops the pool with a clear error instead of restarting forever', async () => {
		const pool = createWorkerPool<number, number>(workerScript(), 1);
		try {
			await pool.ready;
			for (let i = 0; i < 6; i++) await pool.run(666).catch(() => undefined);
			await expect(pool.run(1)).rejects.toThrow(/worker threads kept dying/);
		} finally {
			await pool.close();
		}
	});

	test("a thread compiles its modules through the checkout's compile cache", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'jucuo-pool-'));
		const file = join(dir, 'cache-dir.ts');
		const pool = pathToFileURL(join(import.meta.dirname, 'worker-pool.ts')).href;
		writeFileSync(
			file,
			`import { getCompileCacheDir } from 'node:module';\n` +
				`import { answerRequests } from '${pool}';\n` +
				`answerRequests(() => getCompileCacheDir() ?? null);\n`,
		);
		const threads = createWorkerPool<null, string | null>(pathToFileURL(file), 1);
		try {
			expect(await threads.run(null)).toMatch(/node-compile-cache/);
		} finally {
			await threads.close();
		}
	});
});
