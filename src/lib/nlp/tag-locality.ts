import { isWithin, NATIONAL_CODE } from '../geo/gazetteer.ts';
import { findPlaceMentions, type PlaceMention } from './find-place-mentions.ts';
import type { MentionRole } from './mention-role.ts';
import { outletRegion } from './outlet-regions.ts';
import { pickPrimaryRegion, subtreeScores } from './pick-primary-region.ts';
import type {
	LocalityDeps,
	LocalityInput,
	LocalityMention,
	LocalityResult,
} from './locality-types.ts';
import { getPlaceIndex } from './place-index.ts';
import { findQualifiers } from './qualifier-mentions.ts';
import { ROLE_WEIGHT, SALIENCE, saysAboutPlace } from './salience-config.ts';
import { cutForPlaces } from './place-words.ts';
import { findDeictics, resolveDeictic } from './resolve-deictic.ts';
import { datelinePlace, resolvePlaces } from './resolve-places.ts';
import { readsAsRoundUp } from './round-up-cue.ts';
import { organisationPlace } from './organisation-place.ts';

export type {
	LocalityDeps,
	LocalityInput,
	LocalityMention,
	LocalityResult,
} from './locality-types.ts';
export { regionOfClause } from './region-of-clause.ts';

/** 北京: national outlets file central-government news from the capital, so its dateline says nothing local. */
const CAPITAL_CODE = '110000';

const LEADING_ROLES: ReadonlySet<MentionRole> = new Set(['title', 'kicker', 'subject']);

const HEADLINE_ROLE: Record<number, MentionRole> = {
	[-1]: 'title',
	[-2]: 'kicker',
	[-3]: 'kicker',
};
// A central body issuing or deciding: 司法部印发, 国务院办公厅, 中共中央 国务院, 全国人大.
const NATIONAL_SUBJECT =
	/国务院|中共中央|党中央|国家(?:副)?主席|中央(?:办公厅|委员会|军委|政治局|全面|经济工作|网信办|组织部|宣传部)|全国人大(?!代表)|全国政协(?!委员)|最高人民(?:法院|检察院)|(?:^|[、，,。；\s“）)])(?:[\u4e00-\u9fa5]{1,5}部|总局|国家[\u4e00-\u9fa5]{1,8}(?:局|委|署))[^，。；\n]{0,12}?(?:印发|发布|出台|联合|召开|部署|公布|启动)/;

function weightOf(role: MentionRole, paragraph: number): number {
	// Later paragraphs weigh less: a page's neighbour glued on at the end, or examples from elsewhere.
	const decay = paragraph > 0 ? 1 / (1 + SALIENCE.positionDecay * paragraph) : 1;
	return ROLE_WEIGHT[role] * (paragraph === 0 ? SALIENCE.leadFactor : decay);
}

function fields(input: LocalityInput): Array<[number, string]> {
	const out: Array<[number, string]> = [[-1, input.title]];
	if (input.kicker) out.push([-2, input.kicker]);
	if (input.subtitle) out.push([-3, input.subtitle]);
	input.paragraphs.forEach((p, i) => out.push([i, p]));
	return out;
}

/**
 * Tags an article with the places it is about (GB/T 2260 codes through the gazetteer). Names
 * in headlines, in the lead and as the subject of a clause weigh most; names inside organisation
 * names, destinations and origins weigh little or nothing; 我市/全区/区委 resolve to the place of
 * that kind the article names most, else to the outlet's home (德州新闻网 → 德州). The primary
 * region is chosen by salience (see `pickPrimaryRegion`); central-government items with no local
 * subject get `000000`.
 */
