import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Article } from '../schema/release.ts';
import { articlePath, readArticles, writeArticleFile } from './article-files.ts';
import { SchemaValidationError } from '../errors.ts';

const article: Article = {
	id: '2022-05-10-3c1f0a9e2b',
	title: '枣庄市峄城区召开思想能力作风问题曝光暨“满意峄城”创建新闻发布会',
	titleGenerated: false,
	date: '2022-05-10',
	datePrecision: 'day',
	source: '鲁网',
	reporters: ['杜伟'],
	sourceFile: '003.txt',
	region: '370404',
	regions: ['370404'],
	themes: ['cadre-work-style'],
	kind: 'news',
	measures: [
		{
			text: '每年抽调20名35岁以下年轻干部到工业发展一线进行轮岗锻炼',
			themes: ['cadre-rotation'],
			subThemes: [],
			quantities: [{ text: '20名', value: 20, unit: '名', subject: '年轻干部', kind: 'count' }],
			region: '370404',
		},
	],
	slogans: ['五比五看', '十问十答'],
	body: '# 不是标题\n\n1. 不是列表 *也不是强调* <script>alert(1)</script>\n\n第三段。',
};

async function tempDir(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'jucuo-articles-'));
}

describe('article files', () => {
	test('写入后读回完全一致 (Markdown 语法字符被转义)', async () => {
		const dir = await tempDir();
		writeArticleFile(dir, article);
		const read = [];
		for await (const a of readArticles(dir)) read.push(a);
		expect(read).toEqual([article]);
	});

	test('以 Markdown 语法开头的段落 (- + = > 3) 原样读回', async () => {
		const dir = await tempDir();
		const body = [
			'- 列表？',
			'3) 编号',
			'+ 加号',
			'= 等号',
			'> 引用',
			'`代码` [链接](x) \\反斜杠 &amp;',
			'普通的中文段落，带“引号”和（括号）。',
		].join('\n\n');
		writeArticleFile(dir, { ...article, body });
		const read = [];
		for await (const a of readArticles(dir)) read.push(a.body);
		expect(read).toEqual([body]);
	});

	test('文件放在年份目录下, 日期在 YAML 中是字符串', async () => {
		const dir = await tempDir();
		const { path } = writeArticleFile(dir, article);
		expect(path).toBe(join(dir, '2022', '2022-05-10-3c1f0a9e2b.md'));
		expect(await readFile(path, 'utf8')).toContain('date: "2022-05-10"');
		expect(articlePath(dir, { id: 'x', date: null })).toBe(join(dir, 'undated', 'x.md'));
	});

	test('重复写入同一篇文章不改动文件', async () => {
		const dir = await tempDir();
		expect(writeArticleFile(dir, article).outcome).toBe('created');
		expect(writeArticleFile(dir, article).outcome).toBe('unchanged');
		expect(writeArticleFile(dir, { ...article, title: '新标题' }).outcome).toBe('updated');
		expect(await readdir(join(dir, '2022'))).toEqual(['2022-05-10-3c1f0a9e2b.md']);
	});

	test('无效的 frontmatter 报出文件名和字段', async () => {
		const dir = await tempDir();
		await writeFile(join(dir, 'bad.md'), '---\nid: bad\ntitle: ""\n---\n正文\n');
		const read = async () => {
			for await (const a of readArticles(dir)) void a;
		};
		await expect(read()).rejects.toThrow(SchemaValidationError);
		await expect(read()).rejects.toThrow(/articles → bad\.md[\s\S]*\*\*title\*\*/);
	});

	test('不存在的目录没有文章', async () => {
		const read = [];
		for await (const a of readArticles('/nonexistent/jucuo')) read.push(a);
		expect(read).toEqual([]);
	});
});
