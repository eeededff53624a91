import { z } from 'astro/zod';
import placeContext from '../../../search-config/place-context.json' with { type: 'json' };
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { MENTION_ROLES, type MentionRole } from './mention-role.ts';

/** Weights and shares that choose an article's primary region (`salience` in `search-config/place-context.json`). */
export const SalienceConfigSchema = z.object({
	/**
	 * How much a mention in each role says the article is about the place; a role weighing at least
	 * what `body` weighs says so outright (`saysAboutPlace`).
	 */
	roleWeights: z.record(z.enum(MENTION_ROLES), z.number().min(0)),
	/** Share of all place weight the leading province must hold, or the article is a national round-up. */
	provinceShare: z.number().min(0).max(1).default(0.4),
	/** Share of all place weight that makes a province count as one of a round-up's places. */
	presentShare: z.number().min(0).max(1).default(0.1),
	/** Provinces present (`presentShare`) that make an item a round-up. */
	roundUpProvinces: z.number().int().min(2).default(3),
	/** Share the leading province must hold when `roundUpProvinces` provinces or more are present. */
	roundUpShare: z.number().min(0).max(1).default(0.5),
	/** Share of its parent's weight a place must hold to be chosen instead of the parent. */
	childShare: z.number().min(0).max(1).default(0.5),
	/** Share of its weight a name keeps when it only locates a more specific place (湖北宜昌五峰县). */
	qualifierFactor: z.number().min(0).max(1).default(0.3),
	/** Weight a dateline's province (本报贵阳…电) adds when choosing the province, never below it. */
	datelinePrior: z.number().min(0).default(2),
	/** Share of a name's weight that 我市/本区/全县 carries: the place named in the first person. */
	strongDeictic: z.number().min(0).default(1),
	/** Share of a name's weight that 市委/区政府 carries: the place only through its institutions. */
	weakDeictic: z.number().min(0).default(0.25),
	/** Place weight a national outlet's item needs, when its headline and lead name no place, to be local. */
	minLocalWeight: z.number().min(0).default(2),
	/** How many times a mention in the lead (paragraph 0) weighs what its role weighs elsewhere. */
	leadFactor: z.number().min(0).default(1.5),
	/** How fast a mention's weight falls with its paragraph: paragraph p (0 = lead) weighs 1 / (1 + positionDecay · p). */
	positionDecay: z.number().min(0).default(0),
	/** Share of its parent's weight the one child named (no sibling beside it) needs to be chosen. */
	soleChildShare: z.number().min(0).max(1).default(0.5),
	/** Share the leading province must hold when the headline or lead says the item spans places (各地, 多地). */
	roundUpCueShare: z.number().min(0).max(1).default(0.7),
	/** Provinces present that, with such words, make an item a round-up. */
	roundUpCueProvinces: z.number().int().min(1).default(2),
	/** Provinces a headline must name (北京、杭州、成都…探访) for the item to read as spanning places. */
	roundUpHeadlineProvinces: z.number().int().min(2).default(3),
	/** Weight a secondary place needs to be listed in `regions` when it heads a headline or a clause. */
	minRegionWeight: z.number().min(0).default(2),
	/** Weight a secondary place needs when it is only named in running text (家住赛罕区…): three mentions. */
	minPlainRegionWeight: z.number().min(0).default(3),
	/** Share of all place weight a place needs to keep a central body's item (国务院印发…) local when its headline names no place. */
	centralItemShare: z.number().min(0).max(1).default(0.7),
	/** Place weight a central body's item needs, besides that share, to stay local. */
	centralItemMinWeight: z.number().min(0).default(6),
});
type SalienceConfig = z.output<typeof SalienceConfigSchema>;

/** The salience settings of `search-config/place-context.json`; throws naming the file and field when invalid. */
export const SALIENCE: SalienceConfig = parseWithFriendlyErrors(
	SalienceConfigSchema,
	(placeContext as { salience?: unknown }).salience ?? {},
	'search-config/place-context.json → salience',
);

/** How much a mention in each role says the article is about the place (`roleWeights`). */
export const ROLE_WEIGHT: Readonly<Record<MentionRole, number>> = SALIENCE.roleWeights;

/** True for a role that says outright the article is about the place: it weighs what `body` weighs or more. */
export function saysAboutPlace(role: MentionRole): boolean {
	return ROLE_WEIGHT[role] >= ROLE_WEIGHT.body;
}
