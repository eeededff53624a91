import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

	test('成批交给工作线程的样例版面，逐个文件的结果与本线程单个处理相同', async () => {
		const furniture = readPageFurniture();
		const requests = readdirSync('content/sources')
			.sort()
			.map((name) => {
				const path = join('content/sources', name);
				return { path, bytes: readFileSync(path), options: { furniture } };
			});
		const local = inProcessProcessor({
			segmenter: createJiebaSegmenter(),
			themes: readThemeConfig(),
		});
		const workers = workerProcessor(1, furniture);
		try {
			const there = await Promise.all(workers.processBatch(requests));
			const here = await Promise.all(requests.map((r) => local.process(r)));
			expect(there.length).toBe(requests.length);
			expect(there).toEqual(here);
		} finally {
			await workers.close();
		}
	});

	test('本线程成批处理时，出错的文件单独被拒，同批其他文件照常', async () => {
		const segmenter = createJiebaSegmenter();
		const processor = inProcessProcessor({
			segmenter: {
				cut: (text) => {
					if (text.includes('呼和浩特')) throw new RangeError('cannot cut 呼和浩特');
					return segmenter.cut(text);
				},
			},
			themes: readThemeConfig(),
		});
		const requests = readdirSync('content/sources')
			.sort()
			.map((name) => {
				const path = join('content/sources', name);
				return { path, bytes: readFileSync(path), options: {} };
			});
		const settled = await Promise.allSettled(processor.processBatch(requests));
		const names = requests.map((r) => r.bytes.toString().includes('呼和浩特'));
		expect(names).toContain(true);
		expect(names).toContain(false);
		settled.forEach((result, i) => {
			expect(result.status).toBe(names[i] ? 'rejected' : 'fulfilled');
			if (result.status === 'rejected')
				expect(String(result.reason)).toMatch('cannot cut 呼和浩特');
		});
	});
});
