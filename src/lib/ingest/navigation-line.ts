import { isSpacedMenu } from './menus.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxBarPieceMean: MAX_BAR_PIECE_MEAN,
	minDottedItems: MIN_DOTTED_ITEMS,
	maxDottedItem: MAX_DOTTED_ITEM,
	maxDottedItemMean: MAX_DOTTED_ITEM_MEAN,
} = readIngestLines().furniture;

// A site's navigation or tool bar on one line: short pieces between bars or arrows, a menu of
// spaced or dotted items, a rule of separators or symbols.

/** Bars, arrows, and a slash with spaces on both sides (`首页 / 新闻中心`): a date's or a unit's has none. */
const SEPARATOR = /\s*[|｜丨│¦▏▕┃]\s*|\s*[>»›]\s*|\s+[/／]\s+/g;
const SEPARATOR_CHAR = /[|｜丨│¦▏▕┃>»›]|\s[/／]\s/;

/**
 * True for a navigation or tool bar: short pieces between `|`, `>` or a spaced `/` with no sentence
 * (`首页 | 新闻 | 政务公开`, `首页 > 新闻中心 > 本地新闻`, `首页 / 新闻中心`, `||||`), or a line of separators only.
 */
export function isNavigationLine(text: string): boolean {
	if (/^[\s|｜丨│¦\-—=_*·•━─═]+$/.test(text)) return true;
	// A rule of any symbols run together (`◆◇◆◇`, `※※※`): no letter or figure; an ellipsis is the
	// text's own pause, and symbols set apart by spaces (`※ ※ ※`) a story's own section break.
	if (/^[^\p{L}\p{N}\s]{3,}$/u.test(text) && !/^[…．.。]+$/.test(text)) return true;
	if (isSpacedMenu(text)) return true;
	if (isDottedMenu(text)) return true;
	if (isChannelPath(text)) return true;
	// No separator at all (nearly every line): nothing to split.
	if (!SEPARATOR_CHAR.test(text)) return false;
	const pieces = text.split(SEPARATOR).filter((p) => p.trim() !== '');
	const separators = (text.match(SEPARATOR) ?? []).length;
	if (separators < 2 && !(separators >= 1 && /首页/.test(text))) return false;
	if (/[。！？!?；;]/.test(text)) return false;
	// Parted by slashes alone, each piece is a menu's word: a date's figures (`2020 / 2 / 24`) are
	// none, and neither is a contents entry's title beside its writer (`卷首 提振拼劲闯劲 / 辛湘平`).
	if (!/[|｜丨│¦▏▕┃>»›]/.test(text) && !pieces.every(isMenuWord)) return false;
	const mean = pieces.reduce((n, p) => n + p.length, 0) / Math.max(1, pieces.length);
	return mean <= MAX_BAR_PIECE_MEAN;
}

/**
 * True for a menu of short items set apart by spaced middle dots (`某某县概况 · 领导之窗 · 政府文件 ·
 * 规划计划`, `· 政务动态 · 政策解读 · 依申请公开`): four items or more, none a clause.
 */
function isDottedMenu(text: string): boolean {
	if (/[，。！？；,.!?;:：]/.test(text)) return false;
	const items = text
		.split(/(?:^|\s)[·•](?:\s|$)/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	return (
		items.length >= MIN_DOTTED_ITEMS &&
		items.every((p) => p.length <= MAX_DOTTED_ITEM && !/\s/.test(p)) &&
		items.reduce((n, p) => n + p.length, 0) / items.length <= MAX_DOTTED_ITEM_MEAN
	);
}

/** A path's piece: a channel's or a column's name of a few Han characters, spaced or not. */
const MENU_PIECE = /^[\u3400-\u9fff](?:[\s\u3000]*[\u3400-\u9fff]){1,9}$/u;

/**
 * True for a path from a site's channel without 首页 (`专题专栏 > 某某两会`, `政务公开 » 工作动态`): names
 * of a few Han characters and nothing else between a path's arrows, which no headline prints.
 */
function isChannelPath(text: string): boolean {
	const pieces = text.trim().split(/\s*[>»›＞]\s*/u);
	return pieces.length >= 2 && pieces.every((p) => MENU_PIECE.test(p));
}

/** A menu's item: Han characters, one word (its letters may be spaced, `首 页`, but not two words). */
function isMenuWord(piece: string): boolean {
	if (!/[\u3400-\u9fff]/u.test(piece)) return false;
	return (
		piece
			.trim()
			.split(/[\s\u3000]+/u)
			.filter((w) => w.length > 1).length <= 1
	);
}
