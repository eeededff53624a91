import { describe, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { documentText } from './search-hit.ts';
import { indexRows, type IndexInput, type IndexRows } from './index-rows.ts';
import { createIndexRowsPool } from './index-rows-pool.ts';
import type { StoreConfig } from './store-config.ts';
import { dictionaryContent } from './stored-doc.ts';
import { storeRowDecoder } from './store-row-decoder.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const docs = sampleArticles().flatMap((a) => {
	const { article, measures } = articleToSearchDocuments(a);
	return [article, ...measures.slice(0, 2)];
});
const inputs: IndexInput[] = docs.map((doc) => ({
	json: JSON.stringify(doc),
	...documentText(doc),
}));

describe.each<StoreConfig>([
	{ codec: 'zstd', level: 9, dictionaryKb: 0 },
	{ codec: 'brotli', level: 5, dictionaryKb: 0 },
	{ codec: 'none', level: 0, dictionaryKb: 0 },
])('$codec', (config) => {
	test('编码线程写出的行与主线程逐字节相同，顺序不变', async () => {
		const bytes = dictionaryContent(docs.slice(1), { ...config, dictionaryKb: 8 });
		const dictionary = bytes && { id: 5, bytes };
		const pool = createIndexRowsPool(2);
		try {
			// More documents than one request holds, so the answers of several requests are joined.
			const many = [...inputs, ...inputs, ...inputs];
			const rows = await pool.encode(many, config, dictionary);
			const text = (g: string | Uint8Array) =>
				typeof g === 'string' ? g : new TextDecoder().decode(g);
			const asText = (r: IndexRows) => ({
				stored: Buffer.from(r.stored),
				title: text(r.title),
				measures: text(r.measures),
				body: text(r.body),
			});
			expect(rows.map(asText)).toEqual(many.map((i) => asText(indexRows(i, config, dictionary))));
			const read = storeRowDecoder((id) => (id === 5 ? bytes : undefined));
			expect(rows.map((r) => read(r.stored))).toEqual([...docs, ...docs, ...docs]);
		} finally {
			await pool.close();
		}
	});
});
