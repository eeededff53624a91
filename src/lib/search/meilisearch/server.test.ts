import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { meiliBinary, meiliServerArgs, spawnMeiliServer, waitForHealth } from './server.ts';

test('always starts with analytics off, on loopback, with the given key and folder', () => {
	const args = meiliServerArgs({ port: 7711, dbPath: '/tmp/x', masterKey: 'k'.repeat(16) });
	expect(args[0]).toBe('--no-analytics');
	expect(args.join(' ')).toContain('--http-addr 127.0.0.1:7711');
	expect(args.join(' ')).toContain('--db-path /tmp/x');
	expect(args).toContain(`--master-key=${'k'.repeat(16)}`);
});

test('refuses a master key shorter than 16 bytes', () => {
	expect(() => meiliServerArgs({ port: 7700, dbPath: '/tmp/x', masterKey: 'short' })).toThrow(
		/at least 16 bytes/u,
	);
});

const hasBinary = (() => {
	try {
		meiliBinary();
		return true;
	} catch {
		return false;
	}
})();

// A generated key (base64url) starts with '-' one time in 64: the server must read it as the key,
// not as an unknown flag (it exited with status 2, failing a CI run).
test.skipIf(!hasBinary)(
	'a master key that starts with - still starts the server',
	async () => {
		const dir = mkdtempSync(join(tmpdir(), 'jucuo-meili-key-'));
		const port = 7700 + Math.floor(Math.random() * 200) + 300;
		const child = spawnMeiliServer({
			port,
			dbPath: join(dir, 'db'),
			masterKey: `-${'k'.repeat(20)}`,
		});
		try {
			await waitForHealth(`http://127.0.0.1:${port}`, child);
		} finally {
			child.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	},
	60_000,
);
