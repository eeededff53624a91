import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NODE, ROOT, runScript } from '../run-script.ts';

const SOURCES = join(ROOT, 'content/sources');

const dir = mkdtempSync(join(tmpdir(), 'jucuo-kill-index-'));
const env = {
	...process.env,
	MEILI_URL: '',
	CONTENT_DIR: join(dir, 'articles'),
	DATA_DIR: join(dir, 'data'),
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[]) => runScript(script, args, env);

/** Articles and measures the live index answers with (every document: an empty query). */
function counts(): { articles: number; measures: number } {
	const total = (collection: string) => {
		const r = run('search.ts', ['--collection', collection, '--lexical', '--json', '--limit', '1']);
		expect(r.status, r.stderr).toBe(0);
		return (JSON.parse(r.stdout) as { total: number }).total;
	};
	return { articles: total('articles'), measures: total('measures') };
}

const leftovers = () =>
	readdirSync(env.DATA_DIR).filter((f) => /\.(tmp|link)(-wal|-shm|-journal)?$/u.test(f));

/** Starts `npm run index` and kills it with SIGKILL once `ready` sees its build under way. */
async function killIndexWhen(ready: (files: string[]) => boolean): Promise<void> {
	const child = spawn(NODE, [join(ROOT, 'scripts/index.ts'), '--no-vectors'], {
		cwd: ROOT,
		env,
		stdio: 'ignore',
	});
	const exited = new Promise((resolve) => child.on('exit', resolve));
	for (let i = 0; i < 6000 && child.exitCode === null; i++) {
		if (ready(readdirSync(env.DATA_DIR))) break;
		await new Promise((r) => setTimeout(r, 5));
	}
	expect(child.exitCode, 'the index run ended before it could be killed').toBeNull();
	child.kill('SIGKILL');
	await exited;
}

describe('构建索引时被 kill -9 或磁盘写满', () => {
	let old: { articles: number; measures: number };
	const sources = readdirSync(SOURCES).sort();

	beforeAll(() => {
		// The old index holds two sample pages; the corpus then grows to all of them.
		expect(
			run(
				'ingest.ts',
				sources.slice(0, 2).map((f) => join(SOURCES, f)),
			).status,
		).toBe(0);
		expect(run('index.ts', ['--no-vectors']).status).toBe(0);
		old = counts();
		expect(old.articles).toBeGreaterThan(0);
		expect(
			run(
				'ingest.ts',
				sources.map((f) => join(SOURCES, f)),
			).status,
		).toBe(0);
	});

	test('kill -9 once the copy is being written: readers see the whole old index, the rerun the whole new one', async () => {
		await killIndexWhen((files) =>
			files.some((f) => f.endsWith('.tmp-wal') && statSync(join(env.DATA_DIR, f)).size > 0),
		);
		expect(leftovers().length).toBeGreaterThan(0);
		expect(counts()).toEqual(old);
		const r = run('index.ts', ['--no-vectors']);
		expect(r.status, r.stderr).toBe(0);
		const now = counts();
		expect(now.articles).toBeGreaterThan(old.articles);
		expect(now.measures).toBeGreaterThan(old.measures);
		expect(leftovers()).toEqual([]);
	});

	test('a full disk ends the run with a message naming it; the old index is still served whole', () => {
		const before = counts();
		const live = join(env.DATA_DIR, 'search.sqlite');
		const size = Math.ceil(statSync(live).size / 1024);
		// Room to copy the index but not to rewrite it: RLIMIT_FSIZE in 1 KiB blocks (bash's ulimit -f).
		const r = spawnSync(
			'bash',
			['-c', `ulimit -f ${size + 16}; exec "${NODE}" scripts/index.ts --no-vectors --rebuild`],
			{ cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 },
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/file size limit \(`ulimit -f`\) stopped the new index/u);
		expect(r.stderr).toContain(live);
		expect(counts()).toEqual(before);
		expect(leftovers()).toEqual([]);
		expect(existsSync(live)).toBe(true);
	});
});
