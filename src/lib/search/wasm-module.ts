/**
 * What the hand-written WebAssembly modules of the vector search share: the opcodes both use, and
 * the binary frame of a module that imports nothing and exports one function of i32 parameters and
 * no result beside its memory (one page to start with).
 */

export const LOCAL_GET = 0x20;
export const LOCAL_SET = 0x21;
export const I32_CONST = 0x41;
export const I32_ADD = 0x6a;
export const I32_SHL = 0x74;
export const I32_GE_U = 0x4f;
export const BLOCK = 0x02;
export const LOOP = 0x03;
export const VOID = 0x40;
export const BR = 0x0c;
export const BR_IF = 0x0d;
export const END = 0x0b;

/** Unsigned LEB128, as the binary format writes sizes. */
export function leb(n: number): number[] {
	const out: number[] = [];
	do {
		let byte = n & 0x7f;
		n >>>= 7;
		if (n !== 0) byte |= 0x80;
		out.push(byte);
	} while (n !== 0);
	return out;
}

const section = (id: number, content: number[]) => [id, ...leb(content.length), ...content];
const name = (text: string) => [text.length, ...[...text].map((c) => c.charCodeAt(0))];
const I32 = 0x7f;

/**
 * A module exporting `exported(params × i32)` whose code is `body` (its locals' declaration
 * first), and its memory as `memory`.
 */
export function oneFunctionModule(
	exported: string,
	params: number,
	body: number[],
): Uint8Array<ArrayBuffer> {
	return new Uint8Array([
		...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
		...section(1, [1, 0x60, params, ...Array<number>(params).fill(I32), 0]),
		...section(3, [1, 0]),
		...section(5, [1, 0, 1]),
		...section(7, [2, ...name(exported), 0, 0, ...name('memory'), 2, 0]),
		...section(10, [1, ...leb(body.length), ...body]),
	]);
}

/** Bytes in one page of WebAssembly memory, the unit it grows by. */
const PAGE = 65536;

/** Grows `memory` by whole pages until it holds at least `bytes`. */
export function ensureMemory(memory: WebAssembly.Memory, bytes: number): void {
	if (bytes > memory.buffer.byteLength)
		memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
}
