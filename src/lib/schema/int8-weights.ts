import { z } from 'astro/zod';

/** Weights quantised to int8 and written as base64, as the trained models' files hold them. */
export const Int8Base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'must be base64');

/** The weights of an int8 base64 string, each times `scale`. */
export function unpackInt8(base64: string, scale: number): Float32Array {
	const bytes = new Int8Array(Buffer.from(base64, 'base64'));
	// A plain loop: `Float32Array.from` with a mapping function is about 100 times slower here.
	const weights = new Float32Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) weights[i] = (bytes[i] ?? 0) * scale;
	return weights;
}

/**
 * The value of every int8 weight, `q × scale` as `unpackInt8` stores it, at index `q + 128`: a
 * matrix kept as int8 and read through this table scores exactly as the unpacked one.
 */
export function int8Levels(scale: number): Float32Array {
	const levels = new Float32Array(256);
	for (let q = -128; q < 128; q++) levels[q + 128] = q * scale;
	return levels;
}
