import { z } from 'astro/zod';
import { Count } from './config-numbers.ts';

// The sections of `search-config/ingest-lines.json` that tell a web page's furniture (its menus,
// site names, prompts, tool bars and notices) from its text; `ingest-lines.ts` composes them.

/** Web furniture told by its phrases, its separators or the lines around it (`furniture-lines.ts` and the files it reads: `phrase-furniture.ts`, `navigation-line.ts`, `site-name.ts`, `bilingual-furniture.ts`, `related-list.ts`, `furniture-context.ts`). */
export const FurnitureSchema = z.object({
	/** Longest line a start-of-line phrase (`分享到`, `当前位置`) marks as furniture, in characters. */
	maxPhraseLine: Count,
	/** Longest line an anywhere phrase (`转载请注明出处`) marks as furniture, in characters. */
	maxAnywhereLine: Count,
	/** Fewest Han characters of a sentence that quotes a notice's phrase and is running text, not the notice. */
	minQuotingProseHan: Count,
	/** Longest disclaimer (`免责声明：…转载…`), in characters. */
	maxDisclaimer: Count,
	/** Longest request to whoever reprints the text (`如需转载，请注明出处。`), in characters. */
	maxReprintRequest: Count,
	/** Longest line of a related-article list (`相关新闻` and the titles after it), in characters. */
	maxListItem: Count,
	/** Longest such line marked as a list's item (a bullet, a date in brackets), in characters. */
	maxMarkedListItem: Count,
	/** Longest head of a related-article list (`相关新闻`), in characters. */
	maxRelatedListHead: Count,
	/** Lines under a list head read for the running text of the story's own reading box. */
	sidebarLines: Count,
	/** Fewest Han characters of a line under a list head that is running text, not a title. */
	minSidebarTextHan: Count,
	/** Longest mean piece of a bar between separators (`首页 | 新闻 | 政务公开`), in characters. */
	maxBarPieceMean: Count,
	/** Fewest items of a menu set apart by spaced middle dots; a kicker may join two or three phrases so. */
	minDottedItems: Count,
	/** Longest item of such a menu, in characters. */
	maxDottedItem: Count,
	/** Longest mean item of such a menu, in characters. */
	maxDottedItemMean: Count,
	/** Longest site's name standing alone (`某某县人民政府门户网站`), spaces aside, in characters. */
	maxSiteName: Count,
	/** Longest bar of a site's name and its buttons or slogan, in characters. */
	maxSiteBar: Count,
	/** Most pieces of a bar of a site's name and its slogan. */
	maxSloganBarPieces: Count,
	/** Longest furniture line printed with English labels beside its Chinese words, in characters. */
	maxBilingualLine: Count,
	/** Longest menu of a portal's top-level channels, in characters. */
	maxPortalMenu: Count,
	/** Longest channel of a site's own (`某某县概况`) among four or more common ones in its menu. */
	maxOwnChannel: Count,
	/** Fewest Han characters of a sentence of running text that opens on a prompt's words. */
	minProseHan: Count,
	/** Fewest Han characters of a sentence that is a paragraph of running text. */
	minParagraphHan: Count,
	/** Kept lines at a page's top where its site's name, browser title or repost mark may stand. */
	headLines: Count,
	/** Fewest Han characters of a headline a repost mark closes. */
	minRepostedHan: Count,
	/** Lines under a browser's title searched for the headline it wraps. */
	headlineBelowLines: Count,
	/** Longest reprint's note naming its original (`（转载自：某某日报）`), in characters. */
	maxReprintNote: Count,
	/** Most characters a headline's wrapping in the browser's title adds (a site's or channel's name). */
	maxTitleWrapping: Count,
	/** Longest line about an account on its card (`某某县委宣传部官方账号，发布权威信息。`), in characters. */
	maxCardLine: Count,
	/**
	 * Longest line of a site's contact fields under a tool bar after the text (`地址：…　邮编：…`), in
	 * characters.
	 */
	maxFooterContactLine: Count,
});

