/** What sets an e-paper's buttons apart on one line: spaces, bars, slashes, arrows and brackets. */
const PIECE_SEPARATOR = /[\s|｜丨/／<>«»‹›◀▶◁▷←→【】[\]()（）·•]+/u;

/** A step to the page, issue or article before or after: 上一版, 下一期, 前一篇, 后一页. */
const STEP = /^[上下前后]一[版期篇页张]$/u;

/**
 * True for a line of an e-paper's buttons only (`◀上一版  下一版▶`, `放大  缩小  默认`,
 * `【版面导航】`): every piece between spaces, bars and arrows is a step to the page before or
 * after, or one of `words` (`epaperToolWords` in `page-furniture.json`). A line with any other
 * word (`上一版的新闻`) is text.
 */
export function isEpaperToolBar(text: string, words: readonly string[]): boolean {
	if (text.length > 40) return false;
	const pieces = text.split(PIECE_SEPARATOR).filter((p) => p !== '');
	return pieces.length > 0 && pieces.every((p) => STEP.test(p) || words.includes(p));
}
