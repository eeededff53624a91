/**
 * Results kept for `ttlMs` per key, at most `maxEntries` of them (the oldest dropped first). A
 * timeline reads thousands of articles; its numbers change only when the index does, so a theme or
 * 提法 page reuses them for a few minutes. A failed computation is not kept.
 */
export function createTtlCache<T>(
	ttlMs: number,
	maxEntries: number,
	now: () => number = Date.now,
): { get(key: string, compute: () => Promise<T>): Promise<T> } {
	const entries = new Map<string, { at: number; value: Promise<T> }>();
	return {
		get(key, compute) {
			const hit = entries.get(key);
			if (hit && now() - hit.at <= ttlMs) return hit.value;
			const value = compute();
			entries.delete(key);
			entries.set(key, { at: now(), value });
			value.catch(() => entries.delete(key));
			while (entries.size > maxEntries) entries.delete(entries.keys().next().value ?? '');
			return value;
		},
	};
}
