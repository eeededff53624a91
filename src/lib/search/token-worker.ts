import { workerData } from 'node:worker_threads';
import { createInMemoryJiebaSegmenter } from '../nlp/jieba/port-segmenters.ts';
import { answerRequests } from '../worker-pool.ts';
import { tokenizeGroup } from './tokenize.ts';

// One tokenizer thread of `token-pool.ts`: the port of the project's jieba segmenter with the whole
// dictionary in memory (cuts as nodejieba does, about 1.8 times as fast) and the stop words it was
// given; answers groups of texts with the space-joined tokens of every text, in order.
const segmenter = createInMemoryJiebaSegmenter();
const stopWords = new Set((workerData as { stopWords: string[] }).stopWords);
answerRequests((groups: string[][]) =>
	groups.flatMap((texts) => tokenizeGroup(texts, segmenter, stopWords)),
);
