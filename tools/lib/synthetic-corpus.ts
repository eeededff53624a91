import { allDivisions } from '../../src/lib/geo/gazetteer.ts';
import type { Article } from '../../src/lib/schema/release.ts';
import { THEME_IDS, type ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { createRandom } from '../../src/lib/random.ts';

export { createRandom };

function pick<T>(items: readonly T[], random: () => number): T {
	return items[Math.floor(random() * items.length)]!;
}

function paragraphs(body: string): string[] {
	return body
		.split(/\n+/u)
		.map((p) => p.trim())
		.filter((p) => p !== '');
}

const SENTENCE_END = /[。；！？]/gu;

/** The first `count` sentences of `text` (cut after 。；！？, trimmed) of at least 12 characters. */
function firstSentences(text: string, count: number): string[] {
	const out: string[] = [];
	let start = 0;
	while (out.length < count && start < text.length) {
		SENTENCE_END.lastIndex = start;
		const end = SENTENCE_END.exec(text)?.index ?? text.length - 1;
		const sentence = text.slice(start, end + 1).trim();
		if (sentence.length >= 12) out.push(sentence);
		start = end + 1;
	}
	return out;
}

/**
 * `n` synthetic articles recombined from `seeds`: each keeps one seed's title and body plus a
 * paragraph of another seed, and gets a fresh id, a county drawn across the whole gazetteer, a
 * date between 2019 and 2025, one to three themes and two measures taken from its sentences.
 */
export function* syntheticArticles(n: number, seeds: Article[], seed = 42): Iterable<Article> {
	if (seeds.length === 0) throw new TypeError('`seeds` must hold at least one article');
	const random = createRandom(seed);
	const counties = allDivisions().filter((d) => d.level === 'county');
	const start = Date.UTC(2019, 0, 1);
	const span = Date.UTC(2025, 11, 31) - start;
	// Generating must cost little next to indexing what it yields: a seed is split into paragraphs once.
	const paragraphsOf = new Map<Article, string[]>();
	for (let i = 0; i < n; i++) {
		const base = seeds[i % seeds.length]!;
		const other = pick(seeds, random);
		let otherParagraphs = paragraphsOf.get(other);
		if (!otherParagraphs) {
			otherParagraphs = paragraphs(other.body);
			paragraphsOf.set(other, otherParagraphs);
		}
		const extra = pick(otherParagraphs, random) ?? '';
		const body = `${base.body}\n\n${extra}`;
		const county = pick(counties, random);
		const date = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
		const themes = [
			...new Set<ThemeId>([
				...base.themes.slice(0, 1),
				pick(THEME_IDS, random),
				...(random() < 0.4 ? [pick(THEME_IDS, random)] : []),
			]),
		];
		const measureTexts = firstSentences(body, 2);
		yield {
			...base,
			id: `syn-${i}`,
			date,
			datePrecision: 'day',
			region: county.code,
			regions: [county.code],
			themes,
			body,
			measures: measureTexts.map((text) => ({
				text,
				themes: themes.slice(0, 1),
				subThemes: [],
				quantities: [],
				region: county.code,
			})),
		};
	}
}
