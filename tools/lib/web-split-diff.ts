// Diagnostic (not shipped): web pages of dev splits A and B whose found/extra change between
// two story/title model pairs. `node tools/lib/web-split-diff.ts OLD_STORY OLD_TITLE [split] [pages]`.
import { readFileSync } from 'node:fs';
import { createJiebaSegmenter } from '../../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../../src/lib/schema/page-furniture.ts';
import type { StoryModel } from '../../src/lib/schema/story-model.ts';
import type { TitleModel } from '../../src/lib/schema/title-model.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { processSource } from '../../src/lib/ingest/pipeline.ts';
import { corpusPath } from './corpus.ts';
import { PROJECT_ROOT } from './project.ts';
import { buildWebPages, webSourceArticles } from './web-pages-eval.ts';
import { readWebFurniture, WEB_SPLITS } from './web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage } from './web-pages-score.ts';

const [oldStory, oldTitle, splitArg = 'a', pagesArg = '1000'] = process.argv.slice(2);
const split = splitArg as 'a' | 'b';
if (split !== 'a' && split !== 'b') throw new Error('dev splits only');
const furniture = readWebFurniture();
const pools = await webSourceArticles(corpusPath()!);
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig(PROJECT_ROOT) };
const now = readPageFurniture();
const before = {
	...now,
	// Read raw: a model trained before features were appended still indexes the same columns.
	storyModel: JSON.parse(readFileSync(oldStory!, 'utf8')) as StoryModel,
	titleModel: JSON.parse(readFileSync(oldTitle!, 'utf8')) as TitleModel,
};
const pages = buildWebPages(
	pools[split],
	furniture,
	split,
	Number(pagesArg),
	2026 + WEB_SPLITS.indexOf(split),
);
const enc = new TextEncoder();
const run = (page: (typeof pages)[number], f: typeof now) => {
	const { articles } = processSource({ path: page.fileName, bytes: enc.encode(page.text) }, deps, {
		furniture: f,
	});
	const items = articles.map((a) => ({
		title: a.title,
		date: a.date,
		source: a.source,
		body: a.body,
	}));
	const s = emptyWebScores();
	scoreWebPage(page, items, s);
	return { s, titles: articles.map((a) => a.title) };
};
for (const page of pages) {
	const a = run(page, before);
	const b = run(page, now);
	if (a.s.found === b.s.found && a.s.extra === b.s.extra && a.s.title === b.s.title) continue;
	console.log(
		`\n=== ${page.key} ${page.layout} found ${a.s.found}→${b.s.found} title ${a.s.title}→${b.s.title} extra ${a.s.extra}→${b.s.extra}`,
	);
	console.log(`  truth: ${page.articles.map((t) => t.title).join(' | ')}`);
	console.log(`  before: ${a.titles.join(' | ')}`);
	console.log(`  after:  ${b.titles.join(' | ')}`);
	for (const l of page.text.split('\n')) if (l.trim()) console.log(`    ${l.slice(0, 80)}`);
}
