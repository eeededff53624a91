import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SearchUnavailableError } from '../errors.ts';
import { configuredBackend, openBackend } from './open-backend.ts';

test('opens the embedded index under DATA_DIR when MEILI_URL is not set', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-open-'));
	const backend = await openBackend({ env: { DATA_DIR: dir } });
	expect(backend.name).toBe('embedded');
	await backend.close();
	rmSync(dir, { recursive: true, force: true });
	expect(configuredBackend({})).toBe('embedded');
});

test('an unreachable Meilisearch is an error naming its URL, never a silent fallback', async () => {
	const url = 'http://127.0.0.1:9';
	expect(configuredBackend({ MEILI_URL: url })).toBe('meilisearch');
	const opening = openBackend({ env: { MEILI_URL: url, DATA_DIR: tmpdir() } });
	await expect(opening).rejects.toBeInstanceOf(SearchUnavailableError);
	await expect(opening).rejects.toThrow(url);
});
