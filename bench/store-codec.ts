/**
 * Stored-document codecs side by side: real articles of ../shared/corpus (else content/articles)
 * as search documents, each written as an index store row (`encodeStoredDoc`) and read back
 * (`storeRowDecoder`: decompress and JSON.parse, what a query pays per document it shows or
 * rescores). Prints, per codec, the rows' size against their JSON and the CPU time (not wall
 * clock: the machine is shared) per document to write and to read. A dictionary is made as the
 * index makes it, from the first batch of documents written; the sizes are of the documents after
 * that batch. Usage: `node bench/store-codec.ts [--docs 6000] [--batch 1000]`.
 */
import { parseArgs } from 'node:util';
import type { StoreConfig } from '../src/lib/search/store-config.ts';
import { loadRankingConfig } from '../src/lib/search/ranking-config.ts';
import { storeRowDecoder } from '../src/lib/search/store-row-decoder.ts';
import {
	dictionaryContent,
	encodeStoredDoc,
	type StoreDictionary,
} from '../src/lib/search/stored-doc.ts';
import { articleToSearchDocuments } from '../src/lib/search/to-search-document.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

const usage = 'node bench/store-codec.ts [--docs N] [--batch N]';
const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '6000' },
		batch: { type: 'string', default: '1000' },
	},
});
const count = positiveIntegerOption('docs', values.docs, usage);
const batch = positiveIntegerOption('batch', values.batch, usage);

const docs = (await benchSeeds(count)).map((a) => articleToSearchDocuments(a).article);
const first = docs.slice(0, batch);
const rest = docs.slice(batch);
if (rest.length === 0) {
	console.error(`--docs must exceed --batch (${batch}): the sizes are of the documents after it.`);
	process.exit(2);
}
const jsonBytes = rest.reduce((sum, d) => sum + Buffer.byteLength(JSON.stringify(d), 'utf8'), 0);
const configured = loadRankingConfig().store;
const configs: StoreConfig[] = [
	{ codec: 'none', level: 0, dictionaryKb: 0 },
	{ codec: 'deflate', level: 6, dictionaryKb: 0 },
	{ codec: 'brotli', level: 5, dictionaryKb: 0 },
	{ codec: 'zstd', level: 3, dictionaryKb: 0 },
	{ codec: 'zstd', level: 9, dictionaryKb: 0 },
	{ codec: 'zstd', level: 3, dictionaryKb: 64 },
	{ codec: 'zstd', level: 5, dictionaryKb: 64 },
	{ codec: 'zstd', level: 6, dictionaryKb: 64 },
	{ codec: 'zstd', level: 7, dictionaryKb: 64 },
	{ codec: 'zstd', level: 9, dictionaryKb: 32 },
	{ codec: 'zstd', level: 9, dictionaryKb: 64 },
	{ codec: 'zstd', level: 9, dictionaryKb: 112 },
	{ codec: 'zstd', level: 9, dictionaryKb: 0, text: 'utf16le' },
	{ codec: 'zstd', level: 9, dictionaryKb: 64, text: 'utf16le' },
	// A larger dictionary stores less but is loaded into the compressor for every row.
	{ codec: 'zstd', level: 9, dictionaryKb: 112, text: 'utf16le' },
	{ codec: 'zstd', level: 9, dictionaryKb: 128, text: 'utf16le' },
	{ codec: 'zstd', level: 12, dictionaryKb: 64, text: 'utf16le' },
	// Higher levels: about 2 % smaller rows for eight or nine times the CPU per document written.
	{ codec: 'zstd', level: 15, dictionaryKb: 64, text: 'utf16le' },
	{ codec: 'zstd', level: 19, dictionaryKb: 64, text: 'utf16le' },
	{ codec: 'brotli', level: 5, dictionaryKb: 0, text: 'utf16le' },
];

const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

function measure(config: StoreConfig) {
	const content = dictionaryContent(first, config);
	const dictionary: StoreDictionary | undefined = content ? { id: 1, bytes: content } : undefined;
	let t = cpuMs();
	const rows = rest.map((d) => encodeStoredDoc(d, config, dictionary));
	const writeMs = cpuMs() - t;
	const read = storeRowDecoder(() => content);
	t = cpuMs();
	for (const row of rows) read(row);
	const readMs = cpuMs() - t;
	const bytes = rows.reduce((sum, r) => sum + r.length, 0);
	return { bytes, writeUs: (writeMs * 1000) / rows.length, readUs: (readMs * 1000) / rows.length };
}

console.log(
	`store codecs: ${rest.length} real articles after a first batch of ${first.length}, JSON ${(jsonBytes / rest.length).toFixed(0)} bytes each on average; CPU µs per document (second of two passes)`,
);
console.log('codec                                size/JSON  write µs  read µs');
const label = (c: StoreConfig) =>
	`${c.codec}${c.codec === 'none' ? '' : ` ${c.level}`}${c.dictionaryKb ? ` + ${c.dictionaryKb} KB dictionary` : ''}${c.text === 'utf16le' ? ', UTF-16' : ''}${c.codec === configured.codec && c.level === configured.level && c.dictionaryKb === configured.dictionaryKb && c.text === configured.text ? ' (ranking.json)' : ''}`;
for (const config of configs) measure(config);
for (const config of configs) {
	const r = measure(config);
	console.log(
		`${label(config).padEnd(36)} ${(r.bytes / jsonBytes).toFixed(3).padStart(9)}  ${r.writeUs.toFixed(0).padStart(8)}  ${r.readUs.toFixed(1).padStart(7)}`,
	);
}
