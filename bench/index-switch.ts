/**
 * What the atomic index switch costs: an `npm run index` that changes `--changed` articles of a
 * `--docs`-article index, written in place (as before) and into a copy switched in by rename
 * (`src/lib/search/index-file.ts`), side by side, median of `--rounds`. Usage:
 * `node bench/index-switch.ts [--docs 2000] [--seeds 1000] [--changed 20] [--rounds 3]`.
 * The base index is built once into `.cache/bench-switch-<docs>/` and reused.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/lib/schema/release.ts';
import { beginIndexBuild, commitIndexBuild } from '../src/lib/search/index-file.ts';
import { openBackend } from '../src/lib/search/open-backend.ts';
import { upsertArticles } from '../src/lib/search/upsert-articles.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { syntheticArticles } from '../tools/lib/synthetic-corpus.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';

const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '2000' },
		seeds: { type: 'string', default: '1000' },
		changed: { type: 'string', default: '20' },
		rounds: { type: 'string', default: '3' },
	},
});
const docs = Number(values.docs);
const rounds = Number(values.rounds);
const env = { ...process.env, MEILI_URL: '' };

const base = join(PROJECT_ROOT, '.cache', `bench-switch-${docs}`);
const articles = [...syntheticArticles(docs, await benchSeeds(Number(values.seeds)))];
if (!existsSync(join(base, 'complete'))) {
	rmSync(base, { recursive: true, force: true });
	const backend = await openBackend({ dataDir: base, env });
	for (let i = 0; i < articles.length; i += 1000)
		await upsertArticles(backend, articles.slice(i, i + 1000));
	await backend.close();
	writeFileSync(join(base, 'complete'), new Date().toISOString());
}
const changed: Article[] = articles
	.slice(0, Number(values.changed))
	.map((a) => ({ ...a, title: `${a.title}(修订)` }));

/** A fresh data folder holding the base index as a plain file. */
function freshDir(name: string): string {
	const dir = join(PROJECT_ROOT, '.cache', `bench-switch-${name}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	copyFileSync(join(base, 'search.sqlite'), join(dir, 'search.sqlite'));
	copyFileSync(join(base, 'jieba-dict.sqlite'), join(dir, 'jieba-dict.sqlite'));
	return dir;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times = { inPlace: [] as number[], atomic: [] as number[], copy: [] as number[] };
for (let round = 0; round < rounds; round++) {
	const a = freshDir('in-place');
	let t = performance.now();
	const direct = await openBackend({ dataDir: a, env });
	await upsertArticles(direct, changed);
	await direct.close();
	times.inPlace.push(performance.now() - t);

	const b = freshDir('atomic');
	const live = join(b, 'search.sqlite');
	t = performance.now();
	const file = await beginIndexBuild(live, false);
	times.copy.push(performance.now() - t);
	const build = await openBackend({ dataDir: b, file, env });
	await upsertArticles(build, changed);
	await build.close();
	commitIndexBuild(file, live);
	times.atomic.push(performance.now() - t);
}
const mb = statSync(join(base, 'search.sqlite')).size / 1048576;
console.log(
	`${docs} articles (${mb.toFixed(1)} MB index), ${changed.length} changed, median of ${rounds}:`,
);
console.log(`in place                ${median(times.inPlace).toFixed(0).padStart(6)} ms`);
console.log(
	`copy + switch (atomic)  ${median(times.atomic).toFixed(0).padStart(6)} ms   of which the copy ${median(times.copy).toFixed(0)} ms (${(mb / (median(times.copy) / 1000)).toFixed(0)} MB/s)`,
);
for (const name of ['in-place', 'atomic'])
	rmSync(join(PROJECT_ROOT, '.cache', `bench-switch-${name}`), { recursive: true, force: true });
