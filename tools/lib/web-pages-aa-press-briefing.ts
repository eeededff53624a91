import type { PageWriter } from './web-pages-page-writer.ts';
import {
	between,
	chance,
	fillTemplate,
	formatDate,
	personName,
	pick,
	type Random,
} from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/** What a 新闻发布会 page's header block is made from. */
export interface PressBriefingParts {
	/** The briefing's number in the year's series (第N场). */
	session: number;
	/** The briefing's day (the article's), printed with its hour. */
	date: string;
	/** Where it was held, its placeholders filled. */
	hall: string;
	/** Who chaired it. */
	host: string;
	/** Who spoke, each with the post before the name. */
	speakers: string[];
}

/**
 * The header a portal prints above the report of one of its 新闻发布会: the series and the
 * briefing's number, its day and hour, the hall, who chaired it and who spoke, between the headline
 * block and the text.
 */
export interface PressBriefingFormats {
	/** How often a portal page reports a briefing with such a header. */
	rate: number;
	/** The least and most briefings in the series so far. */
	sessions: readonly [number, number];
	/** Date formats of the briefing's day and hour (see `formatDate`). */
	dates: string[];
	/** Halls (templates of the split's placeholders). */
	halls: string[];
	/** Posts of those who chair (templates); the name follows. */
	hosts: string[];
	/** Posts of those who speak (templates); the name follows; one to three are drawn. */
	posts: string[];
	/** Ways the block is printed (one string holds several lines); one is drawn. */
	blocks: ((p: PressBriefingParts) => string)[];
}

/** Whether a page carries the briefing header; no random draw for a split without the kind. */
export function drawPressBriefing(
	f: PressBriefingFormats | undefined,
	layout: WebLayout,
	r: Random,
): boolean {
	return f !== undefined && layout === 'portal' && chance(f.rate, r);
}

/** Writes the header, as furniture `press-briefing`, for the briefing held on `iso`. */
export function writePressBriefing(w: PageWriter, f: PressBriefingFormats, iso: string): void {
	const r = w.ctx.random;
	const post = (list: string[]) => `${fillTemplate(pick(list, r), w.ctx)} ${personName(w.ctx)}`;
	const speakers = Array.from({ length: between([1, 3], r) }, () => post(f.posts));
	const parts: PressBriefingParts = {
		session: between(f.sessions, r),
		date: formatDate(iso, pick(f.dates, r), r),
		hall: fillTemplate(pick(f.halls, r), w.ctx),
		host: post(f.hosts),
		speakers,
	};
	w.code('press-briefing', fillTemplate(pick(f.blocks, r)(parts), w.ctx));
}
