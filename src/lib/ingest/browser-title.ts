import { fieldKind } from './field-keys.ts';
import { DATE, onlyDateTrimmings } from './meta-dates.ts';
import { hanCount, titleCharsAtLeast } from './patterns.ts';
import { isSiteHeader } from './site-header.ts';
import { isSiteLike } from './site-like.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	minTitleHeadlineHan: MIN_TITLE_HEADLINE_HAN,
	minChannelBarPieces: MIN_CHANNEL_BAR_PIECES,
	maxChannelBarPiece: MAX_CHANNEL_BAR_PIECE,
} = readIngestLines().furnitureShapes;

// A browser's page title saved with the page: the headline with the site's name, column or place
// set off by a separator, or the site's name first.

/** True for the key of a source or date field (`发布机构`, `更新日期`), which no headline ends with. */
function isFieldKey(word: string): boolean {
	const kind = /^[\u3400-\u9fff]{2,6}$/.test(word) ? fieldKind(word) : undefined;
	return kind === 'source' || kind === 'date' || kind === 'written';
}

/** True for a date printed alone, with its weekday or clock time (`2021年03月09日 星期二 10:20`). */
function isDateAlone(text: string): boolean {
	const plain = text.normalize('NFKC');
	const date = DATE.exec(plain);
	return date?.index === 0 && onlyDateTrimmings(plain.slice(date[0].length));
}

/** Separators between a browser title's headline and the site's name, the last one first. */
const TITLE_SEPARATOR = /\s*(?:——|—|–|-{2,}|\s-\s|-|－|[_＿]+|\||｜|丨)\s*(?=[^—–\-－_＿|｜丨]+$)/;
/** The first separator, for a title that prints the site's name first (`某某县人民政府-标题`). */
const FIRST_SEPARATOR = /\s*(?:——|—|–|-{1,2}|－|[_＿]|\||｜|丨)\s*/;
/**
 * A site's column named after the headline (`标题_工作动态`): news, updates, information (`基层信息`),
 * notices, disclosure (`政务公开`).
 */
