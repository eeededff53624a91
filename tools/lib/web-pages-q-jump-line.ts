import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, pick, type Random } from './web-pages-template.ts';

/**
 * The 转版 notes of an e-paper article that runs on from its page to another: （下转第…版） where the
 * first part stops and （上接第…版） where the rest starts, both kept when the site prints the whole
 * text on one page.
 */
export interface JumpLineFormats {
	/** How often an article of at least three paragraphs on an e-paper page runs on so. */
	rate: number;
	/** How a page number is printed (03, 3, 三, A3 …) for the page's number from 2 to 16. */
	pages: ((n: number) => string)[];
	/** The note where the first part stops, for the page it goes on to. */
	ons: ((page: string) => string)[];
	/** The note where the rest starts, for the page it came from. */
	froms: ((page: string) => string)[];
	/** How often the second note is left out (the site joined the parts and kept one note). */
	onlyFirst: number;
}

/** Where an article's text breaks and what is written there: the paragraph after which, the notes. */
export interface Jump {
	/** The paragraph (0-based) after which the notes stand. */
	after: number;
	/** The onward note, and the note where the rest starts unless the site kept only one. */
	lines: string[];
}

/**
 * The jump of an article of `paragraphs` paragraphs, or null: it breaks after one of its paragraphs but
 * the last two, from a front page (1–4) to a later one; no draw without formats or for a text of fewer
 * than three paragraphs.
 */
export function drawJumpLine(
	formats: JumpLineFormats | undefined,
	paragraphs: number,
	random: Random,
): Jump | null {
	if (formats === undefined || paragraphs < 3 || !chance(formats.rate, random)) return null;
	const after = Math.floor(random() * (paragraphs - 2));
	const show = pick(formats.pages, random);
	const page = 1 + Math.floor(random() * 4);
	const to = page + 1 + Math.floor(random() * 8);
	const on = pick(formats.ons, random)(show(to));
	if (chance(formats.onlyFirst, random)) return { after, lines: [on] };
	return { after, lines: [on, pick(formats.froms, random)(show(page))] };
}

/** Writes the notes of `jump`, as furniture of the family `jump-line`. */
export function writeJumpLine(w: PageWriter, jump: Jump): void {
	for (const line of jump.lines) w.code('jump-line', line);
}
