import { z } from 'astro/zod';

/**
 * The fixed theme ids of the product contract (DESIGN.md). Labels, descriptions, sub-themes and
 * matching rules live in `search-config/themes.yaml`, so editors can tune them without code.
 */
export const THEME_IDS = [
	'cadre-work-style',
	'cadre-selection',
	'cadre-rotation',
	'cadre-training',
	'cadre-evaluation',
	'cadre-incentive',
	'party-building',
	'discipline',
	'ecology',
	'business-environment',
	'enterprise-service',
	'investment-projects',
	'talent',
	'rural-revitalization',
	'grassroots-governance',
	'rule-of-law',
	'livelihood',
	'culture-publicity',
] as const;

/** One theme id from the taxonomy. */
export const ThemeIdSchema = z.enum(THEME_IDS);
export type ThemeId = z.output<typeof ThemeIdSchema>;

/** What an item on a page is: a news story, a photo caption, an official notice, a contents list. */
export const ARTICLE_KINDS = ['news', 'photo', 'notice', 'contents', 'other'] as const;
export const ArticleKindSchema = z.enum(ARTICLE_KINDS);
export type ArticleKind = z.output<typeof ArticleKindSchema>;

/** How much of a date the source printed. */
const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.output<typeof DatePrecisionSchema>;
