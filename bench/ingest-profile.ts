// `node --cpu-prof --cpu-prof-dir=DIR bench/ingest-profile.ts [--docs N]`: the whole ingest pipeline
// on one thread over N corpus articles (or the sample pages repeated), for a CPU profile of where
// its time goes. The inputs are written and the dictionaries loaded before the timed part; the
// printed CPU time covers the pipeline alone (compare it with `npm run bench:ingest`'s baseline).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles } from '../src/lib/ingest/ingest-files.ts';
import { inProcessProcessor } from '../src/lib/ingest/file-processor.ts';
import { warmUpPipeline } from '../src/lib/ingest/prepare-file.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readPageFurniture } from '../src/lib/schema/page-furniture.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { writeBenchInputs } from './ingest-inputs.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' } } });
const inputDir = await mkdtemp(join(tmpdir(), 'jucuo-profile-in-'));
const { source } = await writeBenchInputs(inputDir, Number(values.docs));
const contentDir = await mkdtemp(join(tmpdir(), 'jucuo-profile-out-'));
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const furniture = readPageFurniture();
warmUpPipeline(deps, { furniture });
const cpu0 = process.cpuUsage();
const summary = await ingestFiles([inputDir], () => inProcessProcessor(deps), {
	contentDir,
	dryRun: false,
	furniture,
});
const { user, system } = process.cpuUsage(cpu0);
await rm(inputDir, { recursive: true, force: true });
await rm(contentDir, { recursive: true, force: true });
process.stdout.write(
	`${source}: ${summary.articles} articles, ${summary.measures} measures; CPU ${((user + system) / 1e6).toFixed(2)} s (1 thread)\n`,
);
