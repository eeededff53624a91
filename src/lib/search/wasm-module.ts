/**
 * What the hand-written WebAssembly modules of the vector search share: the opcodes both use, the
 * loop and address arithmetic both write, the binary frame of a module that imports nothing and
 * exports one function of i32 parameters and no result beside its memory (one page to start with),
 * and the instance's function and memory.
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

/** `local += step` for an i32 local. */
// prettier-ignore
export const increment = (local: number, step = 1): number[] => [
	LOCAL_GET, local, I32_CONST, step, I32_ADD, LOCAL_SET, local,
];

/** The address `base + (index << shift)`: element `index` of `2^shift`-byte elements from `base`. */
// prettier-ignore
export const address = (base: number, index: number, shift: number): number[] => [
	LOCAL_GET, base, LOCAL_GET, index, I32_CONST, shift, I32_SHL, I32_ADD,
];

/** `while (counter < limit) body` over unsigned i32 locals; `body` moves the counter on. */
// prettier-ignore
export const whileBelow = (counter: number, limit: number, body: number[]): number[] => [
	BLOCK, VOID,
	LOOP, VOID,
	LOCAL_GET, counter, LOCAL_GET, limit, I32_GE_U, BR_IF, 1,
	...body,
	BR, 0,
	END,
	END,
];

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

/** The function a module built by `oneFunctionModule` exports as `exported`, and its memory. */
export function instantiate(
	module: WebAssembly.Module,
	exported: string,
): { run: (...args: number[]) => void; memory: WebAssembly.Memory } {
	const instance = new WebAssembly.Instance(module);
	return {
		run: instance.exports[exported] as (...args: number[]) => void,
		memory: instance.exports.memory as WebAssembly.Memory,
	};
}

/** Bytes in one page of WebAssembly memory, the unit it grows by. */
const PAGE = 65536;

/** Grows `memory` by whole pages until it holds at least `bytes`. */
export function ensureMemory(memory: WebAssembly.Memory, bytes: number): void {
	if (bytes > memory.buffer.byteLength)
		memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
}
