import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatRatio } from '../../src/lib/eval/score-tagging.ts';
import { createJiebaSegmenter } from '../../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { UsageError } from '../../src/lib/errors.ts';
import { corpusPath } from './corpus.ts';
import { PROJECT_ROOT } from './project.ts';
import {
	buildWebPages,
	scoreWebPages,
	webSourceArticles,
	type WebEvalResult,
} from './web-pages-eval.ts';
import {
	HELD_OUT_SPLIT,
	readWebFurniture,
	WEB_SPLITS,
	type WebSplit,
} from './web-pages-furniture.ts';
import type { WebScores } from './web-pages-score.ts';

const USAGE =
	'npm run eval:web -- [--split A–Z, AA or AB] [--pages N] [--seed S] [--show] [--write DIR] (or npm run eval -- --web …)';

/**
 * The split `--split` names, in either case (A–Z, AA, AB), or undefined when it names none.
 * @throws {UsageError} when it names no split.
 */
export function parseWebSplit(value: string | undefined): WebSplit | undefined {
	const split = WEB_SPLITS.find((sp) => sp === value?.toLowerCase());
	if (value !== undefined && split === undefined)
		throw new UsageError(`--split takes a split from A to Z, AA or AB, not ${value}`, USAGE);
	return split;
}

/** A split's column header in the table: its name in capitals, held out or for development. */
export function splitColumn(split: WebSplit): string {
	return `${split.toUpperCase()}${split === HELD_OUT_SPLIT ? ' (held out)' : ' (dev)'}`;
}

/**
 * The web-page evaluation behind `npm run eval:web` and `npm run eval -- --web`: reads its options from
 * `args`, prints the table and the most frequent failures to stdout, and returns the exit status.
 * @throws {UsageError} when an option is malformed.
 */
export async function runWebEval(args: string[]): Promise<number> {
	const { values } = parseArgs({
		args: args.filter((a) => a !== '--web'),
		options: {
			split: { type: 'string' },
			pages: { type: 'string', default: '300' },
			seed: { type: 'string', default: '2026' },
			show: { type: 'boolean', default: false },
			write: { type: 'string' },
		},
	});
	const split = parseWebSplit(values.split);
	const count = Number(values.pages);
	const seed = Number(values.seed);
	if (!Number.isInteger(count) || count < 1)
		throw new UsageError(`--pages takes a positive whole number, not ${values.pages}`, USAGE);
	if (!Number.isInteger(seed))
		throw new UsageError(`--seed takes a whole number, not ${values.seed}`, USAGE);
	const path = corpusPath();
	if (path === null) {
		process.stdout.write('web pages: ../shared/corpus not found; skipped\n');
		return 0;
	}
	const furniture = readWebFurniture();
	const pools = await webSourceArticles(path);
	const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig(PROJECT_ROOT) };
	const pageFurniture = readPageFurniture();
	const splits: WebSplit[] = split === undefined ? [...WEB_SPLITS] : [split];
	const evals = new Map<WebSplit, WebEvalResult>();
	for (const sp of splits) {
		const pages = buildWebPages(pools[sp], furniture, sp, count, seed + WEB_SPLITS.indexOf(sp));
		if (values.write !== undefined) {
			const dir = join(values.write, sp.toUpperCase());
			mkdirSync(dir, { recursive: true });
			for (const p of pages) {
				writeFileSync(join(dir, `${p.key}.txt`), p.text);
				writeFileSync(
					join(dir, `${p.key}.truth.json`),
					JSON.stringify({ ...p, text: undefined }, null, 1),
				);
			}
		}
		evals.set(sp, scoreWebPages(pages, deps, pageFurniture));
	}
	const results = new Map([...evals].map(([sp, r]) => [sp, r.all]));
	const cols = splits.map(splitColumn);
	process.stdout.write(
		`网页 synthetic local web pages saved as text (seed ${seed}; ${splits.map((sp) => `${sp.toUpperCase()}: ${results.get(sp)!.pages} pages, ${results.get(sp)!.articles} articles`).join(' · ')})\n`,
	);
	const rows: [string, (s: WebScores) => number][] = [
		['拆分 found (one item each)', (s) => s.found],
		['标题 title exact', (s) => s.title],
		['干净 clean body', (s) => s.clean],
		['日期 date (day)', (s) => s.date],
		['来源 source (outlet)', (s) => s.source],
	];
	const w = 28;
	process.stdout.write(`  ${''.padEnd(w)}  ${cols.map((c) => c.padEnd(24)).join('  ')}\n`);
	for (const [label, get] of rows)
		process.stdout.write(
			`  ${label.padEnd(w)}  ${splits.map((sp) => formatRatio({ hits: get(results.get(sp)!), total: results.get(sp)!.articles }).padEnd(24)).join('  ')}\n`,
		);
	process.stdout.write(
		`  ${'多 extra items'.padEnd(w)}  ${splits.map((sp) => String(results.get(sp)!.extra).padEnd(24)).join('  ')}\n`,
	);
	// Examples come from split A unless one split alone was asked for: any of the dev splits A–Z and AA,
	// or AB, held out and so for scoring, whose failures are printed only when it is asked for alone.
	const shown = split ?? 'a';
	const kinds = [...results.get(shown)!.failures].sort((x, y) => y[1].count - x[1].count);
	process.stdout.write(`  most frequent failures 失败分类 (split ${shown.toUpperCase()})\n`);
	for (const [kind, f] of values.show ? kinds : kinds.slice(0, 10)) {
		const examples = values.show ? f.examples : f.examples.slice(0, 1);
		process.stdout.write(
			`    ${String(f.count).padStart(4)}  ${kind.padEnd(36)}  e.g. ${examples[0]!.slice(0, 120)}\n`,
		);
		for (const e of examples.slice(1))
			process.stdout.write(`    ${''.padStart(4)}  ${''.padEnd(36)}       ${e.slice(0, 120)}\n`);
	}
	if (values.show) printByLayout(evals.get(shown)!, shown);
	if (!values.show) process.stdout.write('  (--show prints every kind with up to 5 examples)\n');
	return 0;
}

/** Found, title and clean per page layout, for one split. */
function printByLayout(result: WebEvalResult, split: WebSplit): void {
	process.stdout.write(
		`  by layout 按版式 (split ${split.toUpperCase()}): found · title · clean · date · source\n`,
	);
	const pct = (n: number, s: WebScores) => `${Math.round((100 * n) / s.articles)}%`.padStart(5);
	for (const [layout, s] of [...result.byLayout].sort()) {
		const cells = [s.found, s.title, s.clean, s.date, s.source].map((n) => pct(n, s));
		process.stdout.write(
			`    ${layout.padEnd(8)} ${String(s.articles).padStart(4)} articles  ${cells.join('  ')}\n`,
		);
	}
}