export function tagLocalities(input: LocalityInput, deps: LocalityDeps): LocalityResult {
	const index = deps.places ?? getPlaceIndex();
	const outlet = outletRegion(input.source, index);
	const home = outlet === NATIONAL_CODE ? undefined : outlet;
	const filed: Array<string | undefined> = [];
	if (input.dateline) {
		const found = findPlaceMentions(
			input.dateline,
			cutForPlaces(input.dateline, deps.segmenter, index, deps.cuts),
			index,
			-4,
			'body',
		);
		for (const m of found) filed.push(datelinePlace(m));
	}
	const texts = fields(input);
	const explicit: PlaceMention[] = [];
	const reporters = (input.reporters ?? []).filter((name) => name.length >= 2);
	for (const [paragraph, text] of texts) {
		const found = findPlaceMentions(
			text,
			cutForPlaces(text, deps.segmenter, index, deps.cuts),
			index,
			paragraph,
			HEADLINE_ROLE[paragraph],
		);
		// A reporter's name is no place, even when it reads like one (most items credit none).
		if (reporters.length === 0) {
			for (const m of found) explicit.push(m);
			continue;
		}
		const names = reporters.flatMap((name) => spansOf(text, name));
		explicit.push(
			...found.filter(
				(m) => !names.some(([a, b]) => m.offset < b && m.offset + m.surface.length > a),
			),
		);
	}
	for (const m of explicit) if (m.role === 'dateline') filed.push(datelinePlace(m));
	const filedFrom = filed.filter((code) => code !== undefined);
	// Central news is filed from the capital (本报北京…电) by every outlet not at home there,
	// national or not (a page's credit line can stand in for its outlet): other datelines say more.
	const atHomeInCapital = home !== undefined && isWithin(home, CAPITAL_CODE);
	const filedAway = filedFrom.filter((code) => atHomeInCapital || !isWithin(code, CAPITAL_CODE));
	const resolved = resolvePlaces(explicit, index, home ? [home, ...filedFrom] : filedFrom);
	const scores = new Map<string, number>();
	const add = (code: string, weight: number) => scores.set(code, (scores.get(code) ?? 0) + weight);
	const textOf = new Map(texts);
	const qualifiers = findQualifiers(resolved, (paragraph) => textOf.get(paragraph) ?? '');
	for (const m of resolved)
		add(m.code, weightOf(m.role, m.paragraph) * (qualifiers.has(m) ? SALIENCE.qualifierFactor : 1));
	const explicitScores = new Map(scores);
	// 峄城区…, 我市召开…: a headline that names its place is local whatever central body it cites.
	let headlineHasPlace = resolved.some((m) => m.paragraph < 0 && ROLE_WEIGHT[m.role] > 0);
	const mentions: LocalityMention[] = resolved.map(
		({ code, surface, paragraph, offset, role }) => ({ code, surface, paragraph, offset, role }),
	);
	for (const [paragraph, text] of texts) {
		const taken = resolved
			.filter((m) => m.paragraph === paragraph)
			.map((m) => [m.offset, m.offset + m.surface.length] as const);
		for (const d of findDeictics(text, paragraph, taken)) {
			const code = resolveDeictic(d.unit, explicitScores, home);
			if (code === undefined) continue;
			const role: MentionRole = HEADLINE_ROLE[paragraph] ?? 'deictic';
			add(
				code,
				weightOf(role, paragraph) * (d.strong ? SALIENCE.strongDeictic : SALIENCE.weakDeictic),
			);
			mentions.push({ code, surface: d.surface, paragraph, offset: d.offset, role: 'deictic' });
			if (paragraph < 0 && d.strong) headlineHasPlace = true;
		}
	}
	mentions.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
	const explicitTotal = [...scores.values()].reduce((a, b) => a + b, 0);
	if (explicitTotal === 0) {
		// Nothing local carries weight: a local outlet's article is about its home; a national
		// outlet's item filed from a province (本报武汉2月9日电) is about where it was filed.
		// With neither, an item whose headline or lead names a body after its place (浙江大学…) is
		// about that place. Filed from the capital by an outlet at home elsewhere, it is central news.
		const fromCapital = filedAway.length < filedFrom.length;
		const fallback =
			(fromCapital ? undefined : home) ??
			filedAway[0] ??
			organisationPlace([input.title, input.paragraphs[0] ?? ''], index);
		if (fallback !== undefined) scores.set(fallback, 1);
	}
	// Filed from a province (本报贵阳…电) or published by an outlet at home there (菏泽日报): that
	// province leads unless the text clearly says otherwise; the city or county is the text's to name.
	const prior = new Map(
		[...filedAway, ...(home === undefined ? [] : [home])].map((code) => [
			`${code.slice(0, 2)}0000`,
			SALIENCE.datelinePrior,
		]),
	);
	const roundUpCue = readsAsRoundUp({
		title: input.title,
		...(input.kicker === undefined ? {} : { kicker: input.kicker }),
		...(input.subtitle === undefined ? {} : { subtitle: input.subtitle }),
		...(input.paragraphs[0] === undefined ? {} : { lead: input.paragraphs[0] }),
		mentions: resolved,
	});
	let region = pickPrimaryRegion(scores, prior, { roundUpCue });
	const leadHasPlace =
		headlineHasPlace || resolved.some((m) => m.paragraph === 0 && saysAboutPlace(m.role));
	// A national outlet's item that names a place once in passing (…香港…) is no local report.
	if (
		outlet === NATIONAL_CODE &&
		filedAway.length === 0 &&
		!leadHasPlace &&
		explicitTotal > 0 &&
		explicitTotal < SALIENCE.minLocalWeight
	)
		region = NATIONAL_CODE;
	const lead = `${input.title}\n${input.kicker ?? ''}\n${input.paragraphs[0] ?? ''}`;
	if (!headlineHasPlace && NATIONAL_SUBJECT.test(lead) && region !== NATIONAL_CODE) {
		const total = [...scores.values()].reduce((a, b) => a + b, 0);
		// A central document with a local example keeps `000000` unless the place clearly dominates.
		if (
			(subtreeScores(scores).get(region) ?? 0) < SALIENCE.centralItemShare * total ||
			total < SALIENCE.centralItemMinWeight
		)
			region = NATIONAL_CODE;
	}
	const leading = new Set(resolved.filter((m) => LEADING_ROLES.has(m.role)).map((m) => m.code));
	return { region, regions: listRegions(region, scores, leading), mentions };
}

function spansOf(text: string, word: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
		spans.push([at, at + word.length]);
	}
	return spans;
}

/** The primary region, then every other place with real weight (it leads a clause, or is named often), dropping ancestors of listed places. */
function listRegions(
	primary: string,
	scores: ReadonlyMap<string, number>,
	leading: ReadonlySet<string>,
): string[] {
	const weighty = [...scores]
		.filter(
			([code, s]) =>
				code !== primary &&
				s >= (leading.has(code) ? SALIENCE.minRegionWeight : SALIENCE.minPlainRegionWeight),
		)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const codes = [primary, ...weighty.map(([code]) => code)];
	return codes.filter(
		(code, i) =>
			i === 0 ||
			!codes.some((other) => other !== code && other !== NATIONAL_CODE && isWithin(other, code)),
	);
}
