import { DatabaseSync } from 'node:sqlite';
import { expect, test } from 'vitest';
import { dot, normalize } from '../semantic/cosine.ts';
import { nearestRows } from './nearest-rows.ts';
import { buildVectorIndex, decodeVector, encodeVector, loadVectorIndex } from './vector-index.ts';

// A fixed linear congruential sequence, so every run tests the same vectors.
let seed = 7;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const unitVector = () => normalize(Float32Array.from({ length: 512 }, () => random() - 0.5));

test('a stored vector takes a quarter of its float bytes and decodes to cosine ≈ 1', () => {
	const v = unitVector();
	const stored = encodeVector(v);
	expect(stored.byteLength).toBe(4 + 512);
	expect(dot(v, decodeVector(stored))).toBeGreaterThan(0.999);
});

test('the loaded matrix finds each stored vector as its own nearest neighbour', () => {
	const db = new DatabaseSync(':memory:');
	db.exec('CREATE TABLE a_vec (doc INTEGER PRIMARY KEY, vec BLOB NOT NULL)');
	const vectors = Array.from({ length: 50 }, unitVector);
	const insert = db.prepare('INSERT INTO a_vec (doc, vec) VALUES (?, ?)');
	// Rowids with gaps, and a vector of another length that must be left out.
	for (const [i, v] of vectors.entries()) insert.run(3 * i + 1, encodeVector(v));
	insert.run(1000, encodeVector(unitVector().subarray(0, 256)));
	const index = loadVectorIndex(db, 'a')!;
	expect(index.matrix.rows).toBe(50);
	for (const [i, v] of vectors.entries()) {
		const [top] = nearestRows(index, v, 1);
		expect(top?.rowid).toBe(3 * i + 1);
		expect(top?.score).toBeCloseTo(1, 2);
	}
	db.exec('DELETE FROM a_vec');
	expect(loadVectorIndex(db, 'a')).toBeNull();
});

test('dot of a unit vector with itself is 1, of orthogonal vectors 0, and needs equal lengths', () => {
	const v = unitVector();
	expect(dot(v, v)).toBeCloseTo(1, 5);
	expect(dot(Float32Array.of(1, 0), Float32Array.of(0, 1))).toBe(0);
	expect(() => dot(Float32Array.of(1), Float32Array.of(1, 2))).toThrowErrorMatchingInlineSnapshot(
		`[TypeError: \`dot\` needs equal lengths, got 1 and 2]`,
	);
});

test('int8 rows keep the exact top-10 (≥ 9 of 10) with scores within 0.01 of float32 cosines', () => {
	const vectors = Array.from({ length: 2000 }, unitVector);
	const index = buildVectorIndex(vectors);
	// A quarter of the float32 bytes.
	expect(index.matrix.data.byteLength * 4).toBe(
		vectors.length * 512 * Float32Array.BYTES_PER_ELEMENT,
	);
	for (const queryRow of [0, 500, 1999]) {
		const query = vectors[queryRow]!;
		const exact = vectors
			.map((v, row) => ({ row, score: dot(v, query) }))
			.sort((a, b) => b.score - a.score)
			.slice(0, 10)
			.map((hit) => hit.row);
		const approx = nearestRows(index, query, 10);
		expect(approx[0]?.rowid).toBe(queryRow);
		expect(approx.filter((hit) => exact.includes(hit.rowid)).length).toBeGreaterThanOrEqual(9);
		for (const hit of approx)
			expect(Math.abs(hit.score - dot(vectors[hit.rowid]!, query))).toBeLessThan(0.01);
	}
});

test('a sign-bit shortlist keeps the exact top 10 of a clustered collection', () => {
	// 40 topics of 100 documents each, every document its topic's direction plus noise, as texts
	// about one subject sit together in an embedding space.
	const centres = Array.from({ length: 40 }, unitVector);
	const vectors = centres.flatMap((centre) =>
		Array.from({ length: 100 }, () => normalize(centre.map((x) => x + (random() - 0.5) * 0.06))),
	);
	const index = buildVectorIndex(vectors);
	let kept = 0;
	for (const topic of [0, 13, 27, 39]) {
		const query = normalize(centres[topic]!.map((x) => x + (random() - 0.5) * 0.06));
		const exact = nearestRows(index, query, 10).map((n) => n.rowid);
		const short = nearestRows(index, query, 10, { shortlist: 200 }).map((n) => n.rowid);
		expect(short).toHaveLength(10);
		kept += short.filter((row) => exact.includes(row)).length;
	}
	expect(kept).toBeGreaterThanOrEqual(38);
	// A shortlist no shorter than the collection is an exact scan.
	const query = vectors[5]!;
	expect(nearestRows(index, query, 10, { shortlist: 4000 })).toEqual(nearestRows(index, query, 10));
});

test('nearestRows honours exclude, minScore, candidates and k = 0', () => {
	const vectors = Array.from({ length: 100 }, unitVector);
	const index = buildVectorIndex(vectors);
	const hits = nearestRows(index, vectors[3]!, 5, { exclude: 3, minScore: 0.1 });
	expect(hits.map((hit) => hit.rowid)).not.toContain(3);
	expect(hits.every((hit) => hit.score >= 0.1)).toBe(true);
	expect(
		nearestRows(index, vectors[3]!, 5, { candidates: [7, 9] })
			.map((h) => h.rowid)
			.sort(),
	).toEqual([7, 9]);
	expect(nearestRows(index, vectors[3]!, 0)).toEqual([]);
	expect(() => buildVectorIndex([vectors[0]!, vectors[1]!.subarray(0, 8)])).toThrow(TypeError);
});
