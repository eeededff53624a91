import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import type { StoreConfig } from './ranking-config.ts';
import { createFrameCompressor, encodeStoredDocs } from './store-frames.ts';
import { dictionaryContent, encodeStoredDoc, storeRowDecoder } from './stored-doc.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const docs = sampleArticles().flatMap((a) => {
	const d = articleToSearchDocuments(a);
	return [d.article, ...d.measures];
});
const config: StoreConfig = { codec: 'zstd', level: 9, dictionaryKb: 64 };

test('同一压缩器逐篇写出的存储行都能单独读回，大小与逐篇压缩相当', async () => {
	const bytes = dictionaryContent(docs.slice(0, 2), config)!;
	const dictionary = { id: 7, bytes };
	const compressor = createFrameCompressor(config.level, bytes);
	// Two calls in flight at once must still give each document its own frame.
	const [first, second] = await Promise.all([
		encodeStoredDocs(docs, config, dictionary, compressor),
		encodeStoredDocs(docs.slice().reverse(), config, dictionary, compressor),
	]);
	compressor.close();
	const read = storeRowDecoder((id) => (id === 7 ? bytes : undefined));
	expect(first!.map(read)).toEqual(docs);
	expect(second!.map(read)).toEqual(docs.slice().reverse());
	const oneShot = docs.map((d) => encodeStoredDoc(d, config, dictionary).length);
	for (const [i, row] of first!.entries()) {
		expect(row[0]).toBe(encodeStoredDoc(docs[i]!, config, dictionary)[0]);
		expect(row.length).toBeLessThanOrEqual(oneShot[i]! + 2);
	}
});

test('非 zstd 编码与逐篇写出的字节完全相同', async () => {
	const brotli: StoreConfig = { codec: 'brotli', level: 5, dictionaryKb: 0 };
	const rows = await encodeStoredDocs(docs, brotli, undefined, undefined);
	expect(rows).toEqual(docs.map((d) => encodeStoredDoc(d, brotli)));
});

test('关闭后的压缩器不再接受文档', async () => {
	const compressor = createFrameCompressor(3);
	compressor.close();
	await expect(compressor.compress(Buffer.from('政务服务'))).rejects.toThrow();
});
