import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';
import { compileThemeMatcher, type KeywordHit, type ThemeMatcher } from './theme-matcher.ts';

/** Themes of one text by the keyword rules, most salient first. */
export interface RuleThemeTags {
	/** Theme ids that pass the thresholds, primary first. */
	themes: ThemeId[];
	/** `<theme>/<sub>` ids of the kept themes, most hits first. */
	subThemes: string[];
	/** Score of every theme with any positive evidence (kept or not), for debugging and tuning. */
	scores: Record<string, number>;
	/** Phrases found for every scored theme, most weight first. */
	terms: Record<string, string[]>;
}

// Compiling the trie costs a few milliseconds; keep one per configuration object.
const matchers = new WeakMap<ThemeConfig, ThemeMatcher>();
const orders = new WeakMap<ThemeConfig, ReadonlyMap<ThemeId, number>>();

/** Position of each theme in the taxonomy, built once per configuration. */
function themeOrder(config: ThemeConfig): ReadonlyMap<ThemeId, number> {
	let order = orders.get(config);
	if (!order) orders.set(config, (order = new Map(config.themes.map((t, i) => [t.id, i]))));
	return order;
}

function matcherFor(config: ThemeConfig): ThemeMatcher {
	let matcher = matchers.get(config);
	if (!matcher) matchers.set(config, (matcher = compileThemeMatcher(config)));
	return matcher;
}

interface Tally {
	/** Hits per term and strength, counted once per term with diminishing returns. */
	terms: Map<string, { weight: number; count: number; weak: boolean }>;
	negative: number;
	subThemes: Map<string, number>;
}

// `到招商引资、项目建设、乡村振兴等领域挂职` lists fields where an action happens, not the topic
// of the text: keywords inside such an enumeration count half.
const DOMAIN_LIST =
	/(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}等(?:重点|关键|各个?)?(?:领域|方面|行业|部门|岗位|单位|战线|一线)/g;
/** The part of `DOMAIN_LIST` after its list: 等 and the field word. */
const DOMAIN_LIST_END = /等(?:重点|关键|各|领域|方面|行业|部门|岗位|单位|战线|一线)/;

function listSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	// The pattern needs both; most texts lack one, and testing is far cheaper than matching.
	if (!text.includes('、') || !DOMAIN_LIST_END.test(text)) return spans;
	for (const m of text.matchAll(DOMAIN_LIST)) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

function tally(
	text: string,
	hits: KeywordHit[],
	factor: number,
	config: ThemeConfig,
	into: Map<ThemeId, Tally>,
): void {
	const weights = config.scoring.weights;
	const spans = listSpans(text);
	for (const hit of hits) {
		const inList = spans.some(([from, to]) => hit.start >= from && hit.start < to);
		const f = inList ? factor / 2 : factor;
		for (const effect of hit.effects) {
			let t = into.get(effect.theme);
			if (!t) into.set(effect.theme, (t = { terms: new Map(), negative: 0, subThemes: new Map() }));
			if (effect.strength === 'negative') {
				t.negative += weights.negative * f;
				continue;
			}
			const entry = t.terms.get(hit.term) ?? {
				weight: weights[effect.strength],
				count: 0,
				weak: effect.strength === 'weak',
			};
			entry.count += f;
			t.terms.set(hit.term, entry);
			for (const sub of effect.subThemes) t.subThemes.set(sub, (t.subThemes.get(sub) ?? 0) + f);
		}
	}
}

/** Score of one theme: each term counts `weight × (1 + log2 n)`, so one repeated word cannot dominate. */
function score(t: Tally, minTerms: number): number {
	let strong = 0;
	let weak = 0;
	let distinct = 0;
	for (const { weight, count, weak: isWeak } of t.terms.values()) {
		const value = weight * (count <= 1 ? count : 1 + Math.log2(count));
		if (isWeak) weak += value;
		else {
			strong += value;
			distinct++;
		}
	}
	// Weak words are context: they only count next to real evidence for the same theme, and an
	// article needs more than one distinct phrase of a theme (one word can be incidental).
	return strong > 0 && distinct >= minTerms ? strong + weak - t.negative : 0;
}

/** The score a theme needs on a text whose body has `bodyLength` characters. */
export function themeThreshold(scoring: ThemeConfig['scoring'], bodyLength: number): number {
	return scoring.minScore + (scoring.perThousandChars * bodyLength) / 1000;
}

/**
 * Ranks the themes of a text (an article, or a single measure clause with an empty title).
 * A title hit counts `titleFactor` times; a theme needs a score that grows with the body length
 * and a share of the best theme's score, and a text over `longTextChars` characters needs
 * `longTextMinTerms` distinct phrases of a theme, so a text without a clear theme gets none.
 */
export function ruleThemes(
	doc: { title: string; body: string },
	config: ThemeConfig,
): RuleThemeTags {
	const matcher = matcherFor(config);
	const tallies = new Map<ThemeId, Tally>();
	tally(doc.body, matcher.scan(doc.body), 1, config, tallies);
	if (doc.title)
		tally(doc.title, matcher.scan(doc.title), config.scoring.titleFactor, config, tallies);

	const { relativeToTop, maxThemes } = config.scoring;
	const threshold = themeThreshold(config.scoring, doc.body.length);
	const scores: Record<string, number> = {};
	const terms: Record<string, string[]> = {};
	const ranked: { id: ThemeId; score: number }[] = [];
	const minTerms =
		doc.body.length > config.scoring.longTextChars ? config.scoring.longTextMinTerms : 1;
	for (const [id, t] of tallies) {
		const s = score(t, minTerms);
		if (s <= 0) continue;
		scores[id] = Math.round(s * 100) / 100;
		terms[id] = [...t.terms]
			.filter(([, e]) => !e.weak)
			.sort((a, b) => b[1].weight * b[1].count - a[1].weight * a[1].count)
			.map(([term]) => term);
		ranked.push({ id, score: s });
	}
	// Ties break by taxonomy order so the output is stable.
	const order = themeOrder(config);
	ranked.sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
	const top = ranked[0]?.score ?? 0;
	const themes = ranked
		.filter((r) => r.score >= threshold && r.score >= top * relativeToTop)
		.slice(0, maxThemes)
		.map((r) => r.id);

	// On a long text a sub-theme needs repeated evidence; on a clause one hit names it.
	const minSubHits = Math.max(1, Math.ceil(doc.body.length / 2000));
	const subs: { id: string; hits: number; rank: number }[] = [];
	themes.forEach((id, rank) => {
		for (const [sub, hits] of tallies.get(id)?.subThemes ?? [])
			if (hits >= minSubHits) subs.push({ id: sub, hits, rank });
	});
	subs.sort((a, b) => a.rank - b.rank || b.hits - a.hits);
	return { themes, subThemes: subs.map((s) => s.id), scores, terms };
}
