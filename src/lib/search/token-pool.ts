import { Worker } from 'node:worker_threads';

/** Tokenises texts on worker threads (bulk indexing); each thread loads its own jieba dictionary. */
export interface TokenPool {
	/** Space-joined index tokens of every text, in order. */
	tokenize(texts: string[]): Promise<string[]>;
	close(): Promise<void>;
}

/**
 * Starts `size` tokenizer threads using the project's jieba segmenter (`createJiebaSegmenter()`),
 * so only use it with an index built by that segmenter.
 */
export function createTokenPool(size: number, stopWords: ReadonlySet<string>): TokenPool {
	const workers = Array.from(
		{ length: size },
		() =>
			new Worker(new URL('./token-worker.ts', import.meta.url), {
				workerData: { stopWords: [...stopWords] },
			}),
	);
	const pending = new Map<
		number,
		{ resolve: (tokens: string[]) => void; reject: (error: unknown) => void }
	>();
	let next = 0;
	let turn = 0;
	for (const worker of workers) {
		worker.unref();
		worker.on('message', (m: { id: number; tokens: string[] }) => {
			pending.get(m.id)?.resolve(m.tokens);
			pending.delete(m.id);
		});
		worker.on('error', (error) => {
			for (const p of pending.values()) p.reject(error);
			pending.clear();
		});
	}
	return {
		tokenize(texts) {
			const id = next++;
			const worker = workers[turn++ % workers.length]!;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.postMessage({ id, texts });
			});
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		},
	};
}
