import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import {
	addDays,
	chance,
	fillTemplate,
	formatDate,
	pick,
	type Random,
} from './web-pages-template.ts';

/**
 * A WeChat post's 投票 card after its text: the poll's question, its options with their counts, how
 * many took part and the day it closes (some days after the post, never the post's own day).
 */
export interface VoteCardFormats {
	/** How often a wechat page keeps it. */
	rate: number;
	/** Card heads: templates with `{votes}` (how many took part) and the split's placeholders. */
	heads: string[];
	/** Option lists (one option a string); each option is followed by its count. */
	options: string[][];
	/** How an option and its count are printed: `{option}`, `{count}`. */
	optionLines: string[];
	/** Closing lines: templates with `{close}`, the closing day in one of `closeDates`. */
	closes: string[];
	/** Date formats of the closing day (as the page's date formats). */
	closeDates: string[];
	/** Least and most days from the post to the poll's close. */
	days: readonly [number, number];
}

/** Whether a page keeps the card; no draw when `formats` is absent. */
export function drawVoteCard(
	formats: VoteCardFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout !== 'wechat') return false;
	return chance(formats.rate, random);
}

/** Writes the card (family `vote-card`); its closing day is later than `date`. */
export function writeVoteCard(w: PageWriter, formats: VoteCardFormats, date: string): void {
	const r = w.ctx.random;
	const [least, most] = formats.days;
	const votes = String(100 + Math.floor(r() * 9900));
	w.code('vote-card', fillTemplate(pick(formats.heads, r).replace('{votes}', votes), w.ctx));
	const line = pick(formats.optionLines, r);
	for (const option of pick(formats.options, r)) {
		const count = String(Math.floor(r() * 3000));
		w.code('vote-card', line.replace('{option}', option).replace('{count}', count));
	}
	const close = addDays(date, least + Math.floor(r() * (most - least + 1)));
	const day = formatDate(close, pick(formats.closeDates, r), r);
	w.code('vote-card', pick(formats.closes, r).replace('{close}', day));
}
