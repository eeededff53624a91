import { DatabaseSync } from 'node:sqlite';
import { expect, test } from 'vitest';
import { dot, normalize } from '../semantic/cosine.ts';
import { decodeVector, encodeVector, loadVectorIndex, nearestRows } from './vector-index.ts';

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
