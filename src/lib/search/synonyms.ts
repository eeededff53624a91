import { readFileSync } from 'node:fs';
import { searchConfigPath } from '../config-path.ts';
import { normalizeText } from './tokenize.ts';

/** Groups of equivalent terms; looking up any member gives the whole group. */
export interface Synonyms {
	groups: string[][];
	/** Normalised term → the other members of its groups. */
	lookup(term: string): string[];
}

/** Builds the synonym lookup from groups of equivalent terms. */
export function createSynonyms(groups: string[][]): Synonyms {
	const map = new Map<string, Set<string>>();
	for (const group of groups) {
		for (const term of group) {
			const key = normalizeText(term);
			const others = map.get(key) ?? new Set<string>();
			for (const other of group) if (normalizeText(other) !== key) others.add(other);
			map.set(key, others);
		}
	}
	return { groups, lookup: (term) => [...(map.get(normalizeText(term)) ?? [])] };
}

/** Reads `synonyms.json` (`{ "groups": [["易地扶贫搬迁", "搬迁安置"], …] }`). */
export function loadSynonyms(file = searchConfigPath('synonyms.json')): Synonyms {
	const parsed = JSON.parse(readFileSync(file, 'utf8')) as { groups?: unknown };
	if (
		!Array.isArray(parsed.groups) ||
		!parsed.groups.every((g) => Array.isArray(g) && g.every((t) => typeof t === 'string'))
	) {
		throw new TypeError(`\`${file}\` must hold \`{ "groups": string[][] }\``);
	}
	return createSynonyms(parsed.groups);
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
