import { isCacheNotice } from './cache-notice.ts';
import { isCommentBox } from './comment-shapes.ts';
import { isEditorsLine, isSpacedEditorsLine } from './editors-line.ts';
import { isMediaFurniture } from './media-shapes.ts';
import { isPathFurniture } from './page-path.ts';
import { isPostFurniture } from './post-prompts.ts';
import { isSiteChrome } from './site-chrome.ts';
import { isPageTool } from './tool-bar.ts';

// Web page furniture told by its shape rather than its wording. Real pages word these in endless
// ways; their shapes are few. Each family lives in its own file: a player's or viewer's lines
// (`media-shapes.ts`), the site's contacts and greeting (`site-chrome.ts`), a post's account and
// prompts (`post-prompts.ts`), breadcrumbs and links to neighbours (`page-path.ts`), a search
// engine's cache notice (`cache-notice.ts`), a comment box (`comment-shapes.ts`), the page's tools
// (`tool-bar.ts`) and its editors (`editors-line.ts`).

/**
 * True for web page furniture known by its shape (player, tools, editors, breadcrumb, a file, a
 * post's original mark and hashtags, a QR-code prompt).
 */
export function isShapeFurniture(text: string): boolean {
	return (
		isMediaFurniture(text) ||
		isSiteChrome(text) ||
		isPostFurniture(text) ||
		isPathFurniture(text) ||
		isCacheNotice(text) ||
		isCommentBox(text) ||
		isPageTool(text) ||
		isEditorsLine(text) ||
		isSpacedEditorsLine(text)
	);
}
