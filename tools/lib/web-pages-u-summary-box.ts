import type { PageWriter } from './web-pages-page-writer.ts';
import { bodyParagraphs, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A 摘要/内容提要 box that a site's CMS fills from the article's lead and prints between the
 * headline block and the text: the text's first sentence again, furniture (the text keeps it).
 */
export interface SummaryBoxFormats {
	/** How often a portal, reprint or WeChat page has such a box. */
	rate: number;
	/** The boxes, templates with `{lead}` and the split's placeholders (one string may hold several lines). */
	boxes: string[];
	/** The most characters of the lead a box prints; a longer one is cut and ends with an ellipsis. */
	longest: number;
	/** What a cut lead ends with. */
	ellipses: string[];
}

/** Whether a page prints a summary box; draws only when the split's formats have one. */
export function drawSummaryBox(
	formats: SummaryBoxFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout === 'epaper') return false;
	return chance(formats.rate, random);
}

/** The first sentence of `text`'s first paragraph, with its closing mark. */
export function leadSentence(text: string): string {
	const first = bodyParagraphs(text)[0] ?? '';
	const end = /[。！？]/u.exec(first);
	return end === null ? first : first.slice(0, end.index + 1);
}

/** Writes the box for the article of `text`, as furniture of the family `summary-box`. */
export function writeSummaryBox(w: PageWriter, formats: SummaryBoxFormats, text: string): void {
	const r = w.ctx.random;
	const whole = leadSentence(text);
	const lead =
		whole.length > formats.longest
			? whole.slice(0, formats.longest) + pick(formats.ellipses, r)
			: whole;
	// The lead is article text: only the box's own words are filled as a template.
	const parts = pick(formats.boxes, r).split('{lead}');
	w.code('summary-box', parts.map((part) => fillTemplate(part, w.ctx)).join(lead));
}
