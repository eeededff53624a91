import type { DatabaseSync } from 'node:sqlite';
import { quantizeRowInto } from '../semantic/cosine.ts';

/** Rows quantised to int8 with one scale per row: value ≈ data[i] * scales[row]. */
interface Int8Matrix {
	dimensions: number;
	rows: number;
	data: Int8Array;
	scales: Float32Array;
}

/**
 * A collection's stored vectors as one int8 matrix (a quarter of Float32's memory; cosine error
 * ~1e-3), with the SQLite rowid of every matrix row, for brute-force scans over a filtered set.
 */
export interface VectorIndex {
	matrix: Int8Matrix;
	/** Matrix row → rowid, ascending. */
	rowids: Int32Array;
	/** Rowid → matrix row, -1 where a rowid has no vector (an array: rowids are dense). */
	rowOf: Int32Array;
	/**
	 * Each row's hubness (`hubness.ts`: its k-occurrence over the average, 1 where not measured),
	 * when the collection's hubs were measured.
	 */
	hubs?: Float32Array;
}

/** Bytes of a stored vector's header: its int8 scale as a little-endian float32. */
const SCALE_BYTES = 4;

/**
 * A vector as stored in `${prefix}_vec`: its int8 quantisation (`quantizeRowInto`) after its scale,
 * so loading the matrix is a copy. A quarter of Float32's bytes.
 */
export function encodeVector(vector: Float32Array): Uint8Array {
	const bytes = new Uint8Array(SCALE_BYTES + vector.length);
	const data = new Int8Array(bytes.buffer, SCALE_BYTES);
	const scale = quantizeRowInto(vector, 0, vector.length, data, 0);
	new DataView(bytes.buffer).setFloat32(0, scale, true);
	return bytes;
}

/** The vector `encodeVector` stored, dequantised (cosine error ~1e-3). */
export function decodeVector(bytes: Uint8Array): Float32Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const scale = view.getFloat32(0, true);
	const out = new Float32Array(bytes.byteLength - SCALE_BYTES);
	for (let i = 0; i < out.length; i++) out[i] = view.getInt8(SCALE_BYTES + i) * scale;
	return out;
}

/** Reads every vector of table `${prefix}_vec` into a matrix, a row at a time; null when there is none. */
export function loadVectorIndex(db: DatabaseSync, prefix: string): VectorIndex | null {
	const first = db
		.prepare(
			`SELECT count(*) AS n, max(length(vec)) AS bytes, max(doc) AS maxRowid FROM ${prefix}_vec`,
		)
		.get() as { n: number; bytes: number | null; maxRowid: number | null };
	if (!first.n || !first.bytes || first.maxRowid === null) return null;
	const dimensions = first.bytes - SCALE_BYTES;
	const data = new Int8Array(first.n * dimensions);
	const scales = new Float32Array(first.n);
	const rowids = new Int32Array(first.n);
	const rowOf = new Int32Array(first.maxRowid + 1).fill(-1);
	let row = 0;
	for (const r of db
		.prepare(`SELECT doc, vec FROM ${prefix}_vec ORDER BY doc`)
		.iterate() as Iterable<{
		doc: number;
		vec: Uint8Array;
	}>) {
		// Vectors of another length (another model) cannot be compared; they are left out.
		if (r.vec.byteLength !== first.bytes) continue;
		scales[row] = new DataView(r.vec.buffer, r.vec.byteOffset).getFloat32(0, true);
		data.set(
			new Int8Array(r.vec.buffer, r.vec.byteOffset + SCALE_BYTES, dimensions),
			row * dimensions,
		);
		rowids[row] = r.doc;
		rowOf[r.doc] = row;
		row++;
	}
	const hubs = loadHubs(db, prefix, rowOf, row);
	return {
		matrix: { dimensions, rows: row, data: data.subarray(0, row * dimensions), scales },
		rowids: rowids.subarray(0, row),
		rowOf,
		...(hubs && { hubs }),
	};
}

/** The rows' hubness from `${prefix}_hub` (1 for a row added since it was measured); undefined when never measured. */
function loadHubs(
	db: DatabaseSync,
	prefix: string,
	rowOf: Int32Array,
	rows: number,
): Float32Array | undefined {
	const table = db
		.prepare("SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?")
		.get(`${prefix}_hub`);
	if (!table) return undefined;
	const stored = db.prepare(`SELECT doc, ratio FROM ${prefix}_hub`).all() as {
		doc: number;
		ratio: number;
	}[];
	if (stored.length === 0) return undefined;
	const hubs = new Float32Array(rows).fill(1);
	for (const { doc, ratio } of stored) {
		const row = doc < rowOf.length ? rowOf[doc]! : -1;
		if (row >= 0) hubs[row] = ratio;
	}
	return hubs;
}

/** An index over vectors held in memory, row i with rowid i; throws `TypeError` when their lengths differ. */
export function buildVectorIndex(vectors: readonly Float32Array[]): VectorIndex {
	const dimensions = vectors[0]?.length ?? 0;
	const data = new Int8Array(vectors.length * dimensions);
	const scales = new Float32Array(vectors.length);
	for (const [row, vector] of vectors.entries()) {
		if (vector.length !== dimensions) {
			throw new TypeError(
				`\`buildVectorIndex\` row ${row} has ${vector.length} dimensions, expected ${dimensions}`,
			);
		}
		scales[row] = quantizeRowInto(vector, 0, dimensions, data, row * dimensions);
	}
	const rowids = Int32Array.from(vectors.keys());
	return { matrix: { dimensions, rows: vectors.length, data, scales }, rowids, rowOf: rowids };
}
