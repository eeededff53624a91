// `node bench/ingest-batching.ts [--docs N] [--sizes 1,8,32,128] [--rounds R]`: processor time of the
// pipeline (`prepareFiles`, on this thread) over the same N corpus articles (else the sample pages
// repeated) cut into batches of each size, side by side; size 1 is file by file. Sizes are run in
// turn, round after round, so each sees the same machine; the median per size is printed.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareFiles } from '../src/lib/ingest/prepare-file.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { median } from '../tools/lib/bench-stats.ts';
import { writeBenchInputs } from './ingest-inputs.ts';

const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '1000' },
		sizes: { type: 'string', default: '1,8,32,128' },
		rounds: { type: 'string', default: '5' },
	},
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
	throw new TypeError(`--sizes takes whole numbers from 1, not "${values.sizes}"`);

const dir = await mkdtemp(join(tmpdir(), 'jucuo-bench-batch-'));
const { source } = await writeBenchInputs(dir, Number(values.docs));
const furniture = readPageFurniture();
const names = (await readdir(dir)).sort();
const requests = await Promise.all(
	names.map(async (name) => ({
		path: join(dir, name),
		bytes: await readFile(join(dir, name)),
		options: { furniture },
	})),
);
await rm(dir, { recursive: true, force: true });
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};
const run = (size: number) => {
	const start = cpuMs();
	for (let at = 0; at < requests.length; at += size)
		prepareFiles(requests.slice(at, at + size), deps);
	return cpuMs() - start;
};
// One untimed pass each, so every size starts with compiled code.
for (const size of sizes) run(size);
const times = new Map<number, number[]>(sizes.map((size) => [size, []]));
for (let round = 0; round < Number(values.rounds); round++)
	for (const size of sizes) times.get(size)!.push(run(size));
const base = median(times.get(sizes[0]!)!);
process.stdout.write(`${source}, ${values.rounds} rounds; CPU ms of the pipeline (median)\n`);
process.stdout.write(`files per batch   CPU ms   vs ${sizes[0]}\n`);
for (const size of sizes) {
	const ms = median(times.get(size)!);
	process.stdout.write(
		`${String(size).padStart(15)} ${ms.toFixed(0).padStart(8)}   ${(ms / base).toFixed(2)}\n`,
	);
}
