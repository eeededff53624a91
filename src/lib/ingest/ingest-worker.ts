import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { answerRequests } from '../worker-pool.ts';
import type { FileRequest } from './file-processor.ts';
import { processSource } from './pipeline.ts';

// One ingest thread of `workerProcessor`: the pure pipeline with the project's segmenter and themes.
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
answerRequests(({ path, bytes, options }: FileRequest) =>
	processSource({ path, bytes }, deps, options),
);
