import { readIngestLines } from '../schema/ingest-lines.ts';
/**
 * A pager: the line under each part of an article a site splits over several pages (`上一页 1 2 3
 * 下一页`, `第 2 页 / 共 5 页`, `〔1〕 2 〔3〕`), or a printed sheet's number (`1/3`). Its words are
 * few in any site's wording: the page before or after, the first or the last, page n of m; the
 * rest is figures, brackets and separators.
 */

/** A pager's own words: the page before or after, 第 n 页, 共 n 页, n/m 页, the end of the text. */
const PAGER_WORD =
	/(?:上|下|前|后)\s*一?\s*页|第\s*\d{1,3}\s*(?:\/\s*\d{1,3}\s*)?页|共\s*\d{1,3}\s*页|\d{1,3}\s*\/\s*\d{1,3}\s*页|全文完/gu;
/**
 * Words a pager shares with other bars (the first or last page, the whole text on one page): a
 * menu's `首页` alone is no pager.
 */
const PAGER_SHARED =
	/首\s*页|尾\s*页|末\s*页|最后一?页|第一页|(?:阅读|查看|显示)全文|(?:单页|分页)(?:阅读|显示)/gu;
/** What may stand around a pager's words: back, go to, this text, the page count's label, `GO`. */
const PAGER_VERB = /返回|跳转到?|转到|跳到|本文|页次|页码|分页|\bgo\b/giu;
/** Page numbers, brackets, arrows and separators. */
const PAGER_REST = /^[\d\s[\]【】()（）〔〕［］<>«»‹›〈〉|｜/\\:：,，、.。…·•\-—–→←⇐⇒>]*$/u;
const { maxPager: MAX_PAGER } = readIngestLines().pageTools;

/**
 * True for a pager's line or a sheet's number (see the module's comment), its full-width slashes,
 * digits and brackets read as ASCII ones.
 */
export function isPagerLine(line: string): boolean {
	if (line.length > MAX_PAGER) return false;
	const text = line.normalize('NFKC');
	const words = text.match(PAGER_WORD);
	// The shared words go first: `最后一页` holds `后一页`.
	const rest = text.replace(PAGER_SHARED, ' ').replace(PAGER_WORD, ' ').replace(PAGER_VERB, ' ');
	if (!PAGER_REST.test(rest)) return false;
	if (words !== null) return true;
	// Figures alone are page numbers when they count from 1 (`1 2 3`, `[1] 2 [3]`) or number a sheet (`2/3`).
	const sheet = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(rest.replace(/[^\d/]+/g, ' '));
	if (sheet !== null) return Number(sheet[1]) >= 1 && Number(sheet[1]) <= Number(sheet[2]);
	const figures = (rest.match(/\d+/g) ?? []).map(Number);
	return figures.length >= 2 && figures.every((n, i) => n === i + 1);
}
