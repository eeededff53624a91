import { parentPort, workerData } from 'node:worker_threads';
import { createJiebaSegmenter } from '../nlp/jieba-segmenter.ts';
import { tokenize } from './tokenize.ts';

// One tokenizer thread of `token-pool.ts`: the project's jieba segmenter (same dictionary as the
// main thread) and the stop words it was given; answers `{ id, texts }` with space-joined tokens.
const segmenter = createJiebaSegmenter();
const stopWords = new Set((workerData as { stopWords: string[] }).stopWords);
parentPort!.on('message', (message: { id: number; texts: string[] }) => {
	parentPort!.postMessage({
		id: message.id,
		tokens: message.texts.map((t) => tokenize(t, segmenter, stopWords).join(' ')),
	});
});
