import type { PageFurniture } from '../schema/page-furniture.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';
import { basicPlaneTable, endsSentence, hanAtLeast } from './patterns.ts';
import { TOOL_SPLIT } from './tool-bar.ts';
import { oncePer } from '../once-per.ts';

// A line of a page's body that is running text, told by a few cheap tests that every web furniture
// rule of `dropWebFurniture` is built to reject: the rules are asked nothing of it. Each test below
// names the rules it answers for; `running-text.test.ts` checks every rule against what passes.

const lines = readIngestLines();
/**
 * The longest line any rule bounded by its length reads as furniture: a rule capped at that many
 * characters or fewer never fires on a longer line.
 */
const LONGEST_CAPPED = Math.max(
	lines.furniture.maxRelatedListHead,
	lines.furniture.maxReprintNote,
	lines.furniture.maxListItem,
	lines.furniture.maxPhraseLine,
	lines.furniture.maxSiteBar,
	lines.furniture.maxBilingualLine,
	lines.furniture.maxPortalMenu,
	lines.menus.maxItem,
	lines.pageTools.maxToolBar,
	lines.webBody.maxJumpNote,
	lines.webBody.maxRevisionNote,
	lines.siteHeader.maxAppName,
	lines.siteHeader.maxSiteHeader,
	lines.furnitureShapes.maxContactLine,
	lines.furnitureShapes.maxLatinFallback,
	lines.furnitureShapes.maxBrowserCannot,
	lines.furnitureShapes.maxGalleryLabel,
	lines.furnitureShapes.maxViewNote,
	lines.furnitureShapes.maxCommentCount,
	lines.furnitureShapes.maxCommentState,
	lines.furnitureShapes.maxAdviceLine,
	lines.furnitureShapes.maxEditorsLine,
	lines.furnitureShapes.maxSpacedEditorsLine,
	lines.furnitureShapes.maxSpacedToolWord,
	lines.furnitureShapes.maxReadAloudVoice,
	lines.furnitureShapes.maxCallToAction,
	lines.furnitureShapes.maxWeatherLine,
	lines.furnitureShapes.maxActionPrompt,
	lines.furnitureShapes.maxSponsorLine,
	lines.furnitureShapes.maxPlaceLabelLine,
	lines.furnitureShapes.maxPostedLine,
	lines.furnitureShapes.maxNameTwice,
	lines.furnitureShapes.maxQrPrompt,
	lines.furnitureShapes.maxPrevNextLine,
	lines.furnitureShapes.maxPrevAndNext,
	lines.furnitureShapes.maxPinAccount,
	lines.furnitureShapes.maxFollowNamed,
	lines.furnitureShapes.maxFollowPrompt,
	lines.furnitureShapes.maxMediaButton,
);
/**
 * Han characters enough that no rule counting them takes the line for furniture: a notice quoted
 * by prose (`minQuotingProseHan`), a search engine's cache notice (at most `maxCacheHan`).
 */
const MIN_HAN = Math.max(
	lines.furniture.minQuotingProseHan,
	lines.furnitureShapes.maxCacheHan + 1,
	lines.furnitureShapes.maxCachePageHan + 1,
);
/**
 * Characters that set a bar's or path's pieces apart (bars, steps and arrows, slashes) or mark a
 * hashtag: the rules that split a line so or read a tag need one.
 */
const SETS_APART = basicPlaneTable(/^[|｜丨│¦▏▕┃<>»›＞〉→⇒➔➜➤▸►/／#]$/u);
/**
 * White space and middle dots set a menu's, a player's or a breadcrumb's pieces apart too; none of
 * those holds 。, ！ or ？ (a breadcrumb's fields, a dotted menu) or ends on one (the others).
 */
const SPACE_OR_DOT = basicPlaneTable(/^[\s·•]$/u);
/** A letter or a figure (Han, Latin, Arabic): what no rule's lead-in mark or bracket is. */
const LETTER = basicPlaneTable(/^[\p{Script=Han}A-Za-z0-9]$/u);
/**
 * What parts a tool bar's words (`打印 | 关闭`) or closes a key (`声明：`): the longest tool word has
 * five characters, and no opening keyed so is longer.
 */
const TOOL_PART = basicPlaneTable(new RegExp(`^${TOOL_SPLIT.source}$`, 'u'));
const TOOL_WORD_REACH = 6;
/**
 * Openings that rules anchored at the line's start read on however long a line: an app prompt
 * (下载, 打开, 安装), a reading-time note (本文, 全文), a visitor counter (您是). The other such rules
 * key their opening with a colon or a bracket, which is a tool bar's part (`声明：`, `版次：`, `温馨提示：`).
 */
const OPENINGS = new Set(['下载', '打开', '安装', '本文', '全文', '您是']);

/** The longest whole-line phrase or portal channel of `furniture`, once per list. */
const longestWord = oncePer((furniture: PageFurniture): number =>
	Math.max(0, ...[...furniture.wholeLines, ...furniture.portalChannels].map((w) => w.length)),
);

/**
 * True for a line of running text below a page's head that no web furniture rule reads as
 * furniture: longer than any rule bounded by length, opening with a letter or a figure (after an
 * opening quote or not) and with no opening a rule reads however long the line, nothing that sets
 * a bar's pieces apart, no tool bar's part near its start, enough Han characters, and a sentence's
 * end (and 。, ！ or ？ in it where it holds a space or a middle dot).
 */
export function isRunningText(text: string, furniture: PageFurniture): boolean {
	const n = text.length;
	if (n <= LONGEST_CAPPED || n <= longestWord(furniture)) return false;
	const first = text.charCodeAt(0);
	if (LETTER[first === 0x201c ? text.charCodeAt(1) : first] !== 1) return false;
	if (OPENINGS.has(text.slice(0, 2))) return false;
	let spaced = false;
	for (let i = 1; i < n; i++) {
		const c = text.charCodeAt(i);
		if (SETS_APART[c] === 1 || (i < TOOL_WORD_REACH && TOOL_PART[c] === 1)) return false;
		if (SPACE_OR_DOT[c] === 1) spaced = true;
	}
	return endsSentence(text) && hanAtLeast(text, MIN_HAN) && (!spaced || /[。！？]/.test(text));
}
