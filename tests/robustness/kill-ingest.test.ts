import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readArticles } from '../../src/lib/article-store/article-files.ts';
import { createRandom } from '../../src/lib/random.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'content/sources');
const NODE = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'jucuo-kill-ingest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingestArgs(inputs: string) {
	return [join(ROOT, 'scripts/ingest.ts'), inputs];
}

/** Relative path → content of every file under `dir`. */
function files(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (e.isFile())
			out[relative(dir, join(e.parentPath, e.name))] = readFileSync(
				join(e.parentPath, e.name),
				'utf8',
			);
	return out;
}

/** Pages recombined from the sample pages' paragraphs: enough work that a kill lands mid-run. */
function writePages(count: number): string {
	const paragraphs = readdirSync(SOURCES)
		.flatMap((f) => readFileSync(join(SOURCES, f), 'utf8').split(/\n+/u))
		.filter((p) => p.length > 60);
	const next = createRandom(14);
	const inputs = join(work, 'inputs');
	rmSync(inputs, { recursive: true, force: true });
	spawnSync('mkdir', ['-p', inputs]);
	for (let i = 0; i < count; i++) {
		const start = Math.floor(next() * (paragraphs.length - 8));
		const body = paragraphs.slice(start, start + 3 + Math.floor(next() * 5));
		writeFileSync(
			join(inputs, `page-${String(i).padStart(3, '0')}.txt`),
			`第${i}号通报:${body[0]!.slice(0, 14)}\n\n${body.join('\n\n')}\n`,
		);
	}
	return inputs;
}

test('ingest 被 kill -9 后没有写了一半的文章,重跑得到与一次跑完相同的文件', async () => {
	const inputs = writePages(80);
	const whole = join(work, 'whole');
	const clean = spawnSync(NODE, ingestArgs(inputs), {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: whole },
		encoding: 'utf8',
	});
	expect(clean.status, clean.stderr).toBe(0);

	const killed = join(work, 'killed');
	const env = { ...process.env, CONTENT_DIR: killed };
	const child = spawn(NODE, ingestArgs(inputs), { cwd: ROOT, env, stdio: 'ignore' });
	const exited = new Promise((resolve) => child.on('exit', resolve));
	const written = () => {
		try {
			return Object.keys(files(killed)).filter((f) => f.endsWith('.md')).length;
		} catch {
			return 0;
		}
	};
	for (let i = 0; i < 6000 && child.exitCode === null && written() < 10; i++)
		await new Promise((r) => setTimeout(r, 5));
	expect(child.exitCode, 'the ingest run ended before it could be killed').toBeNull();
	child.kill('SIGKILL');
	await exited;

	const partial = Object.keys(files(killed)).filter((f) => f.endsWith('.md'));
	expect(partial.length).toBeLessThan(Object.keys(files(whole)).length);
	// Every article on disk is whole: it reads and passes the schema.
	const broken: string[] = [];
	for await (const _ of readArticles(killed, (path) => broken.push(path))) void _;
	expect(broken).toEqual([]);

	// A write cut between its temporary file and the rename, as a kill can leave one.
	const dead = spawnSync(NODE, ['-e', 'process.stdout.write(String(process.pid))'], {
		encoding: 'utf8',
	}).stdout;
	writeFileSync(join(killed, `${partial[0]!}.${dead}.1.tmp`), '---\ntitle: 半');
	const rerun = spawnSync(NODE, ingestArgs(inputs), { cwd: ROOT, env, encoding: 'utf8' });
	expect(rerun.status, rerun.stderr).toBe(0);
	expect(files(killed)).toEqual(files(whole));
}, 180_000);
