import { basicPlaneTable } from './patterns.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

/**
 * Near-duplicate detection for releases republished by several outlets with small edits:
 * one-permutation MinHash (Li, Owen & Zhang 2012) over character 5-grams of the text (punctuation
 * and spaces dropped), densified by rotation (Shrivastava & Li 2014) so short texts have no empty
 * bins; locality-sensitive hashing in bands finds candidates, and the signature agreement estimates
 * the Jaccard similarity. Exact hashes would miss a changed byline or a trimmed paragraph; one hash
 * per shingle keeps it cheap next to segmentation.
 */

const {
	hashes: HASHES,
	bands: BANDS,
	shingle: SHINGLE,
	minChars: MIN_DEDUPE_CHARS,
} = readIngestArticles().dedupe;
const ROWS = HASHES / BANDS;
const EMPTY = 0xffffffff;
// A borrowed value is shifted by this much per bin travelled, so it never equals a value of its own.
const ROTATION_OFFSET = 1 << 25;

function shingleHash(units: Uint16Array, start: number): number {
	let h = 0x811c9dc5;
	for (let i = start; i < start + SHINGLE; i++) h = Math.imul(h ^ (units[i] ?? 0), 0x01000193);
	// murmur3 finaliser: FNV alone leaves the high bits (which pick the bin) poorly mixed.
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Letters and digits of the basic plane, built on first use.
let lettersAndDigits: Uint8Array | undefined;

/**
 * The UTF-16 units the character at `i` takes: as many as it has when it is a letter or digit, as
 * many negated when not. A pair outside the basic plane is read whole; a lone half is no letter.
 */
function letterWidthAt(text: string, i: number, table: Uint8Array): number {
	const code = text.charCodeAt(i);
	if (code < 0xd800 || code > 0xdfff) return table[code] === 1 ? 1 : -1;
	const next = text.charCodeAt(i + 1);
	if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
		return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : -2;
	return -1;
}

/**
 * The text reduced to letters, digits and CJK characters, so punctuation edits do not count:
 * `text.replace(/[^\p{L}\p{N}]+/gu, '')`, read through the table of the basic plane's letters.
 */
export function normalizeForDedupe(text: string): string {
	const table = (lettersAndDigits ??= basicPlaneTable(LETTER_OR_DIGIT));
	let out = '';
	// Start of the run of letters being read, -1 between runs.
	let from = -1;
	for (let i = 0; i < text.length;) {
		const width = letterWidthAt(text, i, table);
		if (width > 0) {
			if (from < 0) from = i;
			i += width;
			continue;
		}
		if (from >= 0) out += text.slice(from, i);
		from = -1;
		i -= width;
	}
	if (from === 0) return text;
	return from > 0 ? out + text.slice(from) : out;
}

/** The UTF-16 units of `normalizeForDedupe(text)`, without building the string. */
function normalizedUnits(text: string): { units: Uint16Array; length: number } {
	const table = (lettersAndDigits ??= basicPlaneTable(LETTER_OR_DIGIT));
	const units = new Uint16Array(text.length);
	let length = 0;
	for (let i = 0; i < text.length;) {
		const width = letterWidthAt(text, i, table);
		if (width < 0) {
			i -= width;
			continue;
		}
		units[length++] = text.charCodeAt(i++);
		if (width === 2) units[length++] = text.charCodeAt(i++);
	}
	return { units, length };
}

/** MinHash signature of a text, or null when it is too short to judge. */
export function minhashSignature(text: string): Uint32Array | null {
	const { units, length } = normalizedUnits(text);
	if (length < MIN_DEDUPE_CHARS) return null;
	const signature = new Uint32Array(HASHES).fill(EMPTY);
	for (let i = 0; i + SHINGLE <= length; i++) {
		const h = shingleHash(units, i);
		const bin = h >>> 25; // top 7 bits: one of 128 bins
		const value = h & (ROTATION_OFFSET - 1);
		if (value < (signature[bin] ?? EMPTY)) signature[bin] = value;
	}
	densify(signature);
	return signature;
}

// An empty bin takes the value of the next non-empty bin to its right (circularly), shifted by the distance.
function densify(signature: Uint32Array): void {
	for (let i = 0; i < HASHES; i++) {
		if (signature[i] !== EMPTY) continue;
		for (let d = 1; d < HASHES; d++) {
			const value = signature[(i + d) % HASHES] ?? EMPTY;
			if (value !== EMPTY && value < ROTATION_OFFSET) {
				signature[i] = value + d * ROTATION_OFFSET;
				break;
			}
		}
	}
}

/** Share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
	let same = 0;
	for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
	return same / HASHES;
}

export interface DuplicateMatch {
	id: string;
	similarity: number;
}

/** An in-memory LSH index of signatures; one per ingest run, seeded with the articles already stored. */
export class DuplicateIndex {
	readonly #threshold: number;
	/** One table per band: the band's hash → the ids whose band has it. */
	readonly #buckets = Array.from({ length: BANDS }, () => new Map<number, string[]>());
	readonly #signatures = new Map<string, Uint32Array>();

	/** @param threshold estimated Jaccard similarity at or above which two texts are the same release. */
	constructor(threshold = 0.6) {
		this.#threshold = threshold;
	}

	/** Remembers a signature under an id (an id added twice keeps its latest signature). */
	add(id: string, signature: Uint32Array): void {
		this.#signatures.set(id, signature);
		const keys = bandKeys(signature);
		for (let band = 0; band < BANDS; band++) {
			const bucket = this.#buckets[band]!;
			const key = keys[band]!;
			const ids = bucket.get(key);
			if (!ids) bucket.set(key, [id]);
			else if (!ids.includes(id)) ids.push(id);
		}
	}

	/** Whether a signature is stored under `id`. */
	has(id: string): boolean {
		return this.#signatures.has(id);
	}

	/** The most similar stored text at or above the threshold, ignoring `selfId`; null when none. */
	find(signature: Uint32Array, selfId?: string): DuplicateMatch | null {
		let best: DuplicateMatch | null = null;
		const seen = new Set<string>();
		const keys = bandKeys(signature);
		for (let band = 0; band < BANDS; band++) {
			for (const id of this.#buckets[band]!.get(keys[band]!) ?? []) {
				if (id === selfId || seen.has(id)) continue;
				seen.add(id);
				const other = this.#signatures.get(id);
				if (!other) continue;
				const similarity = estimateSimilarity(signature, other);
				// Ties go to the smaller id, so the answer does not depend on the order of adding.
				if (
					similarity >= this.#threshold &&
					(!best ||
						similarity > best.similarity ||
						(similarity === best.similarity && id < best.id))
				)
					best = { id, similarity };
			}
		}
		return best;
	}
}

/**
 * One 32-bit hash per band of rows (a collision only adds a candidate). Signed, so V8 keeps each
 * key unboxed in its band's table.
 */
function bandKeys(signature: Uint32Array): Int32Array {
	const keys = new Int32Array(BANDS);
	for (let b = 0; b < BANDS; b++) {
		let h = b + 1;
		for (let r = b * ROWS; r < (b + 1) * ROWS; r++)
			h = Math.imul(h ^ (signature[r] ?? 0), 0x9e3779b1) ^ (h >>> 15);
		keys[b] = h;
	}
	return keys;
}
