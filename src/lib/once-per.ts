/**
 * `build` memoised per key object: each config list or record (a frozen value read once at load)
 * is compiled into its patterns or tables the first time a line asks, and never again; a key that
 * is dropped takes its value with it (a `WeakMap`).
 */
export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
	const cache = new WeakMap<K, V>();
	return (key) => {
		if (cache.has(key)) return cache.get(key) as V;
		const value = build(key);
		cache.set(key, value);
		return value;
	};
}
