import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, test } from 'vitest';
import {
	abandonIndexBuild,
	beginIndexBuild,
	buildFileOf,
	commitIndexBuild,
	liveIdentity,
	removeStaleBuilds,
} from './index-file.ts';
import { openBackend } from './open-backend.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-index-file-'));
const live = join(dir, 'search.sqlite');
const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds a generation holding `count` of the sample articles, as `npm run index` does. */
async function build(count: number, fresh = false): Promise<void> {
	const file = await beginIndexBuild(live, fresh);
	const writer = await openBackend({ dataDir: dir, file, env: {} });
	const stored = await writer.listIds('articles');
	await writer.delete(
		'articles',
		[...stored.keys()].filter((id) => !docs.slice(0, count).some((d) => d.id === id)),
	);
	await writer.upsert('articles', docs.slice(0, count));
	await writer.close();
	commitIndexBuild(file, live);
}

const all = { q: '', page: 1, hitsPerPage: 100 };

describe('索引文件的生成与切换', () => {
	test('一个读者在切换前后分别看到完整的旧索引和完整的新索引', async () => {
		await build(3);
		expect(lstatSync(live).isSymbolicLink()).toBe(true);
		// Switched in WAL mode with its log folded in, so a reader's open writes no journal change.
		expect(readdirSync(dir).filter((f) => f.endsWith('-wal'))).toEqual([]);
		const header = new DatabaseSync(live, { readOnly: true });
		expect(header.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
		header.close();
		const reader = await openBackend({ dataDir: dir, env: {}, followSwitchesMs: 0 });
		const pinned = await openBackend({ dataDir: dir, env: {} });
		expect((await reader.search('articles', all)).total).toBe(3);
		const before = liveIdentity(live);
		await build(docs.length);
		expect(liveIdentity(live)).not.toBe(before);
		expect((await reader.search('articles', all)).total).toBe(docs.length);
		// A handle that does not follow switches keeps answering from the generation it opened.
		expect((await pinned.search('articles', all)).total).toBe(3);
		await pinned.close();
		await reader.close();
		// The build file is gone; the live and the previous generation remain, with no leftovers.
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	test('--rebuild 从空文件开始;未提交的构建被放弃时实时索引不变', async () => {
		const file = await beginIndexBuild(live, true);
		expect(existsSync(file)).toBe(false);
		const writer = await openBackend({ dataDir: dir, file, env: {} });
		await writer.upsert('articles', docs.slice(0, 1));
		await writer.close();
		abandonIndexBuild(file);
		const reader = await openBackend({ dataDir: dir, env: {}, requireIndex: true });
		expect((await reader.search('articles', all)).total).toBe(docs.length);
		await reader.close();
	});

	test('只清理进程已结束的构建文件', async () => {
		const child = spawn(process.execPath, ['-e', '0']);
		const deadPid = child.pid!;
		await new Promise((resolve) => child.on('exit', resolve));
		writeFileSync(buildFileOf(live, deadPid), 'left by a killed run');
		writeFileSync(`${buildFileOf(live, deadPid)}-wal`, '');
		writeFileSync(buildFileOf(live, process.ppid), 'a run still going');
		expect(removeStaleBuilds(live).sort()).toEqual(
			[`search.sqlite.${deadPid}.tmp`, `search.sqlite.${deadPid}.tmp-wal`].sort(),
		);
		expect(existsSync(buildFileOf(live, process.ppid))).toBe(true);
		rmSync(buildFileOf(live, process.ppid));
	});

	test('旧世代只保留上一个', async () => {
		await build(2);
		await build(4);
		const generations = readdirSync(dir).filter((f) => /^search\.\d{17}-\d+\.sqlite$/u.test(f));
		expect(generations).toHaveLength(2);
	});
});
