// `node bench/ingest-regex-calls.ts [--docs N] [--sites K]`: how many regular expression calls each
// ingest stage makes per input line over N corpus articles (or the sample pages repeated), and the
// K call sites that make most of them. A flat CPU profile hides a text walked many times by many
// small patterns; this counts the walks. Counts, not times: they do not move with the machine's load.
//
// Every call that reads a string through a pattern (`test`, `exec`, `match`, `matchAll`, `replace`,
// `split`) goes through `RegExp.prototype.exec`, which is wrapped here; one call in 50 records
// the call site of our code it came from, so the per-site figures are estimates, the totals exact.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanLines } from '../src/lib/ingest/clean.ts';
import { decodeSource } from '../src/lib/ingest/decode.ts';
import { extractArticles } from '../src/lib/ingest/extract-articles.ts';
import { pageToLines } from '../src/lib/ingest/page-segments.ts';
import { tagArticles } from '../src/lib/ingest/tag-articles.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';
import { writeBenchInputs } from './ingest-inputs.ts';

const USAGE = 'node bench/ingest-regex-calls.ts [--docs N] [--sites K]';
const { values } = parseArgs({
	options: { docs: { type: 'string', default: '1000' }, sites: { type: 'string', default: '12' } },
});
const docs = positiveIntegerOption('docs', values.docs, USAGE);
const sites = positiveIntegerOption('sites', values.sites, USAGE);

const inputDir = await mkdtemp(join(tmpdir(), 'jucuo-regex-calls-'));
const { source } = await writeBenchInputs(inputDir, docs);
const files = await Promise.all(
	(await readdir(inputDir)).sort().map(async (name) => ({
		path: join(inputDir, name),
		bytes: await readFile(join(inputDir, name)),
	})),
);
await rm(inputDir, { recursive: true, force: true });

const furniture = readPageFurniture();
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const printed = files.flatMap((f) => {
	const d = decodeSource(f.path, f.bytes);
	return d.ok ? [pageToLines(d.text, d.format)] : [];
});
const raws = files.flatMap((f) => extractArticles(f, { furniture }).articles);
const lines = printed.reduce((n, page) => n + page.length, 0);

const SAMPLE = 50;
let calls = 0;
const bySite = new Map<string, number>();
/** The engine's own `exec`, called with the pattern it was asked of and put back at the end. */
const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!.value as (
	this: RegExp,
	text: string,
) => RegExpExecArray | null;
/** The first frame of our own code in a stack, as `file:line`. */
const siteOf = (stack: string): string => {
	const frame = stack.split('\n').find((l) => l.includes('/src/lib/') && !l.includes('Error'));
	return frame?.replace(/^.*\/src\/lib\//, '').replace(/:\d+\)?$/, '') ?? '(elsewhere)';
};
// The patterns that read the call site are this bench's own: they are not counted.
let inSiteOf = false;
RegExp.prototype.exec = function (this: RegExp, text: string) {
	if (!inSiteOf && ++calls % SAMPLE === 0) {
		inSiteOf = true;
		const site = siteOf(new Error().stack ?? '');
		inSiteOf = false;
		bySite.set(site, (bySite.get(site) ?? 0) + SAMPLE);
	}
	return exec.call(this, text);
};

const out = [`input: ${source}; ${lines} input lines, ${raws.length} items`];
for (const [name, run] of [
	['clean lines', () => printed.forEach((page) => cleanLines(page, furniture))],
	['extract (whole)', () => files.forEach((f) => extractArticles(f, { furniture }))],
	['tag (all stages)', () => tagArticles(raws, deps)],
] as const) {
	calls = 0;
	bySite.clear();
	run();
	out.push(`${name}: ${calls} calls, ${(calls / lines).toFixed(1)} per input line`);
	for (const [site, n] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, sites))
		out.push(`  ~${String(n).padStart(8)}  ${site}`);
}
RegExp.prototype.exec = exec;
process.stdout.write(out.join('\n') + '\n');
