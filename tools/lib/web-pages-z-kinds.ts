import type { CodeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { drawBadgeStrip, writeBadgeStrip } from './web-pages-z-badge-strip.ts';
import { drawDocRefs, writeDocRefs } from './web-pages-z-doc-refs.ts';
import { drawMailboxBox, writeMailboxBox } from './web-pages-z-mailbox-box.ts';
import { drawReplyCard, writeReplyCard } from './web-pages-z-reply-card.ts';

/** Which of split z's kinds a single page carries. */
export interface ZKinds {
	docRefs: boolean;
	replyCard: boolean;
	mailbox: boolean;
	badges: boolean;
}

/** Draws split z's kinds; draws nothing for a split whose formats have none of them. */
export function drawZKinds(
	formats: CodeFormats,
	layout: WebLayout,
	desktop: boolean,
	r: () => number,
): ZKinds {
	return {
		docRefs: drawDocRefs(formats.docRefs, layout, r),
		replyCard: drawReplyCard(formats.replyCard, layout, r),
		mailbox: drawMailboxBox(formats.mailboxBox, layout, desktop, r),
		badges: drawBadgeStrip(formats.badgeStrip, layout, desktop, r),
	};
}

/** The 相关文件 list follows the text. */
export function writeZAfterText(
	w: PageWriter,
	formats: CodeFormats,
	z: ZKinds,
	date: string,
): void {
	if (z.docRefs) writeDocRefs(w, formats.docRefs!, date);
}

/** The 政民互动 card and the 领导信箱 box stand between the page's links and its footer. */
export function writeZAboveFooter(
	w: PageWriter,
	formats: CodeFormats,
	z: ZKinds,
	date: string,
): void {
	if (z.replyCard) writeReplyCard(w, formats.replyCard!, date);
	if (z.mailbox) writeMailboxBox(w, formats.mailboxBox!);
}

/** The badges come last, under the footer. */
export function writeZBelowFooter(w: PageWriter, formats: CodeFormats, z: ZKinds): void {
	if (z.badges) writeBadgeStrip(w, formats.badgeStrip!);
}
