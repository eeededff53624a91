import { spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { createRandom } from '../../src/lib/random.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'content/sources');

function ingest(contentDir: string, inputs: string[], cwd = ROOT) {
	return spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...inputs], {
		cwd,
		env: { ...process.env, CONTENT_DIR: contentDir },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
}

function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (e.isFile()) {
			const path = join(e.parentPath, e.name);
			out[relative(dir, path)] = `${statSync(path).mtimeMs}:${readFileSync(path, 'utf8')}`;
		}
	return out;
}

test('ingesting many overlapping pages twice changes nothing the second time, whichever copy finishes first', () => {
	// Pages recombined from the sample pages' paragraphs: many near-duplicates of each other.
	const paragraphs = readdirSync(SOURCES)
		.flatMap((f) => readFileSync(join(SOURCES, f), 'utf8').split(/\n+/u))
		.filter((p) => p.length > 60);
	const next = createRandom(2260);
	const inputs = mkdtempSync(join(tmpdir(), 'jucuo-reingest-in-'));
	for (let i = 0; i < 120; i++) {
		const start = Math.floor(next() * (paragraphs.length - 8));
		const body = paragraphs.slice(start, start + 3 + Math.floor(next() * 5));
		const title = `第${i}号通报:${body[0]!.slice(0, 14)}`;
		writeFileSync(
			join(inputs, `page-${String(i).padStart(3, '0')}.txt`),
			`${title}\n\n${body.join('\n\n')}\n`,
		);
	}
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-reingest-out-'));
	const first = ingest(dir, [inputs]);
	expect(first.status, first.stderr).toBe(0);
	expect(first.stderr).toMatch(/duplicates 重复 [1-9]/u);
	const before = snapshot(dir);
	// The same files again, given by absolute and by relative path.
	const again = ingest(dir, [relative(ROOT, inputs)]);
	expect(again.status, again.stderr).toBe(0);
	expect(again.stderr).toMatch(/created 新建 0 · updated 更新 0/u);
	expect(snapshot(dir)).toEqual(before);
});

test('a stored article with broken YAML is named and the ingest run goes on', () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-reingest-broken-'));
	expect(ingest(dir, [join(SOURCES, '003_e01ca59eb94a4339.txt')]).status).toBe(0);
	const broken = join(dir, 'broken');
	mkdirSync(broken);
	writeFileSync(join(broken, 'a-000000000000.md'), '---\ntitle: [unclosed\n---\n正文\n');
	const r = ingest(dir, [join(SOURCES, '002_6b241039d71ad9d0.txt')]);
	expect(r.status, r.stderr).toBe(0);
	expect(r.stderr).toContain(join(broken, 'a-000000000000.md'));
	expect(r.stderr).toMatch(/created 新建 [1-9]/u);
});
