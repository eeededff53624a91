import type { DatabaseSync } from 'node:sqlite';
import { columnWeights } from './embedded-schema.ts';
import { buildNativeExtension } from './native-build.ts';

/** The extension under `native/` that defines `bm25_counts`. */
export const BM25_EXTENSION = 'fts5-bm25-counts';

/** Reasons already logged by this process: the fallback is told once, not at every open. */
const told = new Set<string>();

/**
 * Loads `bm25_counts` (`native/fts5-bm25-counts.c`: FTS5's `bm25()` with each phrase's document
 * count given) into `db`, opened with `allowExtension`, and turns extension loading off again (SQL's
 * `load_extension()` stays off); whether it loaded. A missing compiler or header, a failed build or
 * a failed load leave `bm25()`, with the same answers, and one line on `log`.
 */
export function loadBm25Counts(
	db: DatabaseSync,
	log: (line: string) => void = console.warn,
): boolean {
	const build = buildNativeExtension(BM25_EXTENSION);
	let reason = 'reason' in build ? build.reason : null;
	if ('file' in build)
		try {
			db.loadExtension(build.file);
		} catch (error) {
			reason = `${build.file} did not load: ${(error as Error).message}`;
		}
	db.enableLoadExtension(false);
	if (reason !== null && !told.has(reason)) {
		told.add(reason);
		log(`[search] BM25 counts each phrase in every statement (${reason})`);
	}
	return reason === null;
}

/** The phrases of an FTS5 expression of quoted phrases, in the order FTS5 numbers them. */
export function matchPhrases(expr: string): string[] {
	return expr.match(/"(?:[^"]|"")*"\*?/gu) ?? [];
}

/** Document counts as `bm25_counts` reads them: one float64 each, in the machine's byte order. */
export function countsBlob(counts: readonly number[]): Uint8Array {
	return new Uint8Array(Float64Array.from(counts).buffer);
}

/**
 * The BM25 score of table prefix `p`'s character table in a statement matching `expr`, and the
 * parameters it binds where it stands: `bm25_counts` with the phrases' counts when
 * `phraseCounts` gives them, else FTS5's `bm25()`, which counts them itself.
 */
export function bm25Score(
	p: string,
	weights: readonly [number, number, number],
	expr: string,
	phraseCounts?: (expr: string) => Uint8Array,
): { sql: string; params: Uint8Array[] } {
	const args = `${p}_chars, ${columnWeights(p, weights).join(', ')}`;
	return phraseCounts
		? { sql: `bm25_counts(${args}, ?)`, params: [phraseCounts(expr)] }
		: { sql: `bm25(${args})`, params: [] };
}
