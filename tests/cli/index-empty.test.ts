import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const tmp = mkdtempSync(join(tmpdir(), 'jucuo-index-empty-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string>) {
	return spawnSync(NODE, [join(ROOT, 'scripts', script), ...args], {
		cwd: ROOT,
		env: { ...process.env, MEILI_URL: '', ...env },
		encoding: 'utf8',
		timeout: 60_000,
	});
}

test('a mistyped CONTENT_DIR is an error, not an emptied index', () => {
	const r = run('index.ts', ['--no-vectors'], {
		CONTENT_DIR: join(tmp, 'no-such-folder'),
		DATA_DIR: join(tmp, 'data'),
	});
	expect(r.status).toBe(1);
	expect(r.stderr).toContain('EmptyCorpusError');
	expect(r.stderr).toContain(join(tmp, 'no-such-folder'));
	expect(r.stderr).toContain('--allow-empty');
});

test('an empty corpus folder needs --allow-empty', () => {
	const empty = join(tmp, 'empty');
	mkdirSync(empty);
	const env = { CONTENT_DIR: empty, DATA_DIR: join(tmp, 'data-empty') };
	expect(run('index.ts', ['--no-vectors'], env).status).toBe(1);
	const allowed = run('index.ts', ['--no-vectors', '--allow-empty'], env);
	expect(allowed.status, allowed.stderr).toBe(0);
});

test('searching a DATA_DIR without an index says so instead of answering 0 条结果', () => {
	const r = run('search.ts', ['干部轮岗', '--lexical'], { DATA_DIR: join(tmp, 'never-built') });
	expect(r.status).toBe(1);
	expect(r.stdout).not.toContain('条结果');
	expect(r.stderr).toContain('IndexUnavailableError');
	expect(r.stderr).toContain('npm run index');
});
