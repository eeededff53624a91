import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A reposted article that names its outlet only at the end (本文来源：…): under the headline a
 * line with the date and no outlet.
 */
export interface SourceAtEndFormats {
	/** How often a portal or reprint page is such a repost. */
	rate: number;
	/** Lines under the headline, templates with `{date}` and no `{source}`. */
	tops: string[];
	/** Lines after the text, templates with `{source}` (and maybe `{date}`). */
	ends: string[];
}

/** Whether a page names its outlet at the end; no draw when `formats` is absent. */
export function drawSourceAtEnd(
	formats: SourceAtEndFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || (layout !== 'portal' && layout !== 'reprint')) return false;
	return chance(formats.rate, random);
}

/** Writes the dated line under the headline (family `meta`), through `transform` (full-width digits …). */
export function writeDateOnly(
	w: PageWriter,
	formats: SourceAtEndFormats,
	transform: (line: string) => string,
): void {
	w.code('meta', transform(fillTemplate(pick(formats.tops, w.ctx.random), w.ctx)));
}

/** Writes the line that names the outlet after the text (family `source-end`). */
export function writeSourceEnd(w: PageWriter, formats: SourceAtEndFormats): void {
	w.code('source-end', fillTemplate(pick(formats.ends, w.ctx.random), w.ctx));
}
