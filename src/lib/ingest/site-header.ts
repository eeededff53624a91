import { isSiteLike } from './site-like.ts';
import { isSiteName } from './site-name.ts';
import { isPublisherName } from './outlets.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxAppName: MAX_APP_NAME,
	maxSiteHeader: MAX_SITE_HEADER,
	maxHeaderNames: MAX_HEADER_NAMES,
} = readIngestLines().siteHeader;

/**
 * A site's header printed in any dress: its name between ornaments (`◆ 某某县人民政府 ◆`), after a back
 * mark (`‹ 某某县门户`), with the site's kind or version in brackets (`（门户网站）`, `（PC版）`, `（试运行版）`,
 * `手机版`), its name in English after it (`Government Website`), as the host body's credit
 * (`（某某县人民政府主办）`), a site group's name before the subsite's (`某某市政务网站群 > 某某县政府网`, `某某市·某某县门户`), or
 * with a greeting after it (`某某新闻网 欢迎您的访问！`). A headline names an event; none of these does.
 */

/** Ornaments, arrows and a menu's button (`☰`) a header is printed between. */
const ORNAMENTS = /^[\s◆◇■□●○★☆▶◀▷◁►◄‹›«»<>※·•|｜☰≡]+|[\s◆◇■□●○★☆▶◀▷◁►◄‹›«»<>※·•|｜☰≡]+$/gu;
/** The site's kind or version in brackets after its name: `（门户网站）`, `(PC版)`, `【试运行】`. */
const KIND_NOTE = /[（(【[][^（）()【】[\]]{0,6}(?:版|运行|网站|门户|官网|平台)[）)】\]]$/u;
/** The site's edition after its name, unbracketed: `手机版`, `移动版`, `PC版`. */
const EDITION = /\s*(?:手机|移动|触屏|电脑|PC|WAP|无障碍|长者|关怀)版$/iu;
/**
 * The site's name in English after the Han one (`Government Website`, `Official Website`), which a
 * headline never carries after its words.
 */
const LATIN_NAME = /\s+(?:[A-Z][A-Za-z'&.-]*\s*){1,6}$/u;
/** A greeting after the name: `欢迎您的访问！`, `欢迎您`. */
const GREETING = /\s*欢迎(?:您|你)?的?(?:访问|光临|来到)?[!！]?$/u;
/** A site's other kinds of name: a subsite, a site group. */
const SUBSITE = /^[\u3400-\u9fff]{2,24}(?:子站|子网站|网站群|站群|分站)$/u;
/** A site's name by its kind (`某某县政务服务和信息公开网`, `某某局网站`), told apart only in a header's dress. */
const SITE_KIND = /^[\u3400-\u9fff]{2,24}(?:网|网站|门户|平台)$/u;
/** A kind of site or body standing for the site after its place (`某某县·政府门户`, `某某网·融媒体中心`). */
const KIND_ALONE = /^(?:政府|政务|新闻|官方)?(?:门户|网站|官网|融媒体中心|客户端)$/u;
/** A site's mobile edition: 掌上某某. */
const MOBILE_SITE = /^掌上[\u3400-\u9fff]{2,10}$/u;
/** A place's name alone (`某某市`), which a header may print before the site's. */
const PLACE = /^[\u3400-\u9fff]{1,10}(?:省|市|县|区|旗|州|盟|地区)$/u;
/** A mobile page's button before the site's name: `关闭 某某网`, `返回 某某县门户`. */
const BUTTON = /^(?:关闭|返回|后退)\s+/u;

/** Pieces of a header naming a site and its parent: `某某市 > 某某县政府网`, `某某市·某某县门户`. */
const PIECES = /\s*(?:[>›»]|\s[·•]\s|·|•|\s{2,})\s*/u;

/** The name with its ornaments, brackets, greeting and kind note taken off. */
function bareName(text: string): string {
	let t = text.replace(ORNAMENTS, '').replace(BUTTON, '');
	const wrapped = /^[（(【[](.+)[）)】\]]$/u.exec(t);
	if (wrapped !== null) t = wrapped[1]!;
	for (let before = ''; before !== t;) {
		before = t;
		t = t
			.replace(GREETING, '')
			.replace(KIND_NOTE, '')
			.replace(EDITION, '')
			.replace(LATIN_NAME, '')
			.replace(ORNAMENTS, '')
			.trim();
	}
	return t.replace(/^(?:由)?(.+?)(?:主办|承办|主管)$/u, '$1');
}

/** True for one piece of a header: a site's or body's name, or a place (`某某市`). */
function isNamePiece(piece: string): boolean {
	return (
		isSiteName(piece) ||
		isSiteLike(piece) ||
		isPublisherName(piece) ||
		SUBSITE.test(piece) ||
		SITE_KIND.test(piece) ||
		KIND_ALONE.test(piece) ||
		MOBILE_SITE.test(piece) ||
		PLACE.test(piece)
	);
}

/** A mobile page's button to open or get its app, alone on its line: `打开APP`, `下载客户端`. */
const APP_BUTTON = /^(?:打开|下载)\s*(?:APP|App|app|客户端)\s*[>›»]?$/u;

/**
 * True for the app's name over its button in a mobile page's top bar (`某某县发布` over `打开APP`):
 * a publisher's or a site's name there names the app, never the headline.
 */
export function isAppBarName(text: string, next: string | undefined): boolean {
	if (next === undefined || !APP_BUTTON.test(next.trim())) return false;
	if (text.length > MAX_APP_NAME || /[，。；！？,;?]/u.test(text)) return false;
	const bare = bareName(text);
	return bare !== '' && isNamePiece(bare);
}

/** True for a line that is a site's header in any dress, and no headline. */
export function isSiteHeader(text: string): boolean {
	if (text.length > MAX_SITE_HEADER || /[，。；！？,;?]/u.test(text.replace(GREETING, '')))
		return false;
	const bare = bareName(text);
	if (bare === '') return false;
	const pieces = bare.split(PIECES).filter((p) => p !== '');
	// A paper's name (`某某日报（县区版）`, `某某日报·某某县新闻`) is its masthead, which names the
	// page's source: the masthead's reader takes it, not furniture removal.
	if (pieces.some((p) => /[报刊]$/u.test(p))) return false;
	// Undressed, one name alone: only a subsite's or a site group's says it is a site.
	if (bare === text.trim() && pieces.length < 2)
		return SUBSITE.test(bare) || MOBILE_SITE.test(bare);
	// A place greeting its visitors (`魅力某某县　欢迎您！`) is a portal's top bar: no headline greets.
	const greeted = /欢迎/u.test(text) && GREETING.test(text.trim());
	return (
		pieces.length > 0 &&
		pieces.length <= MAX_HEADER_NAMES &&
		pieces.every(isNamePiece) &&
		(greeted || pieces.some((p) => !PLACE.test(p) || MOBILE_SITE.test(p)))
	);
}
