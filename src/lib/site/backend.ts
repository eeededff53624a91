import { openBackend } from '../search/open-backend.ts';
import type { SearchBackend } from '../search/types.ts';

const KEY = Symbol.for('jucuo.site.backend');
type Holder = { [KEY]?: Promise<SearchBackend> };

/**
 * The search backend of this server process, opened on first use and reused (one SQLite handle
 * or one Meilisearch client). A failed open is not cached, so the next request tries again.
 */
export function getBackend(): Promise<SearchBackend> {
	const holder = globalThis as Holder;
	holder[KEY] ??= openBackend().catch((error: unknown) => {
		delete holder[KEY];
		throw error;
	});
	return holder[KEY];
}
