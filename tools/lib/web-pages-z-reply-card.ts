import type { PageWriter } from './web-pages-page-writer.ts';
import { addDays, between, fillTemplate, formatDate, pick } from './web-pages-template.ts';

/** What one 网民留言 and its answer are made from. */
export interface ReplyParts {
	/** What the resident asked (a template filled). */
	question: string;
	/** When it was asked: days after the article's. */
	asked: string;
	/** The office that answered. */
	unit: string;
	/** What the office answered (a template filled). */
	answer: string;
	/** When it answered: days after the question. */
	replied: string;
	/** A letter number. */
	n: string;
}

/** A portal's 政民互动 card under an article: a resident's message and an office's dated answer. */
export interface ReplyCardFormats {
	/** How often a portal page keeps such a card after its text. */
	rate: number;
	/** Questions (templates of the split's placeholders). */
	questions: string[];
	/** Answers (templates). */
	answers: string[];
	/** Offices that answer (templates). */
	units: string[];
	/** Date formats of the two days (see `formatDate`). */
	dates: string[];
	/** The cards (one string may hold several lines). */
	cards: ((p: ReplyParts) => string)[];
}

/** Whether a portal page keeps a card; no random draw where `formats` is absent. */
export function drawReplyCard(
	formats: ReplyCardFormats | undefined,
	layout: string,
	r: () => number,
): boolean {
	return formats !== undefined && layout === 'portal' && r() < formats.rate;
}

/** Writes the card, both its days later than the article's `date`. */
export function writeReplyCard(w: PageWriter, formats: ReplyCardFormats, date: string): void {
	const r = w.ctx.random;
	const ask = addDays(date, between([1, 40], r));
	const reply = addDays(ask, between([1, 15], r));
	const format = pick(formats.dates, r);
	const card = pick(
		formats.cards,
		r,
	)({
		question: fillTemplate(pick(formats.questions, r), w.ctx),
		asked: formatDate(ask, format, r),
		unit: fillTemplate(pick(formats.units, r), w.ctx),
		answer: fillTemplate(pick(formats.answers, r), w.ctx),
		replied: formatDate(reply, format, r),
		n: String(between([100000, 999999], r)),
	});
	w.code('reply-card', card);
}
