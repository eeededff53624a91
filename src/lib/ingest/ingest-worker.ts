import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { workerData } from 'node:worker_threads';
import { answerRequests } from '../worker-pool.ts';
import { StageFailure } from './batch-stages.ts';
import type { BatchReply, IngestRequest, IngestWorkerData } from './file-processor.ts';
import { prepareFiles, warmUpPipeline } from './prepare-file.ts';
import { countLinesInFiles } from './repeated-lines.ts';

// One ingest thread of `workerProcessor`: the pure pipeline with the project's segmenter and themes.
// The run's furniture came once, with the thread; requests carry it only when it differs.
const deps = { segmenter: createJiebaSegmenter(), themes: readThemeConfig() };
const { furniture } = (workerData ?? {}) as IngestWorkerData;
// What the pipeline builds on first use is built now, while the main thread lists the inputs.
warmUpPipeline(deps, furniture === undefined ? {} : { furniture });
answerRequests((request: IngestRequest): BatchReply | Map<string, number> => {
	if ('countLines' in request)
		return countLinesInFiles(request.countLines, request.maxChars, request.maxBytes);
	const requests = request.batch.map(({ path, bytes, options }) => ({
		path,
		bytes,
		options: {
			...options,
			...(options.furniture === undefined && furniture !== undefined ? { furniture } : {}),
		},
	}));
	// A file whose pipeline throws is answered with the error; the batch's other files go on.
	return prepareFiles(requests, deps).map((file) => {
		if (!(file instanceof StageFailure)) return file;
		const { name, message } =
			file.error instanceof Error ? file.error : new Error(String(file.error));
		return { error: { name, message } };
	});
});
