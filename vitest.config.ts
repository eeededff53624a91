import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'tools/**/*.test.ts',
			'tests/**/*.test.ts',
		],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Two cores: keep one worker per core and isolate native addons per process.
		pool: 'forks',
		maxWorkers: 2,
	},
});
