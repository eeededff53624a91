import { BYLINE_LINE, endsSentence, hanAtLeast } from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { minLeadHan: MIN_LEAD_HAN } = readIngestLines().menus;

/**
 * A site's menu, told by its shape: short words from the home page on, spaced on one line or one
 * a line above the text.
 */

const {
	minItems: MIN_MENU_ITEMS,
	maxItem: MAX_MENU_ITEM,
	minBareItems: MIN_BARE_MENU_ITEMS,
	maxBareItem: MAX_BARE_MENU_ITEM,
	maxPlaceItem: MAX_PLACE_ITEM,
} = readIngestLines().menus;
/** Han characters, spaces and middle dots only: all a menu on one line is made of. */
const MENU_CHARS = /^[\u3400-\u9fff\s·•]*$/;
/** The home page's item, which opens a site's menu. */
const HOME = /^(?:网站|本站)?首\s*页$|^主页$/;

/**
 * True for a menu printed on one line between spaces or middle dots (`网站首页  机构设置  政策文件`,
 * `本站首页 · 机构职能 · 政策文件`): three items or more from the home page on, each a short word, or
 * five or more columns' names of two to four characters (`要闻 本地 视频 热点 更多`, `资讯·服务·互动·专题·数据`),
 * more parallel phrases than a headline prints. `首 页` spaced one character apart is one item.
 */
export function isSpacedMenu(text: string): boolean {
	// Every item of a menu is Han characters, so a line with anything else between its separators is none.
	if (!MENU_CHARS.test(text)) return false;
	const items = text
		.replace(/(?<=^|\s)([\u3400-\u9fff]) (?=[\u3400-\u9fff](?:\s|$))/g, '$1')
		.split(/\s*[·•]\s*|\s+/)
		.filter((p) => p !== '');
	// A byline (`记者 王某 通讯员 李某`) is spaced words too.
	if (BYLINE_LINE.test(text) || items.some((p) => /记者|通讯员|摄影|编辑|撰稿/.test(p)))
		return false;
	const words = (most: number) =>
		items.every((p) => p.length <= most && /^[\u3400-\u9fff]+$/.test(p));
	if (
		items.length >= MIN_BARE_MENU_ITEMS &&
		items.every((p) => p.length >= 2) &&
		words(MAX_BARE_MENU_ITEM)
	)
		return true;
	// A shorter menu opens with its home page; a headline of spaced phrases does not. A long one
	// from the home page on may name a column after its place (`走进某某自治县`).
	if (!HOME.test(items[0]!)) return false;
	return (
		(items.length >= MIN_MENU_ITEMS && words(MAX_MENU_ITEM)) ||
		(items.length >= MIN_BARE_MENU_ITEMS && words(MAX_PLACE_ITEM))
	);
}

/** True for a lone menu item: a short word with no punctuation or digits. */
function isMenuWord(text: string): boolean {
	return (text.length <= MAX_MENU_ITEM && /^[\u3400-\u9fff]{2,}$/.test(text)) || HOME.test(text);
}

/**
 * Indexes of a menu printed one item a line above the page's first paragraph: a run of three short
 * words or more, the home page among them.
 */
export function menuRuns(lines: SourceLine[]): Set<number> {
	const out = new Set<number>();
	const first = lines.findIndex((l) => endsSentence(l.text) && hanAtLeast(l.text, MIN_LEAD_HAN));
	let start = 0;
	for (let i = 0; i <= (first < 0 ? lines.length : first); i++) {
		if (i < lines.length && i !== first && isMenuWord(lines[i]!.text)) continue;
		const run = lines.slice(start, i);
		if (run.length >= MIN_MENU_ITEMS && run.some((l) => HOME.test(l.text)))
			for (let k = start; k < i; k++) out.add(k);
		start = i + 1;
	}
	return out;
}
