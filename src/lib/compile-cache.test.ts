import { expect, test } from 'vitest';
import { compileCacheDir, withCompileCache } from './compile-cache.ts';

test("the cache lives in the checkout's .cache/node-compile-cache/ unless NODE_COMPILE_CACHE names one", () => {
	expect(compileCacheDir({})).toMatch(/[/\\]\.cache[/\\]node-compile-cache[/\\]$/);
	expect(compileCacheDir({ NODE_COMPILE_CACHE: '/elsewhere' })).toBe('/elsewhere');
	expect(withCompileCache({ HOME: '/h' })).toEqual({
		HOME: '/h',
		NODE_COMPILE_CACHE: compileCacheDir({}),
	});
});

test('NODE_DISABLE_COMPILE_CACHE keeps it off, for worker threads too', () => {
	const env = { NODE_DISABLE_COMPILE_CACHE: '1' };
	expect(compileCacheDir(env)).toBeUndefined();
	expect(withCompileCache(env)).toEqual(env);
});
