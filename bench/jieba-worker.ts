// A baseline thread of `npm run bench:ingest`: raw nodejieba over the project's dictionaries (the
// pipeline's own), answering each batch of texts with its number of words.
import { answerRequests } from '../src/lib/worker-pool.ts';
import { rawJiebaCut } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';

const cut = rawJiebaCut();
// As the ingest threads run a page before they report ready.
cut('县政府召开春耕备耕工作会议，部署全县春耕备耕工作。');
answerRequests((texts: string[]) => texts.reduce((n, text) => n + cut(text).length, 0));
