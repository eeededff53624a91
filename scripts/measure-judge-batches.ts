/**
 * `node scripts/measure-judge-batches.ts [--articles 22] [--kept 120] [--action 120] [--other 60] [--seed 12]`
 * writes blind judging batches of ../shared/corpus clauses to `.cache/measure-judge/batch-N.md`
 * (each clause with its article's headline only, read at run time and never committed), a grading
 * guide `guide.md`, and `.cache/measure-judge/sample.json` (where each clause is and its stratum).
 *
 * The sample: `--articles` articles from each source and year of the corpus (人民日报 2019–2020,
 * 新闻联播 2022–2025), every clause of them put in a stratum by the detector of the day (kept /
 * dropped with an action verb / other, see `tools/lib/measure-clauses.ts`), a fixed number drawn
 * from each stratum, then all shuffled: the batches say nothing of what the detector did. Articles
 * alternate between a tune half and a report half, so tuning never sees a report article.
 *
 * `--collect` reads the judges' `labels.txt` or `labels-N.txt` (lines `J001 m` or `J001 n`) and writes
 * `eval/measure-judgments.json`: ids, offsets, strata, halves and labels, no corpus text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRandom, shuffle } from '../src/lib/random.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { corpusPath, readCorpus, type CorpusItem } from '../tools/lib/corpus.ts';
import {
	MeasureJudgmentsSchema,
	STRATA,
	corpusClauses,
	stratumOf,
	type MeasureJudgments,
	type Stratum,
} from '../tools/lib/measure-clauses.ts';
import { PROJECT_ROOT, fail } from '../tools/lib/project.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '22' },
		kept: { type: 'string', default: '120' },
		action: { type: 'string', default: '120' },
		other: { type: 'string', default: '60' },
		seed: { type: 'string', default: '12' },
		'batch-size': { type: 'string', default: '50' },
		collect: { type: 'boolean', default: false },
		name: { type: 'string' },
		half: { type: 'string' },
	},
});
if (values.half !== undefined && values.half !== 'tune' && values.half !== 'report')
	fail('--half must be `tune` or `report`', 2);
const namedHalf: 'tune' | 'report' = values.half === 'tune' ? 'tune' : 'report';
// A named set (--name fresh) is a later, independent set: its articles exclude those of every
// judged set in eval/, and all its clauses are in the report half (or `--half tune`: a set to
// tune and train on).
const suffix = values.name ? `-${values.name}` : '';
const DIR = join(PROJECT_ROOT, `.cache/measure-judge${suffix}`);
const OUT = join(PROJECT_ROOT, `eval/measure-judgments${suffix}.json`);
const FIRST = join(PROJECT_ROOT, 'eval/measure-judgments.json');
const ABOUT =
	'Blind judgments of corpus clauses as measures (举措) or not, for `npm run eval:measures`. Written by `node scripts/measure-judge-batches.ts`: clauses located by article id and character offset (no text); strata give the sampling rates (pool = clauses of the sampled articles in the stratum). Labelled from batch files that show only the clause and its headline, before looking at the detector.';

const GUIDE = `# Grading guide: is this clause a measure (举措)?

Write one line per clause in labels.txt: \`J001 m\` or \`J001 n\`. Judge the clause alone (with its headline for context).

- **m (measure)**: a concrete government action or commitment a reader could compare across regions:
  who does what (sets up, issues, grants, waives, dispatches, inspects, builds, trains …) with
  something concrete: numbers, amounts, time limits, frequencies, institutions, named documents or
  programmes, a target group. A rule stated in normative wording (一律, 不得, 严禁) counts.
  Policy content announced by a national body (国务院常务会议确定…, 出台…意见, 提出…措施) counts.
- **n (not)**: a dateline or outlet tag alone; an event report (a meeting held, who attended, spoke,
  chaired, met whom); diplomacy and speech (X said, X stressed we must …); background (where a place
  lies, what a thing is, history); praise and evaluation (成效显著); a statistic of results without
  the action that produced it (GDP grew 5%); a goal or exhortation without a concrete action
  (要加强…, 必须坚持…); an anecdote of one person; a fragment with no action of its own.
`;

type Item = MeasureJudgments['items'][number] & { title: string; text: string };

async function write(corpus: string): Promise<void> {
	const seed = Number(values.seed);
	const next = createRandom(seed);
	const groups = new Map<string, CorpusItem[]>();
	for await (const item of readCorpus(corpus)) {
		const group = `${item.source}:${item.date.slice(0, 4)}`;
		groups.set(group, [...(groups.get(group) ?? []), item]);
	}
	const config = readThemeConfig(PROJECT_ROOT);
	const judged = values.name
		? readdirSync(dirname(FIRST)).filter((f) => /^measure-judgments.*\.json$/u.test(f))
		: [];
	const taken = new Set<string>(
		judged.flatMap((f) =>
			MeasureJudgmentsSchema.parse(
				JSON.parse(readFileSync(join(dirname(FIRST), f), 'utf8')),
			).items.map((i) => i.id),
		),
	);
	const pools = new Map<Stratum, Item[]>(STRATA.map((s) => [s, []]));
	let n = 0;
	for (const [, items] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		const fresh = shuffle(items, next).filter((item) => !taken.has(item.id));
		for (const article of fresh.slice(0, Number(values.articles))) {
			const half = values.name ? namedHalf : n++ % 2 === 1 ? 'report' : 'tune';
			for (const c of corpusClauses(article)) {
				const stratum = stratumOf(c.text, config);
				pools.get(stratum)!.push({
					key: '',
					id: article.id,
					offset: c.offset,
					length: c.length,
					stratum,
					half,
					title: article.title,
					text: c.text,
				});
			}
		}
	}
	const strata = {} as MeasureJudgments['strata'];
	const sample: Item[] = [];
	for (const s of STRATA) {
		const pool = pools.get(s)!;
		const drawn = shuffle([...pool], next).slice(0, Number(values[s]));
		strata[s] = { pool: pool.length, sampled: drawn.length };
		sample.push(...drawn);
	}
	shuffle(sample, next).forEach((item, i) => (item.key = `J${String(i + 1).padStart(3, '0')}`));
	mkdirSync(DIR, { recursive: true });
	writeFileSync(join(DIR, 'guide.md'), GUIDE);
	const size = Number(values['batch-size']);
	for (let b = 0; b * size < sample.length; b++) {
		const lines = sample
			.slice(b * size, (b + 1) * size)
			.map((item) => `## ${item.key}\n标题：${item.title}\n句子：${item.text}\n`);
		writeFileSync(join(DIR, `batch-${b + 1}.md`), `${lines.join('\n')}`);
	}
	const located = sample.map(({ title: _t, text: _x, ...rest }) => rest);
	const out: MeasureJudgments = {
		about: ABOUT,
		corpus: 'news-2019-2025.jsonl.gz',
		seed,
		strata,
		items: located,
	};
	writeFileSync(join(DIR, 'sample.json'), `${JSON.stringify(out, null, '\t')}\n`);
	console.log(
		`${sample.length} clauses in ${Math.ceil(sample.length / size)} batches under ${DIR}`,
	);
	console.log(STRATA.map((s) => `${s}: ${strata[s].sampled} of ${strata[s].pool}`).join(', '));
}

function collect(): void {
	const file = join(DIR, 'sample.json');
	const sample = MeasureJudgmentsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
	const labels = new Map<string, 'measure' | 'not'>();
	// One judge's labels.txt, or one labels-N.txt per batch when several judges shared the work.
	for (const name of readdirSync(DIR).filter((f) => /^labels(-\d+)?\.txt$/u.test(f))) {
		const file = join(DIR, name);
		for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
			if (!line.trim()) continue;
			const m = /^(J\d+)\s+([mn])\s*$/.exec(line.trim());
			if (!m) fail(`${file}:${i + 1}: expected "J001 m" or "J001 n", got "${line}"`);
			labels.set(m[1]!, m[2] === 'm' ? 'measure' : 'not');
		}
	}
	const missing = sample.items.filter((item) => !labels.has(item.key)).map((i) => i.key);
	if (missing.length > 0) fail(`the labels files have no label for ${missing.join(' ')}`);
	const items = sample.items.map((item) => ({ ...item, label: labels.get(item.key) }));
	writeFileSync(OUT, `${JSON.stringify({ ...sample, items }, null, '\t')}\n`);
	console.log(`${items.length} judgments written to ${OUT}`);
}

const corpus = corpusPath();
if (values.collect) collect();
else if (!corpus) fail('measure-judge-batches needs ../shared/corpus (or JUCUO_CORPUS)', 2);
else await write(corpus);
