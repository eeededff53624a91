import { getDivision, isWithin, type Division } from '../geo/gazetteer.ts';
import type { PlaceMention } from './find-place-mentions.ts';
import type { PlaceIndex } from './place-index.ts';

/** A mention with the division it was resolved to. */
export interface ResolvedMention extends PlaceMention {
	/** GB/T 2260 code of the chosen division. */
	code: string;
}

function provinceOf(code: string): string {
	return `${code.slice(0, 2)}0000`;
}

/**
 * How well the context codes support reading a mention as `division`: 3 for a name glued in
 * front that contains it, 2 per named place above (1 for a province) or below it, 1 per sibling,
 * 0.5 per place in the same province. `strict` (for ordinary words such as 和平) counts only a
 * glued name, the dateline or outlet, a city above it and places below it.
 */
function support(
	division: Division,
	mention: PlaceMention,
	anchors: ReadonlySet<string>,
	context: ReadonlySet<string>,
	strict: boolean,
): number {
	// 本报开封…电 and 开封菊花文化节: the dateline or the outlet's home is the place itself.
	let score = context.has(division.code) ? 2 : 0;
	// 山东河口, 菏泽东明, 东营市河口区: the name glued in front names the place around it.
	if (
		mention.follows?.candidates.some(
			(c) => c.division.code !== division.code && isWithin(division.code, c.division.code),
		)
	) {
		score += 3;
	}
	for (const anchor of anchors) {
		if (anchor === division.code) continue;
		if (isWithin(anchor, division.code)) score += 2;
		else if (isWithin(division.code, anchor)) {
			// A province around it is weak evidence: every 湖北 story would otherwise wake its 东风 and 荷塘.
			if (getDivision(anchor)?.level !== 'province') score += 2;
			else if (!strict) score += 1;
		} else if (strict) continue;
		else if (division.parent !== null && getDivision(anchor)?.parent === division.parent)
			score += 1;
		else if (provinceOf(anchor) === provinceOf(division.code)) score += 0.5;
	}
	return score;
}

/**
 * Chooses a division for each mention. A name with one reading keeps it, unless it is mostly an
 * ordinary word (`needsSupport`: 和平, 新华) and nothing around it names a related place. A name
 * with several readings (河口, 朝阳区) takes the one best supported by the unambiguous places of the
 * article, the `context` codes (outlet home, dateline) and the name glued in front; a tie is left
 * unresolved rather than guessed, except that a province wins a tie with its namesake (吉林). A
 * county's short form in running text (石鼓) also needs support, unless a headline uses it.
 */
export function resolvePlaces(
	mentions: readonly PlaceMention[],
	index: PlaceIndex,
	context: readonly string[] = [],
): ResolvedMention[] {
	const contextCodes = new Set(context);
	const anchors = new Set(context);
	for (const m of mentions) {
		const [only] = m.candidates;
		if (only && m.candidates.length === 1 && !index.needsSupport.has(m.surface))
			anchors.add(only.division.code);
	}
	const inHeadline = new Set(mentions.filter((m) => m.paragraph < 0).map((m) => m.surface));
	const resolved: ResolvedMention[] = [];
	for (const mention of mentions) {
		const needsSupport = index.needsSupport.has(mention.surface);
		// 长沙 is 长沙市, not the 长沙县 inside it: a shared stem names the larger place.
		const outer = mention.candidates.filter(
			(c) =>
				c.form === 'full' ||
				!mention.candidates.some(
					(o) => o.division.code !== c.division.code && isWithin(c.division.code, o.division.code),
				),
		);
		const scored = outer
			.map((c) => ({
				division: c.division,
				form: c.form,
				score: support(c.division, mention, anchors, contextCodes, needsSupport),
			}))
			.sort((a, b) => b.score - a.score);
		const [best, second] = scored;
		if (!best) continue;
		let code: string | undefined;
		if (scored.length === 1) {
			// A county's bare stem in running text (石鼓, 荷塘小炒, 俄乌达成) is more often a word or a
			// landmark than the county: it counts with a related place named, or in a headline (陵城:…).
			const bareCounty =
				best.form === 'short' &&
				best.division.level === 'county' &&
				!inHeadline.has(mention.surface);
			code = best.score === 0 && (needsSupport || bareCounty) ? undefined : best.division.code;
		} else if (best.score > 0 && best.score > (second?.score ?? 0)) code = best.division.code;
		else if (!needsSupport) {
			const provinces = scored.filter((s) => s.division.level === 'province');
			if (provinces.length === 1 && provinces[0]?.score === best.score)
				code = provinces[0].division.code;
		}
		if (code !== undefined) resolved.push({ ...mention, code });
	}
	return resolved;
}

/**
 * The place a dateline names (本报开封…电): a dateline always names a place, so ordinary-word
 * names (开封) count without support, and of several readings the one city or province is taken.
 */
export function datelinePlace(mention: PlaceMention): string | undefined {
	const codes = mention.candidates.map((c) => c.division);
	if (codes.length === 1) return codes[0]?.code;
	const cities = codes.filter((d) => d.level !== 'county');
	return cities.length === 1 ? cities[0]?.code : undefined;
}
