import type { PageWriter } from './web-pages-page-writer.ts';
import { shuffle } from '../../src/lib/random.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * The 政务新媒体矩阵 box a county portal keeps above its footer: the government's accounts on each
 * platform (微信公众号, 微博, 抖音号, 视频号, 今日头条号 …), each with its name, under a heading.
 */
export interface MediaMatrixFormats {
	/** How often a portal page saved from a desktop browser keeps the box. */
	rate: number;
	/** Headings of the box (templates); one is drawn. */
	heads: string[];
	/** Platforms; two to five are drawn. */
	platforms: string[];
	/** Account names (templates of the split's placeholders); one a platform. */
	accounts: string[];
	/** Ways one entry is printed; one is drawn for the box. */
	items: ((platform: string, account: string) => string)[];
	/** What joins the entries: a line break or a separator that keeps them on one line. */
	joins: string[];
}

/** Whether a page keeps the box; no random draw for a split without the kind. */
export function drawMediaMatrix(
	f: MediaMatrixFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	r: Random,
): boolean {
	return f !== undefined && layout === 'portal' && desktop && chance(f.rate, r);
}

/** Writes the box, as furniture `media-matrix`. */
export function writeMediaMatrix(w: PageWriter, f: MediaMatrixFormats): void {
	const r = w.ctx.random;
	const item = pick(f.items, r);
	const platforms = shuffle([...f.platforms], r).slice(0, between([2, 5], r));
	const entries = platforms.map((p) => item(p, fillTemplate(pick(f.accounts, r), w.ctx)));
	w.code(
		'media-matrix',
		`${fillTemplate(pick(f.heads, r), w.ctx)}\n${entries.join(pick(f.joins, r))}`,
	);
}
