/**
 * `npm run build:native [-- --optional]`: builds the SQLite extension of `native/` that the embedded
 * index scores BM25 with (`bm25_counts`, see src/lib/search/bm25-native.ts) into `.cache/native/`
 * and loads it once to check it. The index builds it on first use anyway; CI runs this so that a
 * machine that cannot build it fails loudly instead of testing the fallback only. Exits 1 when it
 * cannot be built or loaded, or 0 with `--optional` (the index then scores with FTS5's `bm25()`).
 */
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { BM25_EXTENSION, loadBm25Counts } from '../src/lib/search/bm25-native.ts';
import { nativeLibraryFile } from '../src/lib/search/native-build.ts';

const { values } = parseArgs({ options: { optional: { type: 'boolean', default: false } } });
const db = new DatabaseSync(':memory:', { allowExtension: true });
const counts = loadBm25Counts(db, (line) => console.error(line));
db.close();
if (counts)
	console.log(`[native] bm25_counts built and loaded: ${nativeLibraryFile(BM25_EXTENSION)}`);
else if (!values.optional) process.exitCode = 1;
