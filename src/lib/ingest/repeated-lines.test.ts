import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { extractArticles } from './extract-articles.ts';
import { inProcessProcessor, workerProcessor } from './file-processor.ts';
import { collectRepeatedLinesOn } from './count-lines.ts';
import { ingestFiles } from './ingest-files.ts';
import { collectRepeatedLines, countedLines } from './repeated-lines.ts';

const furniture = readPageFurniture();
const config = furniture.repeatedLines!;
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const dir = mkdtempSync(join(tmpdir(), 'jucuo-repeated-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A county site saved page by page: the masthead slogan, a menu without separators and the
// footer recur on every page; a column heading recurs on one page only.
const masthead = ['锦绣山川 幸福家园', '首页 走进本县 政务公开 政务服务 互动交流'];
const footer = ['主办单位：县人民政府办公室 技术支持：县大数据中心', '网站标识码 0000000000'];
const stories: [string, string][] = [
	[
		'县人社局推出“就业服务直通车”',
		'3月5日，县人社局启动“就业服务直通车”活动，组织20家企业进村入户，现场提供岗位600余个，对有意愿的群众登记造册、跟踪服务。',
	],
	[
		'我县完成春季植树造林两万亩',
		'今年以来，县林业局统筹推进国土绿化，在重点区域完成植树造林两万亩，新建村庄绿化示范点12个，落实专人管护责任。',
	],
	[
		'县医保局开通异地就医备案线上办理',
		'即日起，参保群众可通过手机办理异地就医备案，材料齐全的当场办结，备案结果实时推送至全国医保信息平台。',
	],
	[
		'县市场监管局开展春季食品安全检查',
		'县市场监管局组织执法人员对全县学校食堂和农村集体聚餐场所开展专项检查，发现问题限期7日内整改到位。',
	],
];
const page = (title: string, body: string, extra: string[] = []) =>
	[...masthead, title, '发布时间：2024-03-12', ...extra, body, ...footer].join('\n') + '\n';

const siteDir = join(dir, 'county-site');
mkdirSync(siteDir);
const files = stories.map(([title, body], i) => {
	const path = join(siteDir, `page-${i}.txt`);
	writeFileSync(path, page(title, body, i === 0 ? ['民生实事'] : []));
	return path;
});

test('同一站点多个页面反复出现的刊头、菜单和页脚是页面装饰；只在一页出现的栏目名不是', () => {
	const repeated = collectRepeatedLines(files, config).get(siteDir)!;
	for (const line of [...masthead, ...footer]) expect(repeated.has(line)).toBe(true);
	expect(repeated.has('民生实事')).toBe(false);
	expect(repeated.has(stories[0]![0])).toBe(false);
});

test('去掉跨文件重复行后，标题取新闻标题，正文不含刊头和页脚', () => {
	const repeated = collectRepeatedLines(files, config).get(siteDir)!;
	const bytes = new TextEncoder().encode(page(...stories[1]!));
	const { articles } = extractArticles(
		{ path: files[1]!, bytes },
		{ furniture, repeatedLines: repeated },
	);
	expect(articles).toHaveLength(1);
	expect(articles[0]!.title).toBe(stories[1]![0]);
	expect(articles[0]!.paragraphs.join('\n')).not.toMatch(/锦绣山川|走进本县|主办单位|网站标识码/);
});

test('文件夹里文件太少，或重复行占了文件的大半（同一篇的副本），不按重复行删', () => {
	const pairDir = join(dir, 'pair');
	mkdirSync(pairDir);
	const pair = [0, 1].map((i) => {
		const path = join(pairDir, `p${i}.txt`);
		writeFileSync(path, page(...stories[i]!));
		return path;
	});
	expect(collectRepeatedLines(pair, config).has(pairDir)).toBe(false);
	// Three copies of one page: every line recurs, but a copy keeps its text.
	const copies = new Set(
		page(...stories[2]!)
			.split('\n')
			.filter(Boolean),
	);
	const { articles } = extractArticles(
		{ path: 'copy.txt', bytes: new TextEncoder().encode(page(...stories[2]!)) },
		{ furniture, repeatedLines: copies },
	);
	expect(articles[0]!.paragraphs.join('')).toContain('异地就医备案');
});

test('一次入库同一站点的多个页面时，跨文件重复的刊头不作标题', async () => {
	const titles: string[] = [];
	await ingestFiles([siteDir], () => inProcessProcessor(deps), {
		contentDir: join(dir, 'articles'),
		dryRun: true,
		furniture,
		onArticle: (a) => titles.push(a.title),
	});
	expect(titles.sort()).toEqual(stories.map(([t]) => t).sort());
});

test('a menu line padded with spaces past the length limit is counted as it reads once normalised; a long paragraph is not', () => {
	const menu = `首页${' '.repeat(100)}政务公开\u3000\u3000互动交流`;
	const paragraph = stories[0]![1].repeat(2);
	const lines = countedLines(`${menu}\n${paragraph}\n`, 'text', config.maxChars);
	expect([...lines]).toEqual(['首页 政务公开 互动交流']);
});

test('工作线程分段计数后合并，得到的重复行（连同顺序）与本线程一次读完相同', async () => {
	const workers = workerProcessor(1);
	try {
		const [here, there] = [
			collectRepeatedLines(files, config),
			await collectRepeatedLinesOn(workers, files, config, 1),
		];
		expect([...there.get(siteDir)!]).toEqual([...here.get(siteDir)!]);
		expect([...there.keys()]).toEqual([...here.keys()]);
		expect(there.get(siteDir)!.size).toBeGreaterThanOrEqual(masthead.length + footer.length);
	} finally {
		await workers.close();
	}
});

test('一个文件夹里互不相干的页面：没有哪一行还可能达到重复所需的份数时，其余文件不再读，结果与读完相同', async () => {
	const folder = join(dir, 'unrelated');
	mkdirSync(folder);
	const pages = Array.from({ length: 8 }, (_, i) => {
		const [title, body] = stories[i % stories.length]!;
		const path = join(folder, `page-${i}.txt`);
		writeFileSync(path, `${title}（之${i + 1}）\n第${i + 1}篇：${body}\n`);
		return path;
	});
	const here = inProcessProcessor(deps);
	const counted: string[] = [];
	const counting = {
		...here,
		countLines: (request: Parameters<typeof here.countLines>[0]) => {
			counted.push(...request.countLines);
			return here.countLines(request);
		},
	};
	const repeated = await collectRepeatedLinesOn(counting, pages, config, 1);
	expect(repeated).toEqual(collectRepeatedLines(pages, config));
	expect(repeated.size).toBe(0);
	expect(counted.length).toBeLessThan(pages.length);
	expect(counted).toEqual(pages.slice(0, counted.length));
});
