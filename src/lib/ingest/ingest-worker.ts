import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { workerData } from 'node:worker_threads';
import { answerRequests } from '../worker-pool.ts';
import type { IngestWorkerData } from './file-processor.ts';
import { prepareFile, warmUpPipeline, type FileRequest } from './prepare-file.ts';
import type { LineCountRequest } from './count-lines.ts';
import { countLinesInFiles } from './repeated-lines.ts';

// One ingest thread of `workerProcessor`: the pure pipeline with the project's segmenter and themes.
// The run's furniture came once, with the thread; requests carry it only when it differs.
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const { furniture } = (workerData ?? {}) as IngestWorkerData;
// What the pipeline builds on first use is built now, while the main thread lists the inputs.
warmUpPipeline(deps, furniture === undefined ? {} : { furniture });
answerRequests((request: FileRequest | LineCountRequest) => {
	if ('countLines' in request)
		return countLinesInFiles(request.countLines, request.maxChars, request.maxBytes);
	const { path, bytes, options } = request;
	return prepareFile(
		{
			path,
			bytes,
			options: {
				...options,
				...(options.furniture === undefined && furniture !== undefined ? { furniture } : {}),
			},
		},
		deps,
	);
});
