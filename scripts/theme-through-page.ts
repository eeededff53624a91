/**
 * `node scripts/theme-through-page.ts [MODEL]`: whether a theme through the page reads the article
 * as extracted. Every corpus-gold article is tagged alone (its corpus title and text) and through
 * its page (eval:gold's second block: the glued 人民日报 page, the 新闻联播 item bare and saved);
 * prints each reading whose theme, headline or body differs between the two, the primary right per
 * group through the page, and how often the two themes agree. `MODEL`: another classifier file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taggedCorpusArticles } from '../tools/lib/corpus-articles.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { goldThroughPages, type GoldLabel } from '../tools/lib/eval-gold-pages.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeModel } from '../src/lib/schema/theme-model.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';

const gold = new Map<string, GoldLabel>(
	(
		JSON.parse(readFileSync(join(PROJECT_ROOT, '../shared/dev/corpus-gold.json'), 'utf8')) as {
			items: GoldLabel[];
		}
	).items.map((g) => [g.id, g]),
);
const base = readThemeConfig(PROJECT_ROOT);
const deps = {
	segmenter: createJiebaSegmenter(),
	themes: process.argv[2] ? { ...base, model: readThemeModel(process.argv[2])! } : base,
};
const direct = new Map<string, { theme: string | undefined; title: string; body: string }>();
for await (const a of taggedCorpusArticles(
	deps,
	(row) => gold.has(row.id.toLowerCase()) || gold.has(row.id),
))
	direct.set(a.id, { theme: a.themes[0], title: a.title, body: a.body });
const items = await goldThroughPages(gold, corpusPath()!, deps, readPageFurniture());
let same = 0,
	n = 0,
	pageOk = 0,
	directOk = 0;
for (const i of items) {
	if (i.gold.primary === null || !i.article) continue;
	const d = direct.get(i.id)!;
	n++;
	if (i.article.themes[0] === d.theme) same++;
	if (i.article.themes[0] === i.gold.primary) pageOk++;
	if (d.theme === i.gold.primary) directOk++;
	const bodySame = i.article.body.replace(/\s+/gu, '') === d.body.replace(/\s+/gu, '');
	const head = [i.article.kicker, i.article.title, i.article.subtitle].filter(Boolean).join(' ');
	const titleSame = head === d.title;
	if (i.article.themes[0] !== d.theme || !titleSame || !bodySame)
		console.log(
			`${i.group.padEnd(20)} ${i.id} page ${i.article.themes[0]} direct ${d.theme} gold ${i.gold.primary} · title ${titleSame ? 'same' : `「${head}」 vs 「${d.title}」`} · body ${bodySame ? 'same' : `${i.article.body.length} vs ${d.body.length} chars, foreign ${(100 * i.foreign).toFixed(0)}%`}`,
		);
}
const by = new Map<string, [number, number]>();
for (const i of items) {
	if (i.gold.primary === null || !i.article) continue;
	const t = by.get(i.group) ?? [0, 0];
	t[1]++;
	if (i.article.themes[0] === i.gold.primary) t[0]++;
	by.set(i.group, t);
}
console.log([...by].map(([g, [a, b]]) => `${g} ${a}/${b}`).join(' · '));
console.log(
	`${n} items: page theme = direct theme on ${same}; page right ${pageOk}, direct right ${directOk}`,
);
