import { isSiteLike } from './site-like.ts';
import { endsSentence, titleCharsAtLeast } from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxTitleWrapping: MAX_TITLE_WRAPPING, maxCardLine: MAX_CARD_LINE } =
	readIngestLines().furniture;
const { minHeadlineChars: MIN_HEADLINE_CHARS } = readIngestLines().webHead;

// Web furniture told by the lines around it rather than its own words: the browser's title of a
// headline printed again below, an account's card over its follow button, a link's label to the
// page before or after over that page's title.

/** A link's label to the page before or after, standing alone: `上篇`, `下一篇：`, `【上一条】`. */
export const PREV_NEXT_LABEL =
	/^[«»‹›<>【\[〔(（\s]*(?:上|下|前|后)\s*一?\s*(?:篇|条|页|则)(?:信息|新闻|文章|内容)?\s*[】\]〕)）]?\s*[:：]?$/;

/** A name set off from the headline by a separator (`- 某某号·政务`, `某某局·`), or a repost mark (`（转载）`). */
const TITLE_WRAPPING =
	/^\s*(?:[-—–_|｜丨·•]+\s*[^。！？!?，,]+|[^。！？!?，,]+?\s*[-—–_|｜丨·•]+)\s*$|^\s*[（(【[]\s*(?:转载|转发|转自|原创|来源)[^)）】\]]{0,16}[)）】\]]\s*$/;

/**
 * A site's name opening what follows the headline (`某某县人民政府网（某某市） | 首页 …`): a browser's
 * title bar run into one line with the site's masthead and menu.
 */
const SITE_NAME_START =
	/^[\s\-—–_|｜丨·•]*[\u3400-\u9fff·]{2,16}?(?:人民政府|政府网|门户|政务网|网站|网)/;

/**
 * True when `text` is one of the `next` lines (four Han characters or more) with a name set off by a
 * separator or a repost mark before or after it, or with the site's name and whatever the bar
 * holds after it: the browser's title of that headline.
 */
export function wrapsHeadlineBelow(text: string, next: readonly SourceLine[]): boolean {
	return next.some((l) => {
		const h = l.text;
		if (
			h === text ||
			!(text.startsWith(h) || text.endsWith(h)) ||
			!titleCharsAtLeast(h, MIN_HEADLINE_CHARS)
		)
			return false;
		const rest = text.startsWith(h) ? text.slice(h.length) : text.slice(0, -h.length);
		if (text.startsWith(h) && SITE_NAME_START.test(rest)) return true;
		return rest.length <= MAX_TITLE_WRAPPING && TITLE_WRAPPING.test(rest);
	});
}

/** A button to follow an account, alone on its line: `关注`, `+关注`, `订阅`. */
export function isFollowButton(bare: string): boolean {
	return /^(?:关注|订阅|加关注|关注我们)$/.test(bare.trim());
}

/**
 * Drops an account's card kept in `out` over the follow button at `i`: the line right over the button
 * when it is a short sentence about the account, and the account's name over that.
 */
export function dropAccountCard(out: SourceLine[], lines: readonly SourceLine[], i: number): void {
	const about = out.at(-1);
	if (
		about === undefined ||
		about.line !== lines[i - 1]?.line ||
		about.text.length > MAX_CARD_LINE ||
		!endsSentence(about.text)
	)
		return;
	out.pop();
	const name = out.at(-1);
	if (name !== undefined && name.line === lines[i - 2]?.line && isSiteLike(name.text)) out.pop();
}
