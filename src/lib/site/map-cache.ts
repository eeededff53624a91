/**
 * A small least-recently-used cache of rendered strings. Rendering a map costs tens of
 * milliseconds; the same (area, counts) pair repeats on every visit until the index changes.
 */
export function createRenderCache(maxEntries: number): {
	get(key: string, render: () => string): string;
	size(): number;
} {
	const entries = new Map<string, string>();
	return {
		get(key, render) {
			const hit = entries.get(key);
			if (hit !== undefined) {
				entries.delete(key);
				entries.set(key, hit);
				return hit;
			}
			const value = render();
			if (maxEntries > 0) {
				entries.set(key, value);
				if (entries.size > maxEntries) entries.delete(entries.keys().next().value ?? '');
			}
			return value;
		},
		size: () => entries.size,
	};
}
