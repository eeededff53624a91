/**
 * `node scripts/measure-samples.ts [--show]`: measures per article on the bundled sample pages
 * (content/sources, the local press releases `npm run eval` scores), with the measure model
 * (search-config/measure-model.json) beside the rules alone in the same run. `--show` lists the
 * clauses one keeps and the other drops.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { processSource } from '../src/lib/ingest/pipeline.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';

const { values } = parseArgs({ options: { show: { type: 'boolean', default: false } } });
const config = readThemeConfig(PROJECT_ROOT);
const { measureModel, ...rules } = config;
const segmenter = createJiebaSegmenter();
const dir = join(PROJECT_ROOT, 'content/sources');
const files = readdirSync(dir).filter((f) => /\.(?:txt|md|html?)$/u.test(f));
const furniture = readPageFurniture();
const run = (themes: typeof config) =>
	files.flatMap((file) => {
		const path = join(dir, file);
		return processSource({ path, bytes: readFileSync(path) }, { segmenter, themes }, { furniture })
			.articles;
	});
const byRules = run(rules);
const byModel = measureModel ? run(config) : byRules;
const per = (articles: typeof byRules) =>
	(articles.reduce((n, a) => n + a.measures.length, 0) / Math.max(1, articles.length)).toFixed(2);
console.log(`${byRules.length} sample articles in ${files.length} pages`);
console.log(`measures per article: rules ${per(byRules)}, model ${per(byModel)}`);
if (values.show)
	byRules.forEach((article, i) => {
		const ruled = new Set(article.measures.map((m) => m.text));
		const modelled = new Set(byModel[i]?.measures.map((m) => m.text));
		for (const text of ruled) if (!modelled.has(text)) console.log(`- ${article.title}: ${text}`);
		for (const text of modelled) if (!ruled.has(text)) console.log(`+ ${article.title}: ${text}`);
	});
