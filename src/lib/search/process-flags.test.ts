import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { searchProcessFlags } from './process-flags.ts';

test('Node starts with the flags of a search process (a misspelt flag stops it at once)', () => {
	const flags = searchProcessFlags();
	expect(flags).toEqual([expect.stringMatching(/^--max-semi-space-size=\d+$/u)]);
	const run = spawnSync(process.execPath, [...flags, '-e', 'console.log(process.execArgv[0])'], {
		encoding: 'utf8',
	});
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	expect(run.stdout.trim()).toBe(flags.join(' '));
});
