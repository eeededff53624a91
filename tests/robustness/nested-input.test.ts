import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { nestingProblem } from '../../src/lib/ingest/nesting.ts';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'content/sources/003_e01ca59eb94a4339.txt');

// Hostile inputs of the shapes that exhausted the stack or ran for minutes in the parsers.
const HOSTILE: Record<string, string> = {
	'quotes.md': `${'>'.repeat(5000)} 干部作风建设\n`,
	'divs.html': `<html><body>${'<div>'.repeat(2000)}干部作风建设${'</div>'.repeat(2000)}</body></html>`,
	'brackets.md': `${'['.repeat(50_000)}干部${']'.repeat(50_000)}\n`,
	'list.md': Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n'),
};

describe('深层嵌套的输入', () => {
	let result: ReturnType<typeof spawnSync>;
	let contentDir: string;

	beforeAll(() => {
		const inputs = mkdtempSync(join(tmpdir(), 'jucuo-nested-'));
		for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(join(inputs, name), text);
		// A good page after the hostile ones must still be written.
		copyFileSync(SAMPLE, join(inputs, 'zz-good.txt'));
		contentDir = mkdtempSync(join(tmpdir(), 'jucuo-nested-out-'));
		result = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), inputs], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: contentDir },
			encoding: 'utf8',
			timeout: 60_000,
		});
	});

	test('each hostile file is rejected by name with its reason; the run finishes with a summary and exit 1', () => {
		expect(result.status).toBe(1);
		const stderr = String(result.stderr);
		for (const name of Object.keys(HOSTILE))
			expect(stderr).toMatch(new RegExp(`${name}.*levels deep`, 'u'));
		expect(stderr).not.toContain('Maximum call stack');
		expect(stderr).toMatch(/files 文件 5/u);
	});

	test('the good page after them is written', () => {
		const written = readdirSync(contentDir, { recursive: true }).filter((f) =>
			String(f).endsWith('.md'),
		);
		expect(written.length).toBeGreaterThan(0);
	});
});

test('ordinary pages pass the nesting check', () => {
	expect(nestingProblem('# 标题\n\n> 引文\n\n- 一\n  - 二\n\n[链接](http://x)', 'md')).toBeNull();
	expect(nestingProblem('<div><p>正文<br>续</p><img src=x></div>', 'html')).toBeNull();
});

test('a page over the size limit is rejected naming --max-mb, and --max-mb reads it', () => {
	const inputs = mkdtempSync(join(tmpdir(), 'jucuo-big-'));
	const big = join(inputs, 'big.txt');
	// The sample page padded past 1 MB with blank lines.
	writeFileSync(big, `${readFileSync(SAMPLE, 'utf8')}${'\n'.repeat(1_200_000)}`);
	const env = { ...process.env, CONTENT_DIR: mkdtempSync(join(tmpdir(), 'jucuo-big-out-')) };
	const run = (args: string[]) =>
		spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), '--dry-run', ...args, big], {
			cwd: ROOT,
			env,
			encoding: 'utf8',
		});
	const refused = run(['--max-mb', '1']);
	expect(refused.status).toBe(1);
	expect(refused.stderr).toMatch(/big\.txt.*--max-mb 2/u);
	expect(run(['--max-mb', '2']).status).toBe(0);
});

test('symbolic links: linked files are read, a loop is called a loop, a dangling link names its target', () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-links-'));
	const inputs = join(dir, 'in');
	mkdirSync(inputs);
	copyFileSync(SAMPLE, join(dir, 'page.txt'));
	symlinkSync(join(dir, 'page.txt'), join(inputs, 'linked.txt'));
	symlinkSync(inputs, join(inputs, 'back-to-in'));
	symlinkSync(join(dir, 'gone.txt'), join(inputs, 'dangling.txt'));
	symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
	symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
	const r = spawnSync(
		process.execPath,
		[join(ROOT, 'scripts/ingest.ts'), '--dry-run', inputs, join(dir, 'loop-a')],
		{ cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(dir, 'out') }, encoding: 'utf8' },
	);
	expect(r.stderr).toMatch(/files 文件 1 · articles 文章 [1-9]/u);
	expect(r.stderr).toMatch(/loop-a: .*symlink loop/u);
	expect(r.stderr).toMatch(/dangling\.txt: .*gone\.txt, which does not exist/u);
	expect(r.stderr).toMatch(/back-to-in: .*symlink loop/u);
	expect(r.stderr).not.toContain('No such file');
	expect(r.status).toBe(1);
});
