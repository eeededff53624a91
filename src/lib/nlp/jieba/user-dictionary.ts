import type { Division } from '../../geo/gazetteer.ts';
import { readPlaceMentions } from '../../schema/place-mentions.ts';

const { fullNameFrequency: FULL_NAME_FREQUENCY, shortNameFrequency: SHORT_NAME_FREQUENCY } =
	readPlaceMentions().userDictionary;

// Codes xxxx71–xxxx79 are statistical zones (石家庄高新技术产业开发区, 兰州新区), not GB/T 2260
// divisions: leaving them out lets 兰州新区 or 山东河口经济开发区 resolve to the division named in them.
const STATISTICAL_ZONE = /^\d{4}7\d$/;

/** The surfaces of a division worth a dictionary entry: its full name and, when two characters or more, its short form; none for statistical zones. */
export function divisionSurfaces(division: Division): string[] {
	if (division.level === 'country' || STATISTICAL_ZONE.test(division.code)) return [];
	const surfaces = [division.name];
	if (division.shortName !== division.name && division.shortName.length >= 2)
		surfaces.push(division.shortName);
	return surfaces;
}

/**
 * Text of a jieba user dictionary (`word freq tag` per line): every division name and short form
 * of the gazetteer (tag `ns`), then the lines of `extra` (the project's policy vocabulary), with
 * comments (`#`) and blank lines dropped. The first entry for a word wins; output is sorted, so
 * the same inputs always give the same dictionary.
 */
export function buildUserDictionary(divisions: readonly Division[], extra = ''): string {
	const entries = new Map<string, string>();
	for (const division of divisions) {
		for (const [i, surface] of divisionSurfaces(division).entries()) {
			const freq = i === 0 ? FULL_NAME_FREQUENCY : SHORT_NAME_FREQUENCY;
			if (!entries.has(surface)) entries.set(surface, `${surface} ${freq} ns`);
		}
	}
	for (const raw of extra.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		const [word, freq = '20000', tag = 'n'] = line.split(/\s+/);
		if (word && !entries.has(word)) entries.set(word, `${word} ${freq} ${tag}`);
	}
	return [...entries.keys()]
		.sort()
		.map((word) => entries.get(word))
		.join('\n')
		.concat('\n');
}
