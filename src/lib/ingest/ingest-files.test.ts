import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listArticleFiles } from '../article-store/article-files.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { inProcessProcessor } from './file-processor.ts';
import { ingestFiles } from './ingest-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-ingest-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };

test('带 --year 重新入库同一文件时原地更新，不另存一份', async () => {
	const source = join(dir, 'county-notice.txt');
	writeFileSync(
		source,
		'全县春耕备耕工作会议召开\n5月5日上午，县农业农村局召开会议，部署全县春耕备耕工作，要求各乡镇确保种子化肥供应到位，组织农技人员下乡指导。\n',
	);
	const contentDir = join(dir, 'articles');
	const first = await ingestFiles([source], () => inProcessProcessor(deps), {
		contentDir,
		dryRun: false,
	});
	expect(first.created).toBe(1);
	const before = await listArticleFiles(contentDir);
	expect(before.map((p) => p.replace(contentDir, ''))).toEqual([
		expect.stringMatching(/^\/undated\/a-[0-9a-f]{12}\.md$/),
	]);
	const again = await ingestFiles([source], () => inProcessProcessor(deps), {
		contentDir,
		dryRun: false,
		contextYear: 2021,
	});
	expect([again.created, again.updated, again.duplicates]).toEqual([0, 1, 0]);
	const after = await listArticleFiles(contentDir);
	expect(after).toHaveLength(1);
	expect(after[0]).toContain('/2021/');
	expect(after[0]!.split('/').at(-1)).toBe(before[0]!.split('/').at(-1));
	expect(readdirSync(join(contentDir, 'undated'))).toEqual([]);
});

test('样例版面按批（按文件数或字节数截断）入库，写出的文件与逐个文件入库逐字节相同', async () => {
	const sources = 'content/sources';
	const written = async (batching: { filesPerBatch: number; bytesPerBatch: number }) => {
		const contentDir = mkdtempSync(join(dir, 'batch-'));
		const summary = await ingestFiles([sources], () => inProcessProcessor(deps), {
			contentDir,
			dryRun: false,
			batching,
		});
		const files = await listArticleFiles(contentDir);
		return {
			summary,
			files: files.map((p) => [p.replace(contentDir, ''), readFileSync(p, 'utf8')]),
		};
	};
	const alone = await written({ filesPerBatch: 1, bytesPerBatch: 1 });
	expect(alone.files.length).toBeGreaterThan(readdirSync(sources).length);
	// Three files at most, and a batch closes after its first file over 4 kB.
	expect(await written({ filesPerBatch: 3, bytesPerBatch: 4096 })).toEqual(alone);
	expect(await written({ filesPerBatch: 64, bytesPerBatch: 1 << 30 })).toEqual(alone);
});
