import { readIngestLines } from '../schema/ingest-lines.ts';
import { isSiteLike } from './site-like.ts';

const {
	maxSpacedToolWord: MAX_SPACED_TOOL_WORD,
	maxReadAloudVoice: MAX_READ_ALOUD_VOICE,
	maxPostedLine: MAX_POSTED_LINE,
} = readIngestLines().furnitureShapes;

// A page's tools: its bar of buttons (print, close, font size, read aloud, accessibility), a row of
// bracketed buttons, a file to download.

/** Words of a page's tool bar: print, close, font size, colour scheme, form buttons. */
const TOOL_WORD =
	/^(?:打印|打印本页|关闭|关闭窗口|收藏|纠错|分享|返回|字号|字体|大|中|小|超大|特大|默认|标准|T|A|护眼|护眼模式|护眼色|(?:视力)?保护色|背景色|繁体|简体|繁體|无障碍|读屏|读屏专用|适老化|关怀版|长者模式|大字版|返回顶部|顶部|置顶|复制链接|复制网址|举报|反馈|提交|重置|取消|确定|登录|注册|搜索|检索|[AＡ][+\-＋－]?|朗读|朗读全文|全文朗读|语音播报|听全文|听新闻|(?:长辈|长者|老年|关怀|适老化?|大字|无障碍|读屏)(?:版|模式|浏览|阅读|服务)?)$/;
/** A read-aloud button with the voice it reads in, in brackets: `朗读全文（女声）`, `听新闻（小张）`. */
const READ_ALOUD_VOICE =
	/^(?:听全文|听新闻|朗读|朗读全文|全文朗读|语音播报)\s*[（(]\s*[\u3400-\u9fff]{1,4}\s*[)）]$/;
/** What parts a tool bar's pieces: spaces, bars, brackets, colons, slashes. */
export const TOOL_SPLIT = /[\s|｜〔〕【】[\]〖〗()（）<>《》:：/]+/;
const TOOL_SPLIT_ALL = new RegExp(TOOL_SPLIT.source, 'g');
/** Symbols alone: a colour swatch or a button's icon among tool words (`■■■■`). */
const SYMBOLS_ONLY = /^[^\p{L}\p{N}]+$/u;
/**
 * A row of a page's buttons, each a short word in brackets and nothing else: `【返回】【打印】`,
 * `[收藏本页] [关闭窗口]`. A headline's kicker is one such label, and a longer one.
 */
const BUTTON_ROW = /^(?:[【[〔［]\s*[\u3400-\u9fff]{2,10}\s*[】\]〕］]\s*){2,}$/;
/** A file to download, in brackets or not: `附件【某某办法.pdf】`. */
const FILE = /\.(?:docx?|pdf|xlsx?|wps|zip|rar|ofd|pptx?|et)\s*[】\])）〕]?$/i;

/** True for a bar of tool buttons: every piece of the line is a tool word (`〔打印〕〔关闭〕`, `字号 大 中 小`). */
function isToolBar(text: string): boolean {
	// A tool word spaced out one character apart: `搜 索`.
	if (text.length <= MAX_SPACED_TOOL_WORD && TOOL_WORD.test(text.replace(/\s+/g, ''))) return true;
	if (text.length <= MAX_READ_ALOUD_VOICE && READ_ALOUD_VOICE.test(text)) return true;
	// Piece by piece, stopping at the first that is no tool word (the first, on a line of text).
	let start = 0;
	let tools = 0;
	for (;;) {
		TOOL_SPLIT_ALL.lastIndex = start;
		const split = TOOL_SPLIT_ALL.exec(text);
		const piece = text.slice(start, split === null ? text.length : split.index);
		if (piece !== '' && !SYMBOLS_ONLY.test(piece)) {
			if (!TOOL_WORD.test(piece)) return false;
			tools++;
		}
		if (split === null) return tools > 0;
		start = split.index + split[0].length;
	}
}

/** A print view's word: `打印页`, `打印页面`, `打印预览`, `打印版`, `打印视图`. */
const PRINT_VIEW = /^打印(?:页|页面|预览|版|视图)$/;

/** True for a print view's head: the site's name and the view's word, in either order (`某某网 打印页`). */
function isPrintViewHead(text: string): boolean {
	const pieces = text.trim().split(/[\s\u3000]+/);
	return (
		pieces.length === 2 &&
		pieces.some((p) => PRINT_VIEW.test(p)) &&
		pieces.some((p) => !PRINT_VIEW.test(p) && isSiteLike(p))
	);
}

/**
 * True for a page's tools: a row of bracketed buttons, a file to download, a bar of tool words, a
 * print view's head.
 */
export function isPageTool(text: string): boolean {
	if (BUTTON_ROW.test(text)) return true;
	if (isPrintViewHead(text)) return true;
	if (text.length <= MAX_POSTED_LINE && FILE.test(text)) return true;
	return isToolBar(text);
}
