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
			`answerRequests((n: number) => { if (n < 0) throw new RangeError('negative: ' + n); return n * 2; });\n`,
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
});
