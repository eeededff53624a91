import { isWithin, regionChain } from '../geo/gazetteer.ts';
import { findPlaceMentions } from './find-place-mentions.ts';
import type { LocalityDeps, LocalityResult } from './locality-types.ts';
import { saysAboutPlace } from './salience-config.ts';
import { getPlaceIndex } from './place-index.ts';
import { cutForPlaces } from './place-words.ts';
import { findDeictics, fitsUnit } from './resolve-deictic.ts';
import { resolvePlaces, type ResolvedMention } from './resolve-places.ts';

/**
 * The region a single measure sentence names, read with the article's context (its names keep
 * the reading chosen for the article; 我区 points at the article's place of that kind); the
 * article's primary region when the sentence names none, or only as an organisation or destination.
 */
export function regionOfClause(text: string, article: LocalityResult, deps: LocalityDeps): string {
	const index = deps.places ?? getPlaceIndex();
	const known = new Map(article.mentions.map((m) => [m.surface, m.code]));
	const found = findPlaceMentions(
		text,
		cutForPlaces(text, deps.segmenter, index, deps.cuts),
		index,
		0,
	);
	const candidates: ResolvedMention[] = [];
	for (const m of found) {
		const code = known.get(m.surface) ?? resolvePlaces([m], index, article.regions)[0]?.code;
		if (code !== undefined) candidates.push({ ...m, code });
	}
	const taken = candidates.map((m) => [m.offset, m.offset + m.surface.length] as const);
	for (const d of findDeictics(text, 0, taken)) {
		if (!d.strong) continue;
		const chain = [article.region, ...article.regions].flatMap((code) =>
			regionChain(code).reverse(),
		);
		const target = chain.find((division) => fitsUnit(division, d.unit));
		if (target)
			candidates.push({
				surface: d.surface,
				candidates: [],
				paragraph: 0,
				offset: d.offset,
				role: 'subject',
				code: target.code,
			});
	}
	const counted = candidates
		.filter((m) => saysAboutPlace(m.role))
		.sort((a, b) => a.offset - b.offset);
	const subject = counted.find((m) => m.role === 'subject') ?? counted[0];
	if (!subject) return article.region;
	// 枣庄市峄城区: the most specific of a chain of glued names.
	const chainEnd = counted.filter(
		(m) => m.offset >= subject.offset && isWithin(m.code, subject.code),
	);
	return chainEnd.at(-1)?.code ?? subject.code;
}
