import zlib from 'node:zlib';
import { expect, test } from 'vitest';
import { zstdFrameDecoder } from './zstd-frames.ts';

const dictionary = Buffer.from(
	'{"title":"国务院新闻办公室举行新闻发布会","region":"110000","body":"介绍推动高质量发展的举措和成效。"}'.repeat(
		20,
	),
);
const texts = [
	'国务院新闻办公室举行新闻发布会,介绍稳就业保民生有关情况。',
	'上海市人民政府新闻办公室发布《关于进一步优化营商环境的若干措施》。',
	'浙江省推进数字化改革,打造“最多跑一次”改革升级版。',
	'',
	'广东省发布粤港澳大湾区建设三年行动计划。'.repeat(40),
].map((t) => Buffer.from(JSON.stringify({ title: t, body: t.repeat(3) })));
const frames = texts.map((t) => zlib.zstdCompressSync(t, { dictionary }));

test('decodes frame after frame with one context, byte for byte as zstdDecompressSync', () => {
	const decode = zstdFrameDecoder(dictionary);
	// Else this Node has changed the stream's members and every frame builds a context again.
	expect(decode.keepsContext).toBe(true);
	for (let round = 0; round < 3; round++)
		for (const [i, frame] of frames.entries()) {
			expect(decode(frame, texts[i]!.length)).toEqual(texts[i]);
			expect(decode(frame, texts[i]!.length)).toEqual(
				zlib.zstdDecompressSync(frame, { dictionary }),
			);
		}
});

test('decodes frames written without a dictionary', () => {
	const decode = zstdFrameDecoder();
	for (const text of texts) expect(decode(zlib.zstdCompressSync(text), text.length)).toEqual(text);
});

test('a damaged or truncated frame, or a wrong size, throws; the next frame still decodes', () => {
	const decode = zstdFrameDecoder(dictionary);
	const whole = frames[4]!;
	const size = texts[4]!.length;
	const truncated = whole.subarray(0, whole.length - 7);
	const flipped = Buffer.from(whole);
	for (let i = 12; i < flipped.length; i += 5) flipped[i]! ^= 0x5a;
	expect(() => decode(truncated, size)).toThrow();
	expect(decode(frames[0]!, texts[0]!.length)).toEqual(texts[0]);
	expect(() => decode(flipped, size)).toThrow();
	expect(decode(frames[1]!, texts[1]!.length)).toEqual(texts[1]);
	expect(() => decode(whole, size - 1)).toThrow(/announced/u);
	expect(() => decode(whole, size + 1)).toThrow(/announced/u);
	expect(decode(whole, size)).toEqual(texts[4]);
	// Bytes after the frame are not a stored document's either.
	expect(() => decode(Buffer.concat([whole, frames[0]!]), size)).toThrow();
	expect(decode(frames[2]!, texts[2]!.length)).toEqual(texts[2]);
});
