import type { CodeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import type { Random } from './web-pages-template.ts';
import { drawAuthorCard, writeAuthorCard } from './web-pages-y-author-card.ts';
import { drawSharePoster, writeSharePoster } from './web-pages-y-share-poster.ts';
import { drawWechatChrome, writeWechatChrome } from './web-pages-y-wechat-chrome.ts';

/** Which of split y's kinds after a single article's text the page carries. */
export interface YKinds {
	poster: boolean;
	chrome: boolean;
	card: boolean;
}

/** Draws split y's kinds of a single page, in a fixed order; no random draw for a split without them. */
export function drawYKinds(formats: CodeFormats, layout: WebLayout, random: Random): YKinds {
	const poster = drawSharePoster(formats.sharePoster, layout, random);
	const chrome = drawWechatChrome(formats.wechatChrome, layout, random);
	const card = drawAuthorCard(formats.authorCard, layout, random);
	return { poster, chrome, card };
}

/** Writes the author card and the share poster that follow the text. */
export function writeYAfterText(w: PageWriter, formats: CodeFormats, kinds: YKinds): void {
	if (kinds.card) writeAuthorCard(w, formats.authorCard!);
	if (kinds.poster) writeSharePoster(w, formats.sharePoster!);
}

/** Writes the WeChat reader's interface lines that follow a post's credits. */
export function writeYAfterCredits(w: PageWriter, formats: CodeFormats, kinds: YKinds): void {
	if (kinds.chrome) writeWechatChrome(w, formats.wechatChrome!);
}
