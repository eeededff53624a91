import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeArticleFile } from '../article-store/article-files.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { minhashSignature } from './dedupe.ts';
import { prepareFile, warmUpPipeline } from './prepare-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-prepare-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };

test('人民日报样例版面：预先生成的文件正是写入时生成的文件，签名即正文的签名', () => {
	const path = 'content/sources/002_6b241039d71ad9d0.txt';
	const { articles } = prepareFile({ path, bytes: readFileSync(path), options: {} }, deps);
	expect(articles.length).toBeGreaterThan(1);
	for (const { article, file, signature } of articles) {
		expect(file.startsWith('---\n')).toBe(true);
		expect(file).toContain(`id: ${article.id}\n`);
		expect(signature).toEqual(minhashSignature(article.body));
		// Written without the prepared file, the article's file is byte for byte the prepared one.
		const { path: written } = writeArticleFile(dir, article);
		expect(readFileSync(written, 'utf8')).toBe(file);
	}
});

test('a rejected file gives its diagnostic and no article', () => {
	const { articles, diagnostics } = prepareFile(
		{ path: 'empty.txt', bytes: new Uint8Array(), options: {} },
		deps,
	);
	expect(articles).toEqual([]);
	expect(diagnostics.some((d) => d.fatal && d.file === 'empty.txt')).toBe(true);
});

test('the warm-up page goes through the whole pipeline as one article', () => {
	expect(warmUpPipeline(deps)).toBe(1);
});
