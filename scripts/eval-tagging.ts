// `npm run eval`: split / date / region / theme accuracy of the pipeline against eval/gold/seeds.json.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GoldSetSchema, formatRatio, scoreTagging } from '../src/lib/eval/score-tagging.ts';
import { processSource } from '../src/lib/ingest/pipeline.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { parseWithFriendlyErrors } from '../src/lib/schema/friendly-errors.ts';
import type { Article } from '../src/lib/schema/release.ts';
import { FAILURE_CLASSES, type SplitScores } from '../src/lib/eval/score-split.ts';
import { evalReconstructedPages } from '../tools/lib/eval-reconstructed.ts';
import { evalTvItems, type TvScores } from '../tools/lib/eval-tv-items.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import { runWebEval } from '../tools/lib/web-pages-report.ts';

/** Column heads of the rebuilt-page tables, and the labels of the examples of the dev halves. */
const COLUMNS = ['dev 2019', 'dev 2020-01', 'held-out 2020-02'];
const DEV_LABELS = ['dev 2019', 'dev 2020-01'];

// `npm run eval -- --web [--split A–Z or AA] [--pages N] [--show]` runs only the synthetic web-page evaluation;
// `npm run eval -- --no-furniture` leaves out the table of rebuilt pages dressed with page furniture.
if (process.argv.includes('--web'))
	process.exit(await runWebEval(process.argv.slice(2)).catch((error: unknown) => fail(error)));

const goldPath = join(PROJECT_ROOT, 'eval/gold/seeds.json');
const gold = parseWithFriendlyErrors(
	GoldSetSchema,
	JSON.parse(await readFile(goldPath, 'utf8')),
	'eval → seeds.json',
);
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig(PROJECT_ROOT) };

const predicted = new Map<string, Article[]>();
for (const file of Object.keys(gold)) {
	const path = join(PROJECT_ROOT, 'content/sources', file);
	predicted.set(
		file,
		processSource({ path, bytes: await readFile(path) }, deps, { furniture: readPageFurniture() })
			.articles,
	);
}
const s = scoreTagging(gold, predicted);

const rows: [string, string][] = [
	['拆分 split precision', formatRatio(s.split.precision)],
	['拆分 split recall', formatRatio(s.split.recall)],
	['类型 kind accuracy', formatRatio(s.kind)],
	['日期 date accuracy', formatRatio(s.date)],
	['来源 source accuracy', formatRatio(s.source)],
	['主地区 primary region accuracy', formatRatio(s.region)],
	['地区 regions precision', formatRatio(s.regions.precision)],
	['地区 regions recall', formatRatio(s.regions.recall)],
	['主主题 primary theme accuracy', formatRatio(s.primaryTheme)],
	['主题 themes precision', formatRatio(s.themes.precision)],
	['主题 themes recall', formatRatio(s.themes.recall)],
];
const width = Math.max(...rows.map(([k]) => k.length));
process.stdout.write(
	`准确率 tagging accuracy on ${Object.keys(gold).length} sample pages (${goldPath.replace(PROJECT_ROOT, '')})\n`,
);
for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
for (const m of s.missed) process.stdout.write(`  missed 漏: ${m}\n`);
for (const m of s.mismatches) process.stdout.write(`  wrong 错: ${m}\n`);
for (const e of s.extra) process.stdout.write(`  extra 多: ${e}\n`);

