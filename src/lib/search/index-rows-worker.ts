import { answerRequests } from '../worker-pool.ts';
import { indexRows } from './index-rows.ts';
import type { EncodeReply, EncodeRequest } from './index-rows-pool.ts';

/** `parts` end to end in one fresh buffer, and where each part ends. */
function pack(parts: readonly Uint8Array[]): { bytes: Uint8Array; ends: number[] } {
	const bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
	const ends: number[] = [];
	let at = 0;
	for (const p of parts) {
		bytes.set(p, at);
		ends.push((at += p.length));
	}
	return { bytes, ends };
}

// One encoder thread of `createIndexRowsPool`: compresses and cuts into grams off the main thread,
// which SQLite's writes keep busy. Everything goes back as bytes packed into two buffers: a
// structured clone of each row would copy the whole buffer zstd's output is a view of, and grams
// sent as strings landed on the main thread's heap a batch at once (10k articles: peak RSS
// +350 MB); as UTF-8 bytes SQLite reads them as the text they are.
answerRequests(({ inputs, config, dictionary }: EncodeRequest): EncodeReply => {
	const rows = inputs.map((input) => indexRows(input, config, dictionary));
	const encoder = new TextEncoder();
	return {
		stored: pack(rows.map((r) => r.stored)),
		grams: pack(
			rows.flatMap((r) => [r.title, r.measures, r.body].map((g) => encoder.encode(g as string))),
		),
	};
});
