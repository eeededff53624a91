import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A 作者简介 card after a story: the writer's name, the unit the writer works for and a line about
 * the writer (a village's 第一书记, a school's teacher, a correspondent). The unit is the writer's,
 * not the outlet that printed the story; the card is furniture of the family `author-card`.
 */
export interface AuthorCardFormats {
	/** How often a portal, reprint or WeChat page prints such a card after its text. */
	rate: number;
	/** The writers' units (templates of the split's placeholders). */
	units: string[];
	/** The cards, templates holding `{name}`, `{unit}` and the split's placeholders (one string may hold several lines). */
	cards: string[];
}

/** Whether the page prints an author card; no random draw when the split has none or the layout never does. */
export function drawAuthorCard(
	formats: AuthorCardFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout === 'epaper') return false;
	return chance(formats.rate, random);
}

/** Writes the card as furniture of the family `author-card`. */
export function writeAuthorCard(w: PageWriter, formats: AuthorCardFormats): void {
	const r = w.ctx.random;
	const unit = fillTemplate(pick(formats.units, r), w.ctx);
	const card = pick(formats.cards, r).replace(/\{unit\}/gu, unit);
	w.code('author-card', fillTemplate(card, w.ctx));
}
