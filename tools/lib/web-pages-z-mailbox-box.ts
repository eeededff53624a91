import type { PageWriter } from './web-pages-page-writer.ts';
import { between, fillTemplate, pick } from './web-pages-template.ts';

/** The figures a 领导信箱 box prints. */
export interface MailboxParts {
	/** Letters received this month. */
	received: number;
	/** Letters answered of those. */
	answered: number;
	/** Letters received in all. */
	total: number;
}

/** A portal's 领导信箱 box: its mailboxes, buttons and monthly figures, above the footer. */
export interface MailboxBoxFormats {
	/** How often a desktop portal page keeps the box. */
	rate: number;
	/** The boxes (templates of the split's placeholders; one string may hold several lines). */
	boxes: ((p: MailboxParts) => string)[];
}

/** Whether a desktop portal page keeps the box; no random draw where `formats` is absent. */
export function drawMailboxBox(
	formats: MailboxBoxFormats | undefined,
	layout: string,
	desktop: boolean,
	r: () => number,
): boolean {
	return formats !== undefined && layout === 'portal' && desktop && r() < formats.rate;
}

/** Writes the box. */
export function writeMailboxBox(w: PageWriter, formats: MailboxBoxFormats): void {
	const r = w.ctx.random;
	const received = between([3, 240], r);
	const answered = between([Math.floor(received / 2), received], r);
	const total = received + between([500, 90000], r);
	w.code('mailbox-box', fillTemplate(pick(formats.boxes, r)({ received, answered, total }), w.ctx));
}
