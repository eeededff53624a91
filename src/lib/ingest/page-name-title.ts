import { browserTitleHeadline } from './browser-title.ts';
import { isSiteLike } from './site-like.ts';
import { isSiteHeader } from './site-header.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { minLabelRest: MIN_LABEL_REST } = readIngestLines().meta;

// A saved page is named after its browser title (`标题_某某县人民政府.html`, `标题（某某网）.txt`), and a
// page may print that title on its first lines: the page's name holds the headline whole, where the
// page itself may print it over two lines (a title box wrapping `…实验进` / `展顺利`, a kicker over its
// title). Whichever of the headline's lines and its neighbours the name spells is the title.

/** Separators a file name puts between a headline's words, where the headline had a space. */
const NAME_SPACE = /[_\s\u3000]/u;
/** What may follow the headline in a page's name: a separator before the site's name or a copy's number. */
const AFTER_HEADLINE = /^[_\s\u3000\-－—–|｜丨（(【[]/u;
const { minCutPrefix: MIN_CUT_PREFIX, titleLines: TITLE_LINES } = readIngestLines().meta;
/**
 * The rest of a headline after a space: words and a headline's marks, no site's name after a dash,
 * no path (`>`), no posting time.
 */
const HEADLINE_REST = /^\s+[\p{Script=Han}\d“”"‘’《》·、，,：:！!？?]{2,30}$/u;

const compact = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/gu, '');

/** The file's name without folders, extensions (`.html.txt`) and a copy's number (`(2)`). */
function stemOf(path: string): string {
	let name = path.split(/[\\/]/).at(-1) ?? path;
	for (let before = ''; before !== name;) {
		before = name;
		name = name.replace(/\.[A-Za-z]{1,5}$/u, '').replace(/\s*[(（]\d{1,3}[)）]$/u, '');
	}
	return name.normalize('NFKC');
}

/**
 * The file's name after the site's name that opens it (`某某县政务网_标题`, `某某县人民政府 政务公开专栏_标题`,
 * a browser title printing the site first), or `undefined` when no site's name opens it.
 */
function afterSiteName(stem: string): string | undefined {
	const cut = stem.indexOf('_');
	if (cut < 0) return undefined;
	const site = stem.slice(0, cut);
	return isSiteLike(site.split(/[\s（(]/)[0]!) || isSiteHeader(site)
		? stem.slice(cut + 1)
		: undefined;
}

/**
 * `pieces` joined as `name` spells them from its start, with a space where the name puts a
 * separator between two pieces; `undefined` when the name spells something else. A file's name
 * that ends (`mayBeCut`: a browser cuts long titles) after at least `MIN_CUT_PREFIX` characters
 * still spells them; a browser title printed on the page is whole.
 */
export function spelled(
	pieces: readonly string[],
	name: string,
	mayBeCut: boolean,
): string | undefined {
	const cutAt = mayBeCut ? MIN_CUT_PREFIX : Infinity;
	let i = 0;
	let out = '';
	let matched = 0;
	for (const [k, piece] of pieces.entries()) {
		if (k > 0) {
			let spaced = false;
			while (i < name.length && NAME_SPACE.test(name[i]!)) [i, spaced] = [i + 1, true];
			if (i >= name.length) return matched >= cutAt ? out : undefined;
			out += spaced ? ' ' : '';
		}
		for (const ch of compact(piece)) {
			while (i < name.length && NAME_SPACE.test(name[i]!) && !NAME_SPACE.test(ch)) i++;
			if (i >= name.length)
				// Cut inside the last piece only: a cut in an earlier one leaves that piece's rest unread.
				return matched >= cutAt && k === pieces.length - 1 ? out + piece : undefined;
			if (name[i] !== ch) return undefined;
			i++;
			matched++;
		}
		out += piece;
	}
	return i === name.length || AFTER_HEADLINE.test(name.slice(i)) ? out : undefined;
}

/**
 * The names a saved page goes by, each with whether a browser may have cut it: its file's name,
 * that name after the site's name opening it, and the browser titles' headlines.
 */
export function pageNames(path: string, browserTitles: readonly string[]): [string, boolean][] {
	const stem = stemOf(path);
	const afterSite = afterSiteName(stem);
	return [
		[stem, true],
		...(afterSite === undefined ? [] : [[afterSite, true] as [string, boolean]]),
		...browserTitles.map((h): [string, boolean] => [h.normalize('NFKC'), false]),
	];
}

/** A column's label in lenticular brackets opening a headline: `【某某动态】`. */
const LEADING_LABEL = /^【[^【】]{1,12}】\s*/u;

/**
 * `title` without the column's label opening it (`【栏目】标题`) where the page's name (its file's
 * name or a browser title on its first lines) spells the headline without the label and never with
 * it: the browser's title is the article's, the label the column's. `undefined` otherwise.
 */
export function titleWithoutLabel(
	title: string,
	path: string,
	lines: readonly string[],
): string | undefined {
	const label = LEADING_LABEL.exec(title);
	if (label === null) return undefined;
	const rest = title.slice(label[0].length);
	if (compact(rest).length < MIN_LABEL_REST) return undefined;
	const browserTitles = lines
		.slice(0, TITLE_LINES)
		.map(browserTitleHeadline)
		.filter((h): h is string => h !== undefined);
	const names = pageNames(path, browserTitles);
	const spells = (t: string) => names.some(([name, cut]) => spelled([t], name, cut) !== undefined);
	return spells(rest) && !spells(title) ? rest : undefined;
}

/**
 * The headline as the page's name spells it, when `title` is only part of it: the title line joined
 * with the line above or below it (`…实验进` + `展顺利`, a kicker + its title), whichever the name
 * (the file's name, or a browser title on the page's first lines) spells longest; or the browser
 * title whole where the title is its words before a space. `lines` are the page's non-empty lines
 * as printed; `undefined` when the name says nothing more than `title`.
 */
export function titleFromPageName(
	title: string,
	path: string,
	lines: readonly string[],
): string | undefined {
	const key = compact(title);
	const at = lines.findIndex((l) => compact(l) === key);
	if (at < 0) return undefined;
	const browserTitles = lines
		.slice(0, TITLE_LINES)
		.map(browserTitleHeadline)
		.filter((h): h is string => h !== undefined);
	// A browser title is the headline whole: a page printing its first words alone (`标题的前半`
	// under `标题的前半 后半 - 某某网`) has cut it for its title box.
	for (const headline of browserTitles) {
		const rest = headline.normalize('NFKC').slice(title.normalize('NFKC').length);
		if (headline.normalize('NFKC').startsWith(title.normalize('NFKC')) && HEADLINE_REST.test(rest))
			return headline;
	}
	const names = pageNames(path, browserTitles);
	const above = at > 0 ? lines[at - 1]!.trim() : undefined;
	const below = lines[at + 1]?.trim();
	const candidates: string[][] = [[title]];
	if (above !== undefined) candidates.push([above, title]);
	if (below !== undefined) candidates.push([title, below]);
	let best: string | undefined;
	for (const [name, mayBeCut] of names)
		for (const pieces of candidates) {
			const got = spelled(pieces, name, mayBeCut);
			if (got !== undefined && compact(got).length > compact(best ?? '').length) best = got;
		}
	return best === undefined || compact(best) === compact(title) ? undefined : best;
}

/**
 * The browser title's headline where the page prints it alone on a line above its text (`first`,
 * the text's first paragraph) and `title` shares no word with it: a short headline the text hardly
 * repeats (`奋斗60年`), lost to a menu or tool line, is still the one the browser's title names.
 * `lines` are the page's non-empty lines as printed; `undefined` when no such line stands there.
 */
export function titleNamedByBrowser(
	title: string,
	first: string | undefined,
	lines: readonly string[],
): string | undefined {
	const firstKey = first === undefined ? undefined : compact(first);
	const end = firstKey === undefined ? -1 : lines.findIndex((l) => compact(l) === firstKey);
	const grams = bigramSet(title);
	for (const headline of lines.slice(0, TITLE_LINES).map(browserTitleHeadline)) {
		if (headline === undefined) continue;
		const headlineKey = compact(headline);
		if (compact(title).includes(headlineKey)) continue;
		const at = lines.findIndex((l, i) => i > 0 && compact(l) === headlineKey);
		if (at > 0 && (end < 0 || at < end) && shareIn(bigramSet(headline), grams) === 0)
			return headline;
	}
	return undefined;
}
