import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { inProcessProcessor } from '../ingest/file-processor.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import type { Article } from '../schema/release.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { articleToMarkdown, markdownToArticle } from './article-markdown.ts';

async function sampleArticles(): Promise<Article[]> {
	const processor = inProcessProcessor({
		segmenter: createJiebaSegmenter(),
		themes: readThemeConfig(),
	});
	const dir = new URL('../../../content/sources/', import.meta.url);
	const out: Article[] = [];
	for (const file of readdirSync(dir)) {
		const path = new URL(file, dir).pathname;
		out.push(
			...(await processor.process({ path, bytes: readFileSync(path), options: {} })).articles.map(
				(a) => a.article,
			),
		);
	}
	return out;
}

test('样稿的主题依据写入 frontmatter 后原样读回', async () => {
	const articles = await sampleArticles();
	const themed = articles.filter((a) => a.themes.length > 0);
	expect(themed.length).toBeGreaterThan(10);
	for (const article of themed) {
		// One record per theme, in the same order; a rule record names words of the text.
		expect(article.themeEvidence?.map((e) => e.theme)).toEqual(article.themes);
		for (const e of article.themeEvidence ?? [])
			if (e.by === 'rule')
				for (const w of e.words)
					expect(
						`${article.kicker ?? ''}${article.title}${article.subtitle ?? ''}${article.body}`,
					).toContain(w);
		const back = markdownToArticle(articleToMarkdown(article), article.id);
		expect(back.themeEvidence).toEqual(article.themeEvidence);
		expect(back).toEqual(article);
	}
});

/** A stored article written before theme evidence existed, with `extra` frontmatter lines before `kind`. */
function storedArticle(id: string, title: string, extra: string[] = []): string {
	return [
		'---',
		`id: ${id}`,
		`title: ${title}`,
		'date: null',
		'datePrecision: unknown',
		'sourceFile: x.txt',
		'region: "000000"',
		'regions:',
		'  - "000000"',
		'themes:',
		'  - livelihood',
		...extra,
		'kind: news',
		'---',
		'',
		'正文。',
		'',
	].join('\n');
}

test('没有主题依据的旧文章照常读入', () => {
	const article = markdownToArticle(storedArticle('a-old', '旧文章'), 'old.md');
	expect(article.themes).toEqual(['livelihood']);
	expect(article.themeEvidence).toBeUndefined();
});

test('主题依据不合 schema 时指出字段', () => {
	const markdown = storedArticle('a-bad', '坏依据', [
		'themeEvidence:',
		'  - theme: livelihood',
		'    by: guess',
		'    score: 1',
	]);
	expect(() => markdownToArticle(markdown, 'bad.md')).toThrow(/bad\.md[\s\S]*themeEvidence/u);
});
