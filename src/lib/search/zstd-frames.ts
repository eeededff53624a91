import zlib from 'node:zlib';
import { readIndexBuild } from '../schema/index-build.ts';

/** Decodes one whole zstd frame whose decoded size is known (into bytes its next call reuses). */
export interface ZstdFrameDecoder {
	(frame: Buffer, size: number): Buffer;
	/** Whether this Node lets the decoder keep its context (else each frame gets a new one). */
	readonly keepsContext: boolean;
}

/** The parts of Node's zstd stream a decoder drives (node:zlib's own synchronous calls use them). */
interface ZstdEngine {
	_handle?: {
		writeSync?: (
			flush: number,
			input: Uint8Array,
			inOffset: number,
			inLength: number,
			output: Uint8Array,
			outOffset: number,
			outLength: number,
		) => void;
	} | null;
	_writeState?: Uint32Array;
	_finishFlushFlag?: number;
	/** zstd's error, set at once when it reports one (the stream then closes its handle). */
	errored: Error | null;
	on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Bytes of output a decoder keeps between frames at most. */
const KEPT_BYTES = readIndexBuild().rows.zstdKeptMib * 1024 * 1024;

/**
 * A zstd frame decoder that keeps one decompression context (and its copy of `dictionary`) for
 * every frame it decodes. `zlib.zstdDecompressSync` builds a new context per call and loads the
 * dictionary into it: at 100k documents about 20 of a stored row's 30–40 µs. zstd starts a new
 * frame once the last one ended, so the context needs no reset between rows. Node exposes no
 * public call for this: the stream's handle is driven as `zstdDecompressSync` drives it, and where
 * this Node lacks those members every frame is decoded by `zstdDecompressSync`.
 *
 * The bytes returned are the decoder's own and are overwritten by its next frame: read them (or
 * copy them) first. A frame must decode to exactly `size` bytes; otherwise (a damaged row) the context, left in the
 * middle of a frame, is dropped, a fresh one serves the next frame, and the call throws.
 */
export function zstdFrameDecoder(dictionary?: Uint8Array): ZstdFrameDecoder {
	const options = dictionary ? { dictionary } : {};
	let engine: ZstdEngine | undefined;
	const open = (): ZstdEngine | undefined => {
		const next = zlib.createZstdDecompress(options) as unknown as ZstdEngine;
		if (
			typeof next._handle?.writeSync !== 'function' ||
			!(next._writeState instanceof Uint32Array) ||
			typeof next._finishFlushFlag !== 'number'
		)
			return undefined;
		// zstd's error is read from `errored` at once; the stream emits it later too, unheard.
		next.on('error', () => undefined);
		return next;
	};
	engine = open();
	const keepsContext = engine !== undefined;
	// The output buffer, kept from frame to frame: a buffer of its own for every row cost a
	// native allocation, and external memory that V8 counts towards its next collection.
	let kept = Buffer.allocUnsafe(0);
	const decode = (frame: Buffer, size: number): Buffer => {
		if (keepsContext && !engine) engine = open();
		if (!engine)
			return zlib.zstdDecompressSync(frame, { ...options, chunkSize: Math.max(64, size + 1) });
		// One byte more than announced: a frame decoding to more fills it and is refused.
		// (A frame larger than any document gets a buffer of its own, which is not kept.)
		if (kept.length < size + 1 && size < KEPT_BYTES)
			kept = Buffer.allocUnsafe(Math.min(KEPT_BYTES, Math.max(size + 1, 2 * kept.length)));
		const out = size < KEPT_BYTES ? kept.subarray(0, size + 1) : Buffer.allocUnsafe(size + 1);
		const state = engine._writeState!;
		// What the call leaves when it fails: nothing written, nothing read.
		state[0] = out.length;
		state[1] = frame.length;
		try {
			engine._handle!.writeSync!(
				engine._finishFlushFlag!,
				frame,
				0,
				frame.length,
				out,
				0,
				out.length,
			);
		} catch (error) {
			engine = undefined;
			throw error as Error;
		}
		const written = out.length - state[0];
		const zstdError = engine.errored;
		if (zstdError || state[1] !== 0 || written !== size) {
			engine = undefined;
			throw (
				zstdError ?? new Error(`a zstd frame announced ${size} bytes but ${written} were decoded`)
			);
		}
		return out.subarray(0, size);
	};
	return Object.assign(decode, { keepsContext });
}
