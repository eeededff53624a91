import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { StageFailure } from './batch-stages.ts';
import { processSourceChecked, processSourcesChecked } from './pipeline.ts';
import { prepareFile, prepareFiles } from './prepare-file.ts';

const segmenter = createJiebaSegmenter();
const deps = { segmenter, themes: readThemeConfig() };
const options = { furniture: readPageFurniture() };
const samples = readdirSync('content/sources')
	.sort()
	.map((name) => {
		const path = join('content/sources', name);
		return { path, bytes: readFileSync(path), options };
	});

test('样例版面成批逐段处理，与逐个文件处理的文章、诊断完全相同', () => {
	const batch = processSourcesChecked(samples, deps);
	expect(batch).toHaveLength(samples.length);
	const alone = samples.map((s) => processSourceChecked(s, deps, options));
	expect(alone.reduce((n, f) => n + f.articles.length, 0)).toBeGreaterThan(samples.length);
	expect(batch).toEqual(alone);
	expect(prepareFiles(samples, deps)).toEqual(samples.map((s) => prepareFile(s, deps)));
});

test('一个文件在打标签时出错，只有它失败，同批其他文件照常', () => {
	// A segmenter that breaks on one place name: every file that names it fails while tagging.
	const breaking = {
		cut: (text: string) => {
			if (text.includes('呼和浩特')) throw new RangeError('cannot cut 呼和浩特');
			return segmenter.cut(text);
		},
	};
	const broken = { ...deps, segmenter: breaking };
	const batch = prepareFiles(samples, broken);
	const failed = samples.filter((s) => s.bytes.toString().includes('呼和浩特'));
	expect(failed.length).toBeGreaterThan(0);
	expect(failed.length).toBeLessThan(samples.length);
	samples.forEach((s, i) => {
		const item = batch[i];
		if (failed.includes(s)) {
			expect(item).toBeInstanceOf(StageFailure);
			expect(() => prepareFile(s, broken)).toThrow('cannot cut 呼和浩特');
		} else expect(item).toEqual(prepareFile(s, deps));
	});
});
