import { drawAlertBanner, writeAlertBanner } from './web-pages-aa-alert-banner.ts';
import { drawMediaMatrix, writeMediaMatrix } from './web-pages-aa-media-matrix.ts';
import { drawPressBriefing, writePressBriefing } from './web-pages-aa-press-briefing.ts';
import type { CodeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/** Which of split AA's single-page kinds a page carries. */
export interface AaKinds {
	alert: boolean;
	briefing: boolean;
	matrix: boolean;
}

/**
 * Draws split AA's kinds of a single page: the 预警信息 bar, the 新闻发布会 header and the 政务新媒体
 * 矩阵 box; no random draw for a split without them, so other splits' pages stay the same.
 */
export function drawAaKinds(
	formats: CodeFormats,
	layout: WebLayout,
	desktop: boolean,
	r: Random,
): AaKinds {
	return {
		alert: drawAlertBanner(formats.alertBanner, layout, desktop, r),
		briefing: drawPressBriefing(formats.pressBriefing, layout, r),
		matrix: drawMediaMatrix(formats.mediaMatrix, layout, desktop, r),
	};
}

/** The 预警信息 bar, across the very top of the page, dated the day the page was opened. */
export function writeAaTop(w: PageWriter, formats: CodeFormats, k: AaKinds, iso: string): void {
	if (k.alert) writeAlertBanner(w, formats.alertBanner!, iso);
}

/** The 新闻发布会 header, between the headline block and the text, dated the article's day. */
export function writeAaHead(w: PageWriter, formats: CodeFormats, k: AaKinds, iso: string): void {
	if (k.briefing) writePressBriefing(w, formats.pressBriefing!, iso);
}

/** The 政务新媒体矩阵 box, above the footer. */
export function writeAaAboveFooter(w: PageWriter, formats: CodeFormats, k: AaKinds): void {
	if (k.matrix) writeMediaMatrix(w, formats.mediaMatrix!);
}
