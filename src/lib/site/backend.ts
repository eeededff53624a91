import { openBackend } from '../search/open-backend.ts';
import type { SearchBackend } from '../search/types.ts';
import { loadEmbedder } from '../semantic/index.ts';
import { siteLimits } from './site-limits.ts';

const KEY = Symbol.for('jucuo.site.backend');
type Holder = { [KEY]?: Promise<SearchBackend> };

/**
 * The search backend of this server process, opened on first use and reused (one SQLite handle
 * or one Meilisearch client). A failed open is not cached, so the next request tries again.
 * The local embedding model, when present, is loaded before the first answer (about a second,
 * once per process), so a URL gives the same hybrid result set on every load; without the model
 * every search is lexical. Each index it opens is warmed in the background (`SearchBackend.warm`).
 * When `npm run index` switches the index, the process notices within `indexSwitchCheckMs` and
 * reopens it; requests already running finish on the old one.
 */
export function getBackend(): Promise<SearchBackend> {
	const holder = globalThis as Holder;
	holder[KEY] ??= loadedEmbedder()
		.then((embedder) =>
			openBackend({
				embedder,
				requireIndex: true,
				followSwitchesMs: siteLimits().indexSwitchCheckMs,
				warm: true,
			}),
		)
		.catch((error: unknown) => {
			delete holder[KEY];
			throw error;
		});
	return holder[KEY];
}

function loadedEmbedder() {
	return loadEmbedder().catch((error: unknown) => {
		console.error('[search] the embedding model could not be loaded; ranking stays lexical', error);
		return null;
	});
}
