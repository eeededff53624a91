import { drawSlice, type CorpusSliceSpec } from '../../src/lib/eval/corpus-slice.ts';
import { readCorpus } from './corpus.ts';

/**
 * Corpus ids of a seeded slice (see `drawSlice`). Only the ids and the head of each text are kept
 * while drawing; the text is read again, at run time, by whoever tags the slice.
 */
export async function corpusSliceIds(file: string, spec: CorpusSliceSpec): Promise<Set<string>> {
	const candidates: { id: string; source: string; title: string; text: string }[] = [];
	for await (const row of readCorpus(file))
		candidates.push({
			id: row.id,
			source: row.source,
			title: row.title,
			// Only the length and the lead matter to the draw.
			text: row.text.slice(0, spec.leadChars).padEnd(row.text.length, ' '),
		});
	return new Set(drawSlice(candidates, spec));
}
