import { workerData } from 'node:worker_threads';
import { createJiebaSegmenter } from '../nlp/jieba-segmenter.ts';
import { answerRequests } from '../worker-pool.ts';
import { tokenize } from './tokenize.ts';

// One tokenizer thread of `token-pool.ts`: the project's jieba segmenter (same dictionary as the
// main thread) and the stop words it was given; answers texts with their space-joined tokens.
const segmenter = createJiebaSegmenter();
const stopWords = new Set((workerData as { stopWords: string[] }).stopWords);
answerRequests((texts: string[]) => texts.map((t) => tokenize(t, segmenter, stopWords).join(' ')));
