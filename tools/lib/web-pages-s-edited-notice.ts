import type { PageWriter } from './web-pages-page-writer.ts';
import {
	addDays,
	between,
	chance,
	fillTemplate,
	formatDate,
	pick,
	type Random,
} from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/** A WeChat article's 已修改 notice: the account edited the post on a later day than it was sent. */
export interface EditedNoticeFormats {
	/** How often a WeChat page (not a copy of the bare article) keeps such a notice. */
	rate: number;
	/** How often it stands after the text (by the 阅读 count) rather than under the header. */
	atEnd: number;
	/** The least and most days after the article's date that it was edited. */
	days: readonly [number, number];
	/** Date formats of `{edited}` (see `formatDate`). */
	dates: string[];
	/** The notices under the header, templates holding `{edited}` and the split's placeholders. */
	heads: string[];
	/** The notices after the text, templates holding `{edited}` (one string may hold several lines). */
	ends: string[];
}

/** Where a WeChat page's 已修改 notice stands; draws only when the split's formats have one. */
export function drawEditedNotice(
	formats: EditedNoticeFormats | undefined,
	layout: WebLayout,
	random: Random,
): 'head' | 'end' | null {
	if (formats === undefined || layout !== 'wechat' || !chance(formats.rate, random)) return null;
	return chance(formats.atEnd, random) ? 'end' : 'head';
}

/** Writes the notice for an article of `iso`, dated a later day, as furniture of `edited-notice`. */
export function writeEditedNotice(
	w: PageWriter,
	formats: EditedNoticeFormats,
	place: 'head' | 'end',
	iso: string,
): void {
	const r = w.ctx.random;
	const edited = formatDate(addDays(iso, between(formats.days, r)), pick(formats.dates, r), r);
	const template = pick(place === 'head' ? formats.heads : formats.ends, r);
	w.code('edited-notice', fillTemplate(template.replaceAll('{edited}', edited), w.ctx));
}
