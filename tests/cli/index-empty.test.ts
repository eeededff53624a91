import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT, runScript } from '../run-script.ts';

const tmp = mkdtempSync(join(tmpdir(), 'jucuo-index-empty-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
	runScript(script, args, env, 60_000);

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

test('a hand-edited article with broken YAML is named and skipped; the rest is indexed and it stays searchable', () => {
	const articles = join(tmp, 'articles');
	const env = { CONTENT_DIR: articles, DATA_DIR: join(tmp, 'data-broken') };
	const ingest = run('ingest.ts', [join(ROOT, 'content/sources/003_e01ca59eb94a4339.txt')], env);
	expect(ingest.status, ingest.stderr).toBe(0);
	expect(run('index.ts', ['--no-vectors'], env).status).toBe(0);
	const files = readdirSync(articles, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.md'))
		.map((e) => join(e.parentPath, e.name));
	expect(files.length).toBeGreaterThan(0);
	const broken = files[0]!;
	const title = /^title: (.+)$/mu.exec(readFileSync(broken, 'utf8'))![1]!;
	writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^title: /mu, 'title: [unclosed '));
	const again = run('index.ts', ['--no-vectors'], env);
	expect(again.status).toBe(1);
	expect(again.stderr).toContain(broken);
	expect(again.stdout).toMatch(/removed 0/u);
	const found = run(
		'search.ts',
		[title.replace(/^['"]|['"]$/gu, '').slice(0, 12), '--lexical', '--json'],
		env,
	);
	expect(found.status, found.stderr).toBe(0);
	expect((JSON.parse(found.stdout) as { total: number }).total).toBeGreaterThan(0);
});
