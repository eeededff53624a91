import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { inProcessProcessor, workerProcessor } from './file-processor.ts';

describe('file processors', () => {
	test('工作线程与本线程对同一版面 (人民日报样例) 给出相同的文章', async () => {
		const path = 'content/sources/002_6b241039d71ad9d0.txt';
		const request = { path, bytes: readFileSync(path), options: {} };
		const local = inProcessProcessor({
			segmenter: createJiebaSegmenter(),
			themes: readThemeConfig(),
		});
		const workers = workerProcessor(1);
		try {
			const [here, there] = await Promise.all([local.process(request), workers.process(request)]);
			expect(there.articles.map((a) => a.article.title)).toContain('强化园区党建 凝聚发展合力');
			expect(there).toEqual(here);
		} finally {
			await workers.close();
		}
	});

	test('线程只在启动时收到一次版面规则（含分篇模型），结果与本线程带规则时相同', async () => {
		const path = 'content/sources/002_6b241039d71ad9d0.txt';
		const furniture = readPageFurniture();
		const local = inProcessProcessor({
			segmenter: createJiebaSegmenter(),
			themes: readThemeConfig(),
		});
		const workers = workerProcessor(1, furniture);
		try {
			const request = { path, bytes: readFileSync(path), options: { furniture } };
			const here = await local.process(request);
			expect(here.articles.length).toBeGreaterThan(1);
			expect(await workers.process(request)).toEqual(here);
		} finally {
			await workers.close();
		}
	});
});
