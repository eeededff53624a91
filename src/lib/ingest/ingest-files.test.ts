import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
