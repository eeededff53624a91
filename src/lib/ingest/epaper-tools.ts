import { readIngestLines } from '../schema/ingest-lines.ts';
import { oncePer } from '../once-per.ts';

const { maxToolBar: MAX_TOOL_BAR } = readIngestLines().pageTools;
/** What sets an e-paper's buttons apart on one line: spaces, bars, slashes, arrows and brackets. */
const PIECE_SEPARATOR = /[\s|｜丨/／<>«»‹›◀▶◁▷←→【】[\]()（）·•]+/u;

/** A step to the page, issue, article or day before or after: 上一版, 下一期, 前一篇, 后一天. */
const STEP = /^[上下前后]一[版期篇页张天日]$/u;

const { maxBuiltPiece: MAX_BUILT_PIECE } = readIngestLines().pageTools;

/** `parts` upper-cased, once per list (every line of a page asks after the same list). */
const upperCased = oncePer((parts: readonly string[]): readonly string[] =>
	parts.map((p) => p.toUpperCase()),
);

/** True when `piece` is two or more of `parts` one after another (本版+标题, 下载+本版+PDF). */
function isBuiltOfParts(piece: string, parts: readonly string[]): boolean {
	if (piece.length > MAX_BUILT_PIECE || parts.length === 0) return false;
	const text = piece.toUpperCase();
	const upper = upperCased(parts);
	// most[i]: the most parts any split of text[0, i) into parts has; -1 where none does.
	const most: number[] = [0, ...Array.from({ length: text.length }, () => -1)];
	for (let i = 0; i < text.length; i++) {
		if (most[i]! < 0) continue;
		for (const p of upper) {
			if (text.startsWith(p, i)) most[i + p.length] = Math.max(most[i + p.length]!, most[i]! + 1);
		}
	}
	return most[text.length]! >= 2;
}

/**
 * True for a line of an e-paper's buttons only (`◀上一版  下一版▶`, `放大  缩小  默认`,
 * `【版面导航】`, `下载本版PDF`): every piece between spaces, bars and arrows is a step to the page
 * before or after, one of `words` (`epaperToolWords` in `page-furniture.json`), or built of two or
 * more `parts` (`epaperToolParts`: 本版 + 标题), or one part beside such a button (`上一版  目录`).
 * A line with any other word (`上一版的新闻`), or one part alone (`目录`), is text.
 */
export function isEpaperToolBar(
	text: string,
	words: readonly string[],
	parts: readonly string[] = [],
): boolean {
	if (text.length > MAX_TOOL_BAR) return false;
	const pieces = text.split(PIECE_SEPARATOR).filter((p) => p !== '');
	const button = (p: string) => STEP.test(p) || words.includes(p) || isBuiltOfParts(p, parts);
	// Beside a button, a part alone (目录, 重置, 首页) is a button too; alone on its line it may be a heading.
	return (
		pieces.some(button) &&
		pieces.every((p) => button(p) || parts.some((part) => part.toUpperCase() === p.toUpperCase()))
	);
}
