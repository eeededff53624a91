import { drawSlice, type CorpusSliceSpec } from '../../src/lib/eval/corpus-slice.ts';
import type { CorpusItem } from './corpus.ts';
import { readCorpus } from './corpus.ts';

/**
 * The corpus rows of a seeded slice (see `drawSlice`), in file order. Reads the corpus twice: once
 * to draw (only ids and the head of each text are kept), once to return the drawn rows.
 */
export async function readCorpusSlice(file: string, spec: CorpusSliceSpec): Promise<CorpusItem[]> {
	const candidates: { id: string; source: string; title: string; text: string }[] = [];
	for await (const row of readCorpus(file))
		candidates.push({
			id: row.id,
			source: row.source,
			title: row.title,
			// Only length and lead matter to the draw: keep the head, pad to the real length.
			text: row.text.slice(0, spec.leadChars).padEnd(row.text.length, ' '),
		});
	const drawn = new Set(drawSlice(candidates, spec));
	const rows: CorpusItem[] = [];
	for await (const row of readCorpus(file)) if (drawn.has(row.id)) rows.push(row);
	return rows;
}