const COLUMN_NAME = /^[\u3400-\u9fff]{0,4}(?:动态|新闻|要闻|资讯|快讯|信息|公告|通知|公开)$/;
/** A platform's channel of dotted short words (`某某号·政务`), a column once a site is named after it. */
const DOTTED_CHANNEL = /^[\u3400-\u9fff]{1,6}(?:\s*[·•]\s*[\u3400-\u9fff]{1,6})+$/;
/** Short words set apart by bars: a menu bar, not a headline. */
const MENU_LEFT = /^[^|｜丨]{1,8}(?:\s*[|｜丨]\s*[^|｜丨]{1,8})+$/;
/** A site's name in Latin letters (`The Daily`, `CCTV`). */
const LATIN_SITE = /^[A-Za-z][A-Za-z .&'-]{1,30}$/;

/** A place's name alone (`某某县`), which a browser title may print after the site's. */
const PLACE_NAME = /^[\u3400-\u9fff]{1,8}(?:省|市|县|区|旗|州|盟)$/;
/**
 * A site's name in brackets opening a browser title: `【某某县融媒体中心官网】标题`; a column's label
 * (`【权威部门话开局】`) is no site, whatever word closes it.
 */
const BRACKETED_SITE =
	/^【([\u3400-\u9fff]{2,20}(?:网|网站|官网|门户|在线|融媒体中心|客户端))】\s*/;

/** `text` without title marks around all of it (`《标题》`), where those marks pair with each other. */
function unmarked(text: string): string {
	if (!text.startsWith('《') || !text.endsWith('》')) return text;
	let depth = 0;
	for (const [i, ch] of [...text].entries()) {
		if (ch === '《') depth++;
		else if (ch === '》') depth--;
		if (depth === 0 && i < [...text].length - 1) return text;
	}
	return text.slice(1, -1);
}

/**
 * The headline inside a browser's page title (`标题——某某日报`, `标题 | 某某县人民政府`, `标题_中国某某`,
 * `标题 - 某某局 - 工作动态`, `标题｜某某网｜某某县`, `【某某网】标题`), or `undefined` when the line
 * is not one: the parts after the headline name a site or a publisher, its column or its place,
 * one of them a site or a column at least, and a subtitle (`——记…`) is no site.
 */
export function browserTitleHeadline(text: string): string | undefined {
	let head = text;
	let named = false;
	// True once a site's name (not only a column or a place) stood after the headline.
	let sited = false;
	for (let m = TITLE_SEPARATOR.exec(head); m !== null; m = TITLE_SEPARATOR.exec(head)) {
		const before = head.slice(0, m.index).trim();
		const site = head.slice(m.index + m[0].length).trim();
		if (!titleCharsAtLeast(before, MIN_TITLE_HEADLINE_HAN) || /^记|^访|^写在/.test(site)) break;
		// A field's key before the separator sets off its value (`发布机构 | 某某局`): a field, not a title.
		if (isFieldKey(before.split(/[\s|｜丨]/).at(-1)!)) break;
		// A date and its time before it is a posting stamp (`2021年3月9日 10时20分｜某某局`), no headline.
		if (isDateAlone(before)) break;
		const siteOrColumn: boolean =
			isSiteLike(site) ||
			isSiteHeader(site) ||
			COLUMN_NAME.test(site) ||
			LATIN_SITE.test(site) ||
			(named && DOTTED_CHANNEL.test(site));
		if (!siteOrColumn && !PLACE_NAME.test(site)) break;
		named ||= siteOrColumn;
		sited ||= isSiteLike(site) || isSiteHeader(site) || LATIN_SITE.test(site);
		head = before;
	}
	// A site's column may open the title too (`乡镇动态_标题_某某县人民政府`, `基层信息_标题_某某县`):
	// once a site's name or place is stripped after the headline, the column before it goes as well.
	const opening = head === text ? null : FIRST_SEPARATOR.exec(head);
	if (opening !== null && COLUMN_NAME.test(head.slice(0, opening.index).trim())) {
		const rest = head.slice(opening.index + opening[0].length).trim();
		if (titleCharsAtLeast(rest, MIN_TITLE_HEADLINE_HAN)) {
			head = rest;
			named = true;
		}
	}
	// What is left of a menu bar (`长者服务 | 在线问答 | 某某县人民政府`, `网站首页 | 新闻中心 | 政务公开`) is no headline,
	// nor a site's own name with only its column after it (`某某县政务网——政务公开`, a section page's
	// title); before a site's name, a headline may end like a body's (`…成立纠纷调处中心`).
	// A headline the browser's title sets in title marks (`《标题》- 某某网`) is the headline without them.
	if (named)
		return MENU_LEFT.test(head) || /首页/.test(head) || (!sited && isSiteLike(head))
			? undefined
			: unmarked(head);
	const bracketed = BRACKETED_SITE.exec(text);
	if (bracketed !== null) {
		const rest = text.slice(bracketed[0].length).trim();
		return hanCount(rest) >= MIN_TITLE_HEADLINE_HAN ? rest : undefined;
	}
	const first = FIRST_SEPARATOR.exec(text);
	if (first === null) return undefined;
	const name = text.slice(0, first.index).trim();
	const rest = text.slice(first.index + first[0].length).trim();
	if (!isSiteLike(name) || hanCount(rest) < MIN_TITLE_HEADLINE_HAN) return undefined;
	// After a paper's name, a date opens its issue and page (`某某晚报电子版｜2023年05月06日｜A03版`): a
	// masthead, no headline.
	if (DATE.exec(rest.normalize('NFKC'))?.index === 0) return undefined;
	// After the site's name, a channel bar (`某某网 | 首页 | 新闻 | 视频`) is no headline either.
	const pieces = rest.split(/\s*[|｜丨]\s*/);
	return pieces.length >= MIN_CHANNEL_BAR_PIECES &&
		pieces.every((p) => p.length <= MAX_CHANNEL_BAR_PIECE)
		? undefined
		: rest;
}

/**
 * The headline of a browser title that prints the site's name first with a colon (`某某县应急管理局：标题`),
 * or `undefined`. A headline may open so too (`某某部：明年起…`), so the caller drops the line only
 * where the headline is printed again below.
 */
export function siteColonHeadline(text: string): string | undefined {
	const colon = /[:：]/.exec(text);
	if (colon === null) return undefined;
	const rest = text.slice(colon.index + 1).trim();
	return isSiteLike(text.slice(0, colon.index).trim()) && hanCount(rest) >= MIN_TITLE_HEADLINE_HAN
		? rest
		: undefined;
}
