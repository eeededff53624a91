import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { processSource, validateArticle } from './pipeline.ts';

const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const page = new TextEncoder().encode(
	'县里召开春耕生产推进会\n本报讯 县农业农村局召开会议，部署春耕生产工作，要求各乡镇落实种子化肥储备，组织农技人员下乡指导。\n',
);

test('管线输出的文章都通过 schema 校验', () => {
	const { articles, diagnostics } = processSource({ path: 'county.txt', bytes: page }, deps);
	expect(articles).toHaveLength(1);
	expect(diagnostics).toEqual([]);
	expect(validateArticle(articles[0]!).ok).toBe(true);
});

test('不合 schema 的条目成为一条诊断，不会中断', () => {
	const [article] = processSource({ path: 'county.txt', bytes: page }, deps).articles;
	const checked = validateArticle({ ...article!, region: '37', date: '5月5日' });
	expect(checked.ok).toBe(false);
	if (!checked.ok) {
		expect(checked.diagnostic.ruleId).toBe('invalid-article');
		expect(checked.diagnostic.reason).toMatch(/region: a region code has six digits/);
		expect(checked.diagnostic.reason).toMatch(/date:/);
	}
});
