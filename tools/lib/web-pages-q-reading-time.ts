import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { between, chance, pick, type Random } from './web-pages-template.ts';

/** What a reading-time line is made from. */
export interface ReadingParts {
	/** The text's length in characters, rounded as sites round it. */
	chars: number;
	/** Whole minutes to read it, at least one. */
	minutes: number;
}

/**
 * A 全文约…字，阅读约需…分钟 line that news apps, portals' reprint pages and WeChat editors print
 * between the headline block and the text.
 */
export interface ReadingTimeFormats {
	/** How often a portal, reprint or WeChat page has such a line. */
	rate: number;
	/** The least and most characters read a minute. */
	perMinute: readonly [number, number];
	/** What the length is rounded to (10, 100 …); one is drawn. */
	rounding: number[];
	/** The lines for given parts (one string may hold several lines); one is drawn. */
	lines: ((p: ReadingParts) => string)[];
}

/** True when this page has a reading-time line; no draw without formats or on an e-paper page. */
export function drawReadingTime(
	formats: ReadingTimeFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is ReadingTimeFormats {
	if (formats === undefined || layout === 'epaper') return false;
	return chance(formats.rate, random);
}

/** Writes the line for a text of `text`'s length, as furniture of the family `reading-time`. */
export function writeReadingTime(w: PageWriter, formats: ReadingTimeFormats, text: string): void {
	const r = w.ctx.random;
	const han = text.replace(/\s/gu, '').length;
	const step = pick(formats.rounding, r);
	const chars = Math.max(step, Math.round(han / step) * step);
	const speed = between(formats.perMinute, r);
	const minutes = Math.max(1, Math.round(han / speed));
	w.code('reading-time', pick(formats.lines, r)({ chars, minutes }));
}
