import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = join(ROOT, 'content/sources');

function ingest(args: string[], contentDir: string) {
	const result = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `dir` with its size and modification time, to prove nothing was touched. */
function snapshotTree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const info = statSync(path);
		out[path.slice(dir.length)] = `${info.size}:${info.mtimeMs}`;
	}
	return out;
}

describe('npm run ingest', () => {
	let contentDir: string;
	let first: ReturnType<typeof ingest>;

	beforeAll(() => {
		contentDir = mkdtempSync(join(tmpdir(), 'jucuo-cli-'));
		first = ingest([SOURCES], contentDir);
	});

	test('样例报纸版面: 退出码 0, 写出 14 篇文章并打印汇总', () => {
		expect(first.status).toBe(0);
		expect(first.stderr).toMatch(/files 文件 5 · articles 文章 14 ·/);
		expect(first.stderr).toMatch(/created 新建 14/);
		expect(Object.keys(snapshotTree(contentDir))).toHaveLength(14);
	});

	test('重复导入同样的输入不改动任何文件', () => {
		const before = snapshotTree(contentDir);
		const again = ingest([SOURCES], contentDir);
		expect(again.status).toBe(0);
		expect(again.stderr).toMatch(/unchanged 未变 14/);
		expect(snapshotTree(contentDir)).toEqual(before);
	});

	test('坏输入: 退出码 1, 说明文件和原因, 已写入的文章不受影响, 好文件照常写入', () => {
		const inputs = mkdtempSync(join(tmpdir(), 'jucuo-bad-'));
		writeFileSync(join(inputs, 'empty.txt'), '');
		writeFileSync(
			join(inputs, 'binary.txt'),
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]),
		);
		writeFileSync(
			join(inputs, 'cut.txt'),
			Buffer.from('陵城区推行一线工作法', 'utf8').subarray(0, 14),
		);
		writeFileSync(join(inputs, 'notes.pdf'), 'x');
		writeFileSync(
			join(inputs, 'script.html'),
			'<html><body><script>alert("x")</script><nav>首页</nav></body></html>',
		);
		const good = join(SOURCES, '003_e01ca59eb94a4339.txt');
		const before = snapshotTree(contentDir);
		const result = ingest(
			[
				join(inputs, 'empty.txt'),
				join(inputs, 'binary.txt'),
				join(inputs, 'cut.txt'),
				join(inputs, 'notes.pdf'),
				join(inputs, 'script.html'),
				good,
			],
			contentDir,
		);
		expect(result.status).toBe(1);
		for (const name of ['empty.txt', 'binary.txt', 'cut.txt', 'notes.pdf', 'script.html']) {
			expect(result.stderr).toContain(join(inputs, name));
		}
		expect(result.stderr).toMatch(/rejected 拒收 5/);
		// The good page is still read; it is an article already stored, so nothing changes on disk.
		expect(result.stderr).toMatch(/articles 文章 1 ·[\s\S]*unchanged 未变 1/);
		expect(result.stderr).toContain(`${join(inputs, 'empty.txt')}: the file is empty (no bytes)`);
		expect(snapshotTree(contentDir)).toEqual(before);
	});

	test('--dry-run --jsonl 只打印 JSON Lines, 不写文件', () => {
		const empty = mkdtempSync(join(tmpdir(), 'jucuo-dry-'));
		const result = ingest(
			['--dry-run', '--jsonl', join(SOURCES, '003_e01ca59eb94a4339.txt')],
			empty,
		);
		expect(result.status).toBe(0);
		const lines = result.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as Record<string, unknown>);
		expect(lines).toHaveLength(1);
		expect(Object.keys(lines[0] ?? {})).toEqual(
			expect.arrayContaining([
				'id',
				'sourceFile',
				'title',
				'date',
				'source',
				'reporters',
				'region',
				'regions',
				'themes',
				'kind',
				'body',
				'measures',
				'slogans',
			]),
		);
		expect(lines[0]).toMatchObject({
			source: '鲁网',
			date: '2022-05-10',
			region: { code: '370404', name: '峄城区' },
		});
		expect(readdirSync(empty)).toEqual([]);
	});

	test('--dry-run --jsonl 打印每一篇文章, 输出大于管道缓冲区时也不截断', () => {
		// Megabytes of JSON Lines written in bursts: the process must not exit before the pipe drains.
		const inputs = mkdtempSync(join(tmpdir(), 'jucuo-many-'));
		for (const name of readdirSync(SOURCES))
			for (let copy = 0; copy < 20; copy++)
				writeFileSync(join(inputs, `${copy}-${name}`), readFileSync(join(SOURCES, name)));
		const result = ingest(['--dry-run', '--jsonl', inputs], mkdtempSync(join(tmpdir(), 'jucuo-')));
		expect(result.status).toBe(0);
		const articles = Number(/articles 文章 (\d+)/.exec(result.stderr)?.[1]);
		expect(articles).toBeGreaterThan(200);
		expect(result.stdout.endsWith('\n')).toBe(true);
		expect(result.stdout.trim().split('\n')).toHaveLength(articles);
	});

	test('另一家媒体小改后转载的同一篇通稿标为 duplicateOf', () => {
		const inputs = mkdtempSync(join(tmpdir(), 'jucuo-dup-'));
		const original = readFileSync(join(SOURCES, '003_e01ca59eb94a4339.txt'), 'utf8');
		const copy = original
			.replace('来源:鲁网', '来源:大众网')
			.replace('鲁网5月10日讯(记者 杜伟)', '大众网5月10日讯(记者 王明)')
			.replace(/责任编辑:杜伟[\s\S]*$/, '');
		writeFileSync(join(inputs, 'copy.txt'), copy);
		const result = ingest(['--dry-run', '--jsonl', join(inputs, 'copy.txt')], contentDir);
		expect(result.status).toBe(0);
		const [article] = result.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l) as { source: string; duplicateOf?: string });
		expect(article?.source).toBe('大众网');
		expect(article?.duplicateOf).toMatch(/^a-[0-9a-f]{12}$/);
		expect(result.stderr).toMatch(/duplicates 重复 1/);
	});

	test('用法错误: 退出码 2', () => {
		expect(ingest([], contentDir).status).toBe(2);
		expect(ingest(['--jsonl', SOURCES], contentDir).status).toBe(2);
		expect(ingest(['--year', '公元', SOURCES], contentDir).stderr).toMatch(/--year/);
		const badDate = ingest(['--date', '2024-02-30', SOURCES], contentDir);
		expect([badDate.status, badDate.stderr.includes('--date')]).toEqual([2, true]);
		expect(ingest(['--source', ' ', SOURCES], contentDir).status).toBe(2);
	});
});
