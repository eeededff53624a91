import { openBackend } from '../search/open-backend.ts';
import type { SearchBackend } from '../search/types.ts';
import { loadEmbedder } from '../semantic/index.ts';

const KEY = Symbol.for('jucuo.site.backend');
type Holder = { [KEY]?: Promise<SearchBackend> };

/**
 * The search backend of this server process, opened on first use and reused (one SQLite handle
 * or one Meilisearch client). A failed open is not cached, so the next request tries again.
 * The local embedding model, when present, loads in the background for hybrid ranking; searches
 * are lexical until it is ready, and stay lexical without it.
 */
export function getBackend(): Promise<SearchBackend> {
	const holder = globalThis as Holder;
	holder[KEY] ??= openBackend({ embedder: backgroundEmbedder(), requireIndex: true }).catch(
		(error: unknown) => {
			delete holder[KEY];
			throw error;
		},
	);
	return holder[KEY];
}

function backgroundEmbedder() {
	return loadEmbedder().catch((error: unknown) => {
		console.error('[search] the embedding model could not be loaded; ranking stays lexical', error);
		return null;
	});
}
