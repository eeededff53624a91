import type { PageWriter } from './web-pages-page-writer.ts';
import { between, fillTemplate, pick } from './web-pages-template.ts';

/** What one item of a 相关文件 list is made from. */
export interface DocRefParts {
	/** The document's title (a template filled from the split's placeholders). */
	title: string;
	/** The issuing office's 文号 prefix (…政办发). */
	office: string;
	/** The year in the 文号's brackets, never the page's date. */
	year: string;
	/** The document's number within its year. */
	n: number;
}

/** A 相关文件 list: other documents a portal article cites, each with its 文号. */
export interface DocRefsFormats {
	/** How often a portal page lists such documents after its text. */
	rate: number;
	/** Headings of the list (templates; an empty one prints none). */
	heads: string[];
	/** Document titles (templates of the split's placeholders). */
	titles: string[];
	/** 文号 prefixes (templates). */
	offices: string[];
	/** Ways one item is printed; one is drawn per list. */
	items: ((p: DocRefParts) => string)[];
	/** The least and most documents listed. */
	count: readonly [number, number];
}

/** Whether a page of `layout` lists cited documents; no random draw where `formats` is absent. */
export function drawDocRefs(
	formats: DocRefsFormats | undefined,
	layout: string,
	r: () => number,
): boolean {
	return formats !== undefined && layout === 'portal' && r() < formats.rate;
}

/** Writes the list, its years one to three before the article's. */
export function writeDocRefs(w: PageWriter, formats: DocRefsFormats, date: string): void {
	const r = w.ctx.random;
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	if (head !== '') w.code('doc-refs', head);
	const item = pick(formats.items, r);
	const count = between(formats.count, r);
	for (let i = 0; i < count; i++) {
		const year = String(Number(date.slice(0, 4)) - between([1, 3], r));
		const line = item({
			title: fillTemplate(pick(formats.titles, r), w.ctx),
			office: fillTemplate(pick(formats.offices, r), w.ctx),
			year,
			n: between([1, 120], r),
		});
		w.code('doc-refs', line);
	}
}