// `--no-furniture` leaves out the second table (the same pages dressed as saved e-paper pages).
const reconstructed = await evalReconstructedPages({
	furnished: !process.argv.includes('--no-furniture'),
});
if (reconstructed === null) {
	process.stdout.write('\nreconstructed 人民日报 pages: ../shared/corpus not found; skipped\n');
} else {
	const { dev, dev2020, held } = reconstructed;
	const show = process.argv.includes('--show');
	process.stdout.write(
		`\n拆分与标题 split and title on 人民日报 pages rebuilt from ../shared/corpus (dev 2019: ${dev.bare.pages} pages · dev 2020-01: ${dev2020.bare.pages} pages · held-out 2020-02: ${held.bare.pages} pages)\n`,
	);
	printSplitTable([dev.bare, dev2020.bare, held.bare]);
	// Examples come from the two development halves only: the held-out half is for scoring.
	if (show) printExamples([dev.bare, dev2020.bare]);
	else process.stdout.write('  (npm run eval -- --show prints examples of each class)\n');
	const furnished = [dev.furnished, dev2020.furnished, held.furnished];
	if (furnished.every((f) => f !== undefined)) {
		process.stdout.write(
			`\n版面附件 the same pages dressed as saved e-paper pages (header, navigation, 本版责编, photo captions; eval/newspaper-furniture.json: 2019 with the dev wording, 2020-01 and 2020-02 with the held-out wording)\n`,
		);
		const left = furnished.map((f) => f.furniture);
		printSplitTable(
			furnished.map((f) => f.split),
			[
				['正文无附件 news items without furniture', left.map((f) => formatRatio(f.clean))],
				...(['header', 'navigation', 'editors', 'caption'] as const).map(
					(k): [string, string[]] => [
						`  ${k} lines left / laid`,
						left.map((f) => `${f.left[k]} / ${f.laid[k]}`),
					],
				),
				['  items of furniture only', left.map((f) => String(f.furnitureItems))],
			],
		);
		if (show) {
			printExamples(furnished.slice(0, 2).map((f) => f.split));
			for (const [i, f] of left.slice(0, 2).entries())
				for (const e of f.examples)
					process.stdout.write(`  ${DEV_LABELS[i]} [furniture left] ${e}\n`);
		}
	}
}

const tv = process.argv.includes('--no-furniture') ? null : await evalTvItems();
if (tv !== null) {
	process.stdout.write(
		`\n新闻联播 items one per file (xwlb-YYYYMMDD-NN.txt), bare and dressed as saved CCTV pages (eval/tv-news-furniture.json: 2022–23 dev wording · 2024–25 held-out wording; ${tv.dev.bare.split.pages} · ${tv.held.bare.split.pages} items)\n`,
	);
	const rows: [string, (s: TvScores) => string][] = [
		['拆分 found whole', (s) => formatRatio(s.split.found)],
		['标题 title', (s) => formatRatio(s.split.title)],
		['日期 date', (s) => formatRatio(s.date)],
		['来源 source 新闻联播/央视', (s) => formatRatio(s.source)],
		['正文无附件 clean', (s) => formatRatio(s.furniture.clean)],
	];
	process.stdout.write(
		`  ${''.padEnd(24)}  ${'dev bare'.padEnd(20)}  ${'dev dressed'.padEnd(20)}  ${'held bare'.padEnd(20)}  held dressed\n`,
	);
	for (const [label, f] of rows)
		process.stdout.write(
			`  ${label.padEnd(24)}  ${[tv.dev.bare, tv.dev.dressed, tv.held.bare].map((s) => f(s).padEnd(20)).join('  ')}  ${f(tv.held.dressed)}\n`,
		);
	if (process.argv.includes('--show'))
		for (const e of [
			...tv.dev.dressed.furniture.examples,
			...Object.values(tv.dev.dressed.split.examples).flat(),
		])
			process.stdout.write(`  dev [新闻联播] ${e}\n`);
}

/** Failure examples of the development halves, class by class, each labelled with its half. */
function printExamples(halves: SplitScores[]): void {
	for (const c of FAILURE_CLASSES)
		for (const [i, h] of halves.entries())
			for (const e of h.examples[c]) process.stdout.write(`  ${DEV_LABELS[i]} [${c}] ${e}\n`);
}

/** One split/title table, the dev halves beside the held-out one, with any extra rows after the ratios. */
function printSplitTable(parts: SplitScores[], extra: [string, string[]][] = []): void {
	const rows: [string, string[]][] = [
		['拆分 articles found whole', parts.map((p) => formatRatio(p.found))],
		['无串文 items without a neighbour’s text', parts.map((p) => formatRatio(p.clean))],
		['标题 title accuracy', parts.map((p) => formatRatio(p.title))],
		...extra,
	];
	const w = Math.max(...rows.map(([k]) => k.length));
	const line = (k: string, cells: string[]) =>
		`  ${k.padEnd(w)}  ${cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(22) : c)).join('  ')}\n`;
	process.stdout.write(line('', COLUMNS));
	for (const [k, cells] of rows) process.stdout.write(line(k, cells));
	process.stdout.write(`  failures by class 失败分类\n`);
	for (const c of FAILURE_CLASSES)
		process.stdout.write(
			line(
				`  ${c}`,
				parts.map((p) => String(p.failures[c])),
			),
		);
}
