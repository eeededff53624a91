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
