import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadEmbedder, type Embedder } from '../../src/lib/semantic/embedder.ts';
import { resolveModelDir } from '../../src/lib/semantic/model-files.ts';
import { cachedEmbeddings } from './embedding-cache.ts';

const modelDir = await resolveModelDir();
const TEXTS = ['优化营商环境\n推行惠企政策免申即享', '乡村振兴\n发展特色产业带动村民增收'];

describe.skipIf(modelDir === null)('cachedEmbeddings with bge-small-zh', () => {
	let root = '';
	let embedder: Embedder | undefined;
	afterAll(async () => {
		await embedder?.dispose();
		if (root) await rm(root, { recursive: true, force: true });
	});

	test('embeds a text once, then reads its vector back from the file', async () => {
		root = await mkdtemp(join(tmpdir(), 'jucuo-embed-cache-'));
		const file = join(root, 'vectors.bin');
		let loads = 0;
		const load = async () => {
			loads++;
			embedder ??= (await loadEmbedder({ modelDir: modelDir ?? '' })) ?? undefined;
			if (!embedder) throw new Error('no model');
			return embedder;
		};
		const first = await cachedEmbeddings(TEXTS, file, load);
		expect(first).toHaveLength(2);
		expect(first[0]).toHaveLength(512);
		const again = await cachedEmbeddings([TEXTS[1] ?? '', TEXTS[0] ?? ''], file, load);
		expect(loads).toBe(1);
		expect(again[0]).toEqual(first[1]);
		expect(again[1]).toEqual(first[0]);
	});
});