/** Web furniture known by its own shape: contacts, media, counters, paths, prompts, notices (`furniture-shapes.ts` and its family files, `browser-title.ts`). */
export const FurnitureShapesSchema = z.object({
	/** Longest footer line of contacts (a phone, an e-mail, a web address), in characters. */
	maxContactLine: Count,
	/** Most Han characters of a footer line that holds a web address. */
	maxAddressLineHan: Count,
	/** Fewest Han characters of a sentence of prose, which no footer or tool line is. */
	minProseHan: Count,
	/** Longest line saying the browser cannot play a medium, with no Han character, in characters. */
	maxLatinFallback: Count,
	/** Longest such line with Han characters, in characters. */
	maxBrowserCannot: Count,
	/** Longest gallery label (`共12张`), in characters. */
	maxGalleryLabel: Count,
	/** Fewest Han characters of a line with clause punctuation under a bracketed number, which makes it a list's item. */
	minGalleryTextHan: Count,
	/** Longest note that the text is not the site's view (`本文仅代表作者观点`), in characters. */
	maxViewNote: Count,
	/** Longest comment count (`已有3条评论`), in characters. */
	maxCommentCount: Count,
	/** Longest comment box's state or head (`暂无评论`, `精选留言`), in characters. */
	maxCommentState: Count,
	/** Longest step of a breadcrumb's path before its last, in characters. */
	maxPathStep: Count,
	/** Longest breadcrumb whose last step is the headline, in characters. */
	maxPathLine: Count,
	/** Fewest pieces of such a path (two steps or more and the headline). */
	minPathPieces: Count,
	/** Most Han characters of a note that the cached page changed (`当前页面已更新`). */
	maxCachePageHan: Count,
	/** Longest notice of a search engine's cached copy, in characters. */
	maxCacheNotice: Count,
	/** Most Han characters of such a notice. */
	maxCacheHan: Count,
	/** Longest editors' line (`一审：某 二审：某 三审：某`), in characters. */
	maxEditorsLine: Count,
	/** Longest editors' line keyed by spaces alone (`编辑 王某 审核 李某`), in characters. */
	maxSpacedEditorsLine: Count,
	/** Longest tool word spaced out one character apart (`搜 索`), in characters. */
	maxSpacedToolWord: Count,
	/** Longest read-aloud button with its voice (`听全文（女声）`), in characters. */
	maxReadAloudVoice: Count,
	/** Longest call to act closing a post (`点个在看吧`, `转发给朋友！`), in characters. */
	maxCallToAction: Count,
	/** Longest weather line, in characters. */
	maxWeatherLine: Count,
	/** Longest line asking for two of the reader's buttons or more (`请点赞和在看`), in characters. */
	maxActionPrompt: Count,
	/** Longest line of a site's sponsors (`某某县人民政府主办`), in characters. */
	maxSponsorLine: Count,
	/** Longest breadcrumb or place label with no sentence or comma, in characters. */
	maxPlaceLabelLine: Count,
	/** Longest line of a post's poster and day (`某某 2024-05-01 发表于`) or a file's name, in characters. */
	maxPostedLine: Count,
	/** Longest line of a name printed twice (`某某发布 某某发布`), in characters. */
	maxNameTwice: Count,
	/** Longest prompt to scan a QR code, in characters. */
	maxQrPrompt: Count,
	/** Longest link to the page before or after (`上一篇：…`, `↓ …`), in characters. */
	maxPrevNextLine: Count,
	/** Longest line linking to both the page before and after, in characters. */
	maxPrevAndNext: Count,
	/** Longest prompt to pin an account so as not to miss its posts (`设为星标，不错过…`), in characters. */
	maxPinAccount: Count,
	/** Longest prompt to follow a named account (`关注“某某发布”，了解更多`), in characters. */
	maxFollowNamed: Count,
	/** Longest prompt to follow an account or swipe on, in characters. */
	maxFollowPrompt: Count,
	/** Longest line read for a media button (`点击播放`, `返回图集列表`), in characters. */
	maxMediaButton: Count,
	/** Longest browser advice or comment prompt (`建议使用…浏览器`, `发表评论`), in characters. */
	maxAdviceLine: Count,
	/** Fewest Han characters of a headline left of a browser's title once the site's name is cut. */
	minTitleHeadlineHan: Count,
	/** Fewest pieces of a channel bar after a site's name (`某某网 | 首页 | 新闻 | 视频`). */
	minChannelBarPieces: Count,
	/** Longest piece of such a bar, in characters. */
	maxChannelBarPiece: Count,
});
