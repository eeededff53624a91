import {
	existsSync,
	mkdtempSync,
	readdirSync,
	statSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runScript } from '../run-script.ts';

const SAMPLE = join(ROOT, 'content/sources/003_e01ca59eb94a4339.txt');

const run = runScript;

describe('损坏的索引', () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-corrupt-'));
	const env = { CONTENT_DIR: join(dir, 'articles'), DATA_DIR: join(dir, 'data') };
	const index = join(env.DATA_DIR, 'search.sqlite');
	const search = () => run('search.ts', ['干部', '--lexical', '--json'], env);

	beforeAll(() => {
		expect(run('ingest.ts', [SAMPLE], env).status).toBe(0);
		expect(run('index.ts', ['--no-vectors'], env).status).toBe(0);
	});

	test('a search names the damaged file and the command that rebuilds it', () => {
		writeFileSync(index, 'not a database at all');
		const r = search();
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('IndexCorruptError');
		expect(r.stderr).toContain(index);
		expect(r.stderr).toContain('npm run index -- --rebuild');
	});

	test('npm run index recovers on its own, keeping the damaged file aside', () => {
		const r = run('index.ts', ['--no-vectors'], env);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).toMatch(/damaged.*moved to/u);
		expect(readdirSync(env.DATA_DIR).some((f) => f.includes('.corrupt-'))).toBe(true);
		expect((JSON.parse(search().stdout) as { total: number }).total).toBeGreaterThan(0);
	});

	test('a truncated index is named too, and --rebuild builds a fresh one', () => {
		truncateSync(index, Math.floor(statSync(index).size / 3));
		for (const ext of ['-wal', '-shm']) if (existsSync(index + ext)) truncateSync(index + ext, 0);
		const broken = search();
		expect(broken.status).toBe(1);
		expect(broken.stderr).toMatch(/IndexCorruptError|damaged/u);
		const r = run('index.ts', ['--no-vectors', '--rebuild'], env);
		expect(r.status, r.stderr).toBe(0);
		expect((JSON.parse(search().stdout) as { total: number }).total).toBeGreaterThan(0);
	});
});
