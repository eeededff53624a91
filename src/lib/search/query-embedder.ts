import type { VectorSource } from './sync-index.ts';

/** An embedder for queries, given outright, as a promise still loading, or absent. */
export type QueryEmbedderOption = VectorSource | Promise<VectorSource | null> | null | undefined;

/**
 * A getter for the embedder that never waits: null while a promised embedder loads (or when it
 * failed or is absent), so searches stay lexical instead of blocking on the model.
 */
export function readyEmbedder(option: QueryEmbedderOption): () => VectorSource | null {
	let ready: VectorSource | null = option instanceof Promise ? null : (option ?? null);
	if (option instanceof Promise)
		option.then(
			(e) => (ready = e),
			() => (ready = null),
		);
	return () => ready;
}

/** The query's vector (kind `query`), or null when the embedder fails: the search then stays lexical. */
export async function embedQuery(embedder: VectorSource, q: string): Promise<Float32Array | null> {
	try {
		const [vector] = await embedder.embed([q.replace(/["“”]/gu, ' ').trim()], { kind: 'query' });
		return vector ?? null;
	} catch {
		return null;
	}
}
