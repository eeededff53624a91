import { workerData } from 'node:worker_threads';
import { createJiebaSegmenter } from '../nlp/jieba-segmenter.ts';
import { answerRequests } from '../worker-pool.ts';
import { tokenizeGroup } from './tokenize.ts';

// One tokenizer thread of `token-pool.ts`: the project's jieba segmenter (same dictionary as the
// main thread) and the stop words it was given; answers groups of texts with the space-joined
// tokens of every text, in order.
const segmenter = createJiebaSegmenter();
const stopWords = new Set((workerData as { stopWords: string[] }).stopWords);
answerRequests((groups: string[][]) =>
	groups.flatMap((texts) => tokenizeGroup(texts, segmenter, stopWords)),
);
