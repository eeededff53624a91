// `npm run ingest -- [--dry-run] [--jsonl] [--year YYYY] [--date D] [--source S] <files or folders…>`: thin wiring of src/lib/ingest.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { formatDiagnostic } from '../src/lib/diagnostic.ts';
import { contentDir } from '../src/lib/article-store/article-files.ts';
import { removeStaleArticleTemps } from '../src/lib/article-store/stale-temps.ts';
import { ingestFiles } from '../src/lib/ingest/ingest-files.ts';
import { articleToJsonl } from '../src/lib/ingest/to-jsonl.ts';
import { processorFor } from '../src/lib/ingest/file-processor.ts';
import { UsageError } from '../src/lib/errors.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { fail } from '../tools/lib/project.ts';

const USAGE =
	'npm run ingest -- [--dry-run] [--jsonl] [--year YYYY] [--date YYYY-MM-DD] [--source NAME] [--max-mb N] [--force] <files or folders…>';

function parse() {
	try {
		const { values, positionals } = parseArgs({
			allowPositionals: true,
			options: {
				'dry-run': { type: 'boolean', default: false },
				jsonl: { type: 'boolean', default: false },
				year: { type: 'string' },
				'max-mb': { type: 'string' },
				force: { type: 'boolean', default: false },
				date: { type: 'string' },
				source: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
		if (values.help) {
			process.stdout.write(`${USAGE}\n`);
			process.exit(0);
		}
		if (positionals.length === 0) throw new UsageError('No input given', USAGE);
		if (values.jsonl && !values['dry-run'])
			throw new UsageError('--jsonl goes with --dry-run', USAGE);
		const year = values.year === undefined ? undefined : Number(values.year);
		if (year !== undefined && !(Number.isInteger(year) && year >= 1949 && year <= 2100)) {
			throw new UsageError(`--year must be a year such as 2024, not "${values.year}"`, USAGE);
		}
		const maxMb = values['max-mb'];
		if (maxMb !== undefined && !/^\d{1,4}$/u.test(maxMb))
			throw new UsageError(`--max-mb takes a whole number of megabytes, not "${maxMb}"`, USAGE);
		const maxBytes = maxMb === undefined ? undefined : Number(maxMb) * 1024 * 1024;
		const date = values.date;
		if (date !== undefined && !isCalendarDate(date))
			throw new UsageError(`--date must be a date such as 2024-01-19, not "${date}"`, USAGE);
		const source = values.source?.trim();
		if (source === '') throw new UsageError('--source needs an outlet name, e.g. 人民日报', USAGE);
		return {
			paths: positionals,
			dryRun: values['dry-run'],
			jsonl: values.jsonl,
			year,
			maxBytes,
			force: values.force,
			date,
			source,
		};
	} catch (error) {
		return fail(error, 2);
	}
}

function isCalendarDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (m === null) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === text;
}

function loadFurniture() {
	try {
		return readPageFurniture();
	} catch (error) {
		return fail(error, 2);
	}
}

const args = parse();
const dir = contentDir();
// A run killed mid-write leaves only temporary files (articles are renamed into place whole).
if (!args.dryRun) removeStaleArticleTemps(dir);
const bar = process.stderr.isTTY
	? new cliProgress.SingleBar(
			{
				format: 'ingest [{bar}] {value}/{total} files | {file}',
				stream: process.stderr,
				hideCursor: true,
			},
			cliProgress.Presets.shades_classic,
		)
	: null;
let started = false;

const furniture = loadFurniture();
const summary = await ingestFiles(
	args.paths,
	(count) => processorFor(count, undefined, furniture),
	{
		contentDir: dir,
		dryRun: args.dryRun,
		force: args.force,
		...(args.year === undefined ? {} : { contextYear: args.year }),
		...(args.maxBytes === undefined ? {} : { maxBytes: args.maxBytes }),
		...(args.date === undefined ? {} : { contextDate: args.date }),
		...(args.source === undefined ? {} : { contextSource: args.source }),
		furniture,
		onProgress(done, total, file) {
			if (!bar) return;
			if (!started) bar.start(total, 0, { file: '' });
			started = true;
			bar.update(done, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
		},
		onArticle(article) {
			if (args.jsonl) process.stdout.write(`${JSON.stringify(articleToJsonl(article))}\n`);
		},
	},
).catch((error: unknown) => fail(error));
bar?.stop();

const rejected = summary.diagnostics.filter((d) => d.fatal);
const warnings = summary.diagnostics.filter((d) => !d.fatal);
const lines = [
	`files 文件 ${summary.files} · articles 文章 ${summary.articles} · measures 举措 ${summary.measures} · duplicates 重复 ${summary.duplicates}`,
	args.dryRun
		? 'dry run: nothing written 未写入'
		: `written to ${dir}: created 新建 ${summary.created} · updated 更新 ${summary.updated} · unchanged 未变 ${summary.unchanged}${summary.kept ? ` · kept (edited by hand) 保留手改 ${summary.kept}` : ''}`,
	`rejected 拒收 ${rejected.length}${rejected.length ? ':' : ''}`,
	...rejected.map((d) => `  ✗ ${formatDiagnostic(d)}`),
	...(warnings.length
		? [`warnings 提示 ${warnings.length}:`, ...warnings.map((d) => `  · ${formatDiagnostic(d)}`)]
		: []),
];
process.stderr.write(`${lines.join('\n')}\n`);
// Not `process.exit`: stdout may be a pipe still holding JSON Lines, which an exit would drop.
process.exitCode = rejected.length > 0 ? 1 : 0;
