import { createWorkerPool } from '../worker-pool.ts';

/** Tokenises texts on worker threads (bulk indexing); each thread loads its own jieba dictionary. */
export interface TokenPool {
	/**
	 * Space-joined index tokens of every text of every group, in order. A group is the texts of
	 * one article (see `tokenizeGroup`): a sentence repeated inside it is cut once.
	 */
	tokenize(groups: string[][]): Promise<string[]>;
	close(): Promise<void>;
}

/**
 * Starts `size` tokenizer threads cutting as the project's jieba segmenter (`createJiebaSegmenter()`)
 * does, through its in-memory port; so only use it with an index built by that segmenter.
 */
export function createTokenPool(size: number, stopWords: ReadonlySet<string>): TokenPool {
	const pool = createWorkerPool<string[][], string[]>(
		new URL('./token-worker.ts', import.meta.url),
		size,
		{
			stopWords: [...stopWords],
		},
	);
	return { tokenize: (groups) => pool.run(groups), close: () => pool.close() };
}
