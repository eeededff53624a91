import { describe, expect, it } from 'vitest';
import { int8Levels, Int8Base64Schema, unpackInt8 } from './int8-weights.ts';

describe('unpackInt8', () => {
	it('reads signed bytes times the scale', () => {
		const base64 = Buffer.from(Int8Array.of(-127, 0, 1, 127).buffer).toString('base64');
		expect([...unpackInt8(base64, 0.5)]).toEqual([-63.5, 0, 0.5, 63.5]);
	});

	it('gives every int8 weight the very value unpackInt8 stores for it', () => {
		const all = Int8Array.from({ length: 256 }, (_, i) => i - 128);
		const base64 = Buffer.from(all.buffer).toString('base64');
		const scale = 0.0123456789;
		const levels = int8Levels(scale);
		expect(Array.from(all, (q) => levels[q + 128])).toEqual([...unpackInt8(base64, scale)]);
	});

	it('refuses a string that is not base64', () => {
		expect(Int8Base64Schema.safeParse('权重').success).toBe(false);
		expect(Int8Base64Schema.safeParse('AAE=').success).toBe(true);
	});
});
