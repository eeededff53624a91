import type { SearchBackend } from './types.ts';

/** Options of `reopeningBackend`. */
export interface ReopeningOptions {
	/** Identity of the index now (see `liveIdentity`); a new value means an index run switched it. */
	identity: () => string | null;
	/** Least time between two identity checks, in milliseconds. */
	checkEveryMs: number;
	/** Clock, for tests. */
	now?: () => number;
	/** Told when a reopen failed (the old index keeps answering and the next check tries again). */
	onError?: (error: unknown) => void;
}

interface Handle {
	backend: SearchBackend;
	identity: string | null;
	inFlight: number;
	retired: boolean;
}

/**
 * A backend that follows index switches: before a call it checks (at most every `checkEveryMs`) the
 * identity of the live index and, when it changed, opens the new one with `open` for this and
 * later calls. Calls already running finish on the old handle, which is closed after the last one.
 */
export async function reopeningBackend(
	open: () => Promise<SearchBackend>,
	options: ReopeningOptions,
): Promise<SearchBackend> {
	const now = options.now ?? (() => performance.now());
	let identity = options.identity();
	let current: Handle = { backend: await open(), identity, inFlight: 0, retired: false };
	let checkedAt = now();
	let opening: Promise<void> | null = null;

	const closeIfIdle = (handle: Handle) => {
		if (handle.retired && handle.inFlight === 0)
			handle.backend.close().catch((error: unknown) => options.onError?.(error));
	};
	const switchTo = async (next: string | null) => {
		try {
			const backend = await open();
			const old = current;
			current = { backend, identity: next, inFlight: 0, retired: false };
			old.retired = true;
			closeIfIdle(old);
		} catch (error) {
			options.onError?.(error);
		}
	};
	const currentHandle = async (): Promise<Handle> => {
		if (now() - checkedAt >= options.checkEveryMs) {
			checkedAt = now();
			identity = options.identity();
			if (identity !== null && identity !== current.identity && !opening)
				opening = switchTo(identity).finally(() => {
					opening = null;
				});
		}
		if (opening) await opening;
		return current;
	};
	const call =
		<K extends 'search' | 'similar' | 'get' | 'listIds' | 'upsert' | 'delete'>(method: K) =>
		async (
			...args: Parameters<SearchBackend[K]>
		): Promise<Awaited<ReturnType<SearchBackend[K]>>> => {
			const handle = await currentHandle();
			handle.inFlight++;
			try {
				const fn = handle.backend[method] as (
					...a: Parameters<SearchBackend[K]>
				) => ReturnType<SearchBackend[K]>;
				return await fn.apply(handle.backend, args);
			} finally {
				handle.inFlight--;
				closeIfIdle(handle);
			}
		};
	return {
		get name() {
			return current.backend.name;
		},
		search: call('search'),
		similar: call('similar'),
		get: call('get'),
		listIds: call('listIds'),
		upsert: call('upsert'),
		delete: call('delete'),
		async close() {
			if (opening) await opening;
			current.retired = true;
			closeIfIdle(current);
		},
	};
}
