import { createIntTable, findSlot, slotOf } from '../nlp/int-table.ts';
import { basicPlaneTable } from './patterns.ts';
import type { SourceLine } from './types.ts';

/** 1 for every UTF-16 unit of the basic plane that is a Han character. */
const HAN = basicPlaneTable(/^\p{Script=Han}$/u, 0x2e80);

/** True for a UTF-16 unit that is a Han character of the basic plane. */
export function isHanUnit(code: number): boolean {
	return HAN[code] === 1;
}

/**
 * The number of a bigram of two UTF-16 units: one per pair, and a 32-bit integer, which V8 keeps
 * unboxed in a set (`a * 0x10000 + b` passes 2^31 from 耀 on and boxes every such key).
 */
export function hanBigram(a: number, b: number): number {
	return (a << 16) | b;
}

/** Distinct bigrams (two UTF-16 units, as one number) of the Han characters of a text. */
export function bigramSet(text: string): Set<number> {
	const out = new Set<number>();
	let prev = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// Han characters outside the basic plane (CJK extension B…) are rare in news and skipped.
		if (!isHanUnit(code)) continue;
		if (prev >= 0) out.add(hanBigram(prev, code));
		prev = code;
	}
	return out;
}

/** Share of the bigrams of `a` that are also in `b`; 0 when `a` has none. */
export function shareIn(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
	if (a.size === 0) return 0;
	let hit = 0;
	for (const g of a) if (b.has(g)) hit++;
	return hit / a.size;
}

/** A `hanBigram` of two basic-plane Han units as a non-negative int32, the key type of an `IntTable`. */
const tableKey = (g: number): number => (((g >>> 16) - 0x2e80) << 16) | (g & 0xffff);

/**
 * `shareIn(set, bigramSet(text))` for each of `sets` (each a `bigramSet`), reading `text` once: its
 * bigrams are looked up in a table of the sets' own, never collected (a long text has far more than
 * a few lines).
 */
export function sharesIn(sets: readonly ReadonlySet<number>[], text: string): number[] {
	const size = sets.reduce((n, set) => n + set.size, 0);
	const table = createIntTable(size);
	for (const set of sets) for (const g of set) slotOf(table, tableKey(g));
	const found = new Uint8Array(table.keys.length);
	let prev = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isHanUnit(code)) continue;
		if (prev >= 0) {
			const slot = findSlot(table, tableKey(hanBigram(prev, code)));
			if (slot >= 0) found[slot] = 1;
		}
		prev = code;
	}
	return sets.map((set) => {
		if (set.size === 0) return 0;
		let hit = 0;
		for (const g of set) hit += found[findSlot(table, tableKey(g))]!;
		return hit / set.size;
	});
}

/** Share of the line's character bigrams that occur in the paragraphs. */
export function overlap(line: string, paragraphs: SourceLine[]): number {
	return shareIn(bigramSet(line), bigramSet(paragraphs.map((p) => p.text).join('')));
}
