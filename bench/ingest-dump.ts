// `node bench/ingest-dump.ts OUT_DIR [--docs N]`: ingests N corpus articles (the inputs of the
// ingest benchmarks) on this thread into OUT_DIR, so that two versions of the pipeline can be
// compared file by file (`diff -r`): a speed-up must leave every written article as it was.
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles } from '../src/lib/ingest/ingest-files.ts';
import { inProcessProcessor } from '../src/lib/ingest/file-processor.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';
import { writeBenchInputs } from './ingest-inputs.ts';

const USAGE = 'node bench/ingest-dump.ts OUT_DIR [--docs N]';
const { values, positionals } = parseArgs({
	options: { docs: { type: 'string', default: '3000' } },
	allowPositionals: true,
});
const [contentDir] = positionals;
if (contentDir === undefined) throw new TypeError(`usage: ${USAGE}`);
const docs = positiveIntegerOption('docs', values.docs, USAGE);
// One fixed input folder: an article's id and `sourceFile` come from its input's path.
const inputDir = join(tmpdir(), 'jucuo-dump-in');
await rm(inputDir, { recursive: true, force: true });
const { source } = await writeBenchInputs(inputDir, docs);
const furniture = readPageFurniture();
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const summary = await ingestFiles([inputDir], () => inProcessProcessor(deps), {
	contentDir,
	dryRun: false,
	furniture,
});
await rm(inputDir, { recursive: true, force: true });
process.stdout.write(
	`${source}: ${summary.articles} articles, ${summary.measures} measures, ${summary.duplicates} duplicates into ${contentDir}\n`,
);
