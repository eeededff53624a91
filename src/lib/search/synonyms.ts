import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { searchConfigPath } from '../config-path.ts';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { normalizeText } from './tokenize.ts';

/** A term's mined counterpart and the weight its occurrences count at against the term's own. */
export interface RelatedTerm {
	term: string;
	weight: number;
}

/** Groups of equivalent terms; looking up any member gives the whole group. */
export interface Synonyms {
	groups: string[][];
	/** Normalised term → the other members of its groups. */
	lookup(term: string): string[];
	/** Normalised term → its abbreviation or full form mined from the corpus, at a lower weight. */
	related(term: string): RelatedTerm[];
}

/** `synonyms.json`: hand-made groups of equivalent terms and pairs mined from the corpus. */
const SynonymsFileSchema = z.object({
	/** Equivalent policy terms (general usage of the genre): any member finds the others. */
	groups: z.array(z.array(z.string().min(1))),
	/** Abbreviations the corpus states for itself (`scripts/mine-synonyms.ts`). */
	mined: z
		.object({
			/** Articles that must hold both forms of a pair for a search to expand it. */
			minArticles: z.number().int().positive(),
			/** Weight of a counterpart's occurrences against the query word's own (0–1). */
			weight: z.number().min(0).max(1),
			/** [short form, full form, articles holding both], as the script wrote them. */
			pairs: z.array(z.tuple([z.string().min(1), z.string().min(1), z.number().int()])),
		})
		.optional(),
});
type SynonymsFile = z.output<typeof SynonymsFileSchema>;

/** Builds the synonym lookup from groups of equivalent terms and mined pairs. */
export function createSynonyms(groups: string[][], mined?: SynonymsFile['mined']): Synonyms {
	const related = new Map<string, RelatedTerm[]>();
	for (const [short, full, articles] of mined?.pairs ?? []) {
		if (articles < mined!.minArticles || mined!.weight === 0) continue;
		for (const [a, b] of [
			[short, full],
			[full, short],
		] as const) {
			const key = normalizeText(a);
			related.set(key, [...(related.get(key) ?? []), { term: b, weight: mined!.weight }]);
		}
	}
	const map = new Map<string, Set<string>>();
	for (const group of groups) {
		for (const term of group) {
			const key = normalizeText(term);
			const others = map.get(key) ?? new Set<string>();
			for (const other of group) if (normalizeText(other) !== key) others.add(other);
			map.set(key, others);
		}
	}
	return {
		groups,
		lookup: (term) => [...(map.get(normalizeText(term)) ?? [])],
		related: (term) => related.get(normalizeText(term)) ?? [],
	};
}

/** Reads `synonyms.json`; a bad file throws naming the file and each bad field. */
export function loadSynonyms(file = searchConfigPath('synonyms.json')): Synonyms {
	const parsed = parseWithFriendlyErrors(
		SynonymsFileSchema,
		JSON.parse(readFileSync(file, 'utf8')),
		file,
	);
	return createSynonyms(parsed.groups, parsed.mined);
}

/** The groups as Meilisearch's synonyms setting: every term maps to all the others. */
export function toMeilisearchSynonyms(synonyms: Synonyms): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const group of synonyms.groups) for (const term of group) out[term] = synonyms.lookup(term);
	return out;
}

/** Reads `stop-words.txt`: one word a line, `#` starts a comment. */
export function loadStopWords(file = searchConfigPath('stop-words.txt')): Set<string> {
	return new Set(
		readFileSync(file, 'utf8')
			.split('\n')
			.map((l) => l.replace(/#.*/u, '').trim())
			.filter((l) => l !== ''),
	);
}
