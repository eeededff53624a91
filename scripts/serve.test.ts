import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { searchProcessFlags } from '../src/lib/search/process-flags.ts';
import { freePort } from '../tests/e2e/harness.ts';

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

test('`serve --workers 1` started without heap flags serves from a process that has them, and stops with it', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-serve-'));
	// A site entry that answers with the serving process's id and Node flags.
	const entry = join(dir, 'entry.mjs');
	writeFileSync(
		entry,
		'export const handler = (req, res) => res.end(JSON.stringify({ pid: process.pid, flags: process.execArgv }));\n',
	);
	const port = await freePort();
	const server = spawn(process.execPath, ['scripts/serve.ts', '--workers', '1'], {
		env: { ...process.env, SITE_ENTRY: entry, HOST: '127.0.0.1', PORT: String(port) },
		stdio: 'ignore',
	});
	try {
		let served: { pid: number; flags: string[] } | undefined;
		for (let i = 0; i < 150 && !served; i++) {
			try {
				served = (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as typeof served;
			} catch {
				await new Promise((r) => setTimeout(r, 200));
			}
		}
		expect(served?.flags).toEqual(expect.arrayContaining(searchProcessFlags()));
		const exited = new Promise((r) => server.once('exit', r));
		server.kill('SIGTERM');
		await exited;
		for (let i = 0; i < 50 && alive(served!.pid); i++) await new Promise((r) => setTimeout(r, 100));
		expect(alive(served!.pid)).toBe(false);
	} finally {
		server.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	}
});
