import { createWorkerPool } from '../worker-pool.ts';

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
	const pool = createWorkerPool<string[], string[]>(
		new URL('./token-worker.ts', import.meta.url),
		size,
		{
			stopWords: [...stopWords],
		},
	);
	return { tokenize: (texts) => pool.run(texts), close: () => pool.close() };
}
