import { allDivisions } from '../../src/lib/geo/gazetteer.ts';
import type { Article } from '../../src/lib/schema/release.ts';
import { THEME_IDS, type ThemeId } from '../../src/lib/schema/taxonomy.ts';

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
export function createRandom(seed = 42): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(items: readonly T[], random: () => number): T {
	return items[Math.floor(random() * items.length)]!;
}

function paragraphs(body: string): string[] {
	return body
		.split(/\n+/u)
		.map((p) => p.trim())
		.filter((p) => p !== '');
}

function sentences(text: string): string[] {
	return text
		.split(/(?<=[。；！？])/u)
		.map((s) => s.trim())
		.filter((s) => s.length >= 12);
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
	for (let i = 0; i < n; i++) {
		const base = seeds[i % seeds.length]!;
		const extra = pick(paragraphs(pick(seeds, random).body), random) ?? '';
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
		const measureTexts = sentences(body).slice(0, 2);
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
