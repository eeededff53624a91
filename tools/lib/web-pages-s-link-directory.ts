import { shuffle } from '../../src/lib/random.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/** The 网站链接 block above a portal's footer: other governments', departments' and towns' sites. */
export interface LinkDirectoryFormats {
	/** How often a portal page saved from its desktop view keeps it. */
	rate: number;
	/** Headings (templates; an empty one prints none). */
	heads: string[];
	/** Groups of links: a label template and the sites it lists (templates of the split's placeholders). */
	groups: { label: string; sites: string[] }[];
	/** The least and most groups printed. */
	count: readonly [number, number];
	/** The least and most sites a group prints (a closed drop-down prints its label alone: 0). */
	sites: readonly [number, number];
	/** What joins a group's label and its sites (`\n` puts each on a line of its own). */
	glues: string[];
}

/** Whether a portal page keeps its link block; draws only when the split's formats have one. */
export function drawLinkDirectory(
	formats: LinkDirectoryFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): formats is LinkDirectoryFormats {
	return formats !== undefined && layout === 'portal' && desktop && chance(formats.rate, random);
}

/** Writes the heading and the groups, as furniture of the family `link-directory`. */
export function writeLinkDirectory(w: PageWriter, formats: LinkDirectoryFormats): void {
	const r = w.ctx.random;
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	if (head !== '') w.code('link-directory', head);
	const glue = pick(formats.glues, r);
	const groups = shuffle([...formats.groups], r).slice(0, between(formats.count, r));
	for (const group of groups) {
		const sites = shuffle([...group.sites], r).slice(0, between(formats.sites, r));
		const parts = [group.label, ...sites].map((t) => fillTemplate(t, w.ctx));
		w.code('link-directory', parts.join(glue));
	}
}
