import { expect, test } from 'vitest';
import { meiliServerArgs } from './server.ts';

test('always starts with analytics off, on loopback, with the given key and folder', () => {
	const args = meiliServerArgs({ port: 7711, dbPath: '/tmp/x', masterKey: 'k'.repeat(16) });
	expect(args[0]).toBe('--no-analytics');
	expect(args.join(' ')).toContain('--http-addr 127.0.0.1:7711');
	expect(args.join(' ')).toContain('--db-path /tmp/x');
	expect(args.join(' ')).toContain(`--master-key ${'k'.repeat(16)}`);
});

test('refuses a master key shorter than 16 bytes', () => {
	expect(() => meiliServerArgs({ port: 7700, dbPath: '/tmp/x', masterKey: 'short' })).toThrow(
		/at least 16 bytes/u,
	);
});
