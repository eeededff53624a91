import { drawErrorReport, writeErrorReport } from './web-pages-ab-error-report.ts';
import { drawVisitCounter, writeVisitCounter } from './web-pages-ab-visit-counter.ts';
import { drawVoteCard, writeVoteCard } from './web-pages-ab-vote-card.ts';
import type { CodeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import type { Random } from './web-pages-template.ts';

/** Split ab's single-page kinds a page drew: its 网站纠错 box, visit counter and 投票 card. */
export type AbKinds = ReturnType<typeof drawAbKinds>;

/** Draws split ab's single-page kinds; no draw for a split whose formats lack them. */
export function drawAbKinds(formats: CodeFormats, layout: WebLayout, desktop: boolean, r: Random) {
	return {
		errorReport: drawErrorReport(formats.errorReport, layout, desktop, r),
		counter: drawVisitCounter(formats.visitCounter, layout, desktop, r),
		vote: drawVoteCard(formats.voteCard, layout, r),
	};
}

/** Writes what stands after the article's credits: a WeChat post's 投票 card. */
export function writeAbAfterCredits(
	w: PageWriter,
	formats: CodeFormats,
	kinds: AbKinds,
	date: string,
): void {
	if (kinds.vote) writeVoteCard(w, formats.voteCard!, date);
}

/** Writes what stands above the footer: the 网站纠错 box, and a counter placed there. */
export function writeAbAboveFooter(w: PageWriter, formats: CodeFormats, kinds: AbKinds): void {
	if (kinds.errorReport) writeErrorReport(w, formats.errorReport!);
	if (kinds.counter === 'above') writeVisitCounter(w, formats.visitCounter!);
}

/** Writes what stands under the footer: a counter placed there. */
export function writeAbBelowFooter(w: PageWriter, formats: CodeFormats, kinds: AbKinds): void {
	if (kinds.counter === 'below') writeVisitCounter(w, formats.visitCounter!);
}
