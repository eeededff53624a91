import { isShapeFurniture } from './furniture-shapes.ts';
import { isSiteLike } from './site-like.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxSiteName: MAX_SITE_NAME,
	maxSiteBar: MAX_SITE_BAR,
	maxSloganBarPieces: MAX_SLOGAN_BAR_PIECES,
} = readIngestLines().furniture;

// A site's own name standing alone on its masthead, or in a bar with its buttons or slogan.

/** A site's greeting or status around its name: `欢迎访问…`, `…欢迎您`, `…（试运行）`. */
export const SITE_DECORATION =
	/^(?:您好[，,!！]?\s*)?欢迎(?:您|你)?(?:访问|来到|光临|登录)\s*|\s*欢迎(?:您|你)(?:的?(?:访问|光临))?[!！]?$|\s*[（(【[][\u3400-\u9fff]{2,6}[）)】\]]$/g;

/**
 * True for a site's own name standing alone, with its greeting or status words if any:
 * `某某县人民政府门户网站`, `某某县人民政府`, `某某新闻网`, `欢迎访问某某区政务网`, `中国某某县网（试运行）`.
 */
export function isSiteName(text: string): boolean {
	// Spaces inside the name (`某某县政府门户  官方网站`) are layout, not words.
	const name = text
		.replace(SITE_DECORATION, '')
		.replace(/^中国\s*[·•]?\s*/, '中国')
		.replace(/\s+/g, '');
	return (
		name.length <= MAX_SITE_NAME &&
		(/^[\u3400-\u9fff]{2,20}(?:人民政府(?:门户)?(?:网站?)?|门户网站?|政府网站?|政务网|政务服务网|新闻网|融媒体中心|官方网站|官网)$/.test(
			name,
		) ||
			/^(?:中国)?[\u3400-\u9fff]{1,10}(?:省|市|县|区|旗|州|盟)(?:人民政府)?网站?$/.test(name) ||
			// `中国·某某县`: a county portal's name.
			/^中国[\u3400-\u9fff]{1,10}(?:省|市|县|区|旗|州|盟)$/.test(name))
	);
}

/** A site's greeting after its name: `某某县政务服务中心欢迎您`. */
const SITE_GREETING = /^[\u3400-\u9fff]{2,24}欢迎(?:您|你)(?:的?(?:访问|光临))?[!！]?$/;

/**
 * True for a bar of the site's name and its buttons set apart by bars: `登录 注册 | 某某县人民政府欢迎您`.
 */
export function isSiteBar(text: string): boolean {
	if (text.length > MAX_SITE_BAR || !/[|｜丨]|\s[·•]\s/.test(text)) return false;
	const pieces = text
		.split(/[|｜丨]|\s[·•]\s/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const site = (p: string) => isSiteName(p) || SITE_GREETING.test(p) || isSiteLike(p);
	if (pieces.length < 2 || !pieces.some(site)) return false;
	// The site's name and its buttons, or its name first and a short slogan after it
	// (`某某县人民政府门户网站 · 美丽乡村新家园`).
	return (
		pieces.every((p) => site(p) || isShapeFurniture(p) || /^[A-Za-z]+$/.test(p)) ||
		(site(pieces[0]!) &&
			pieces.length <= MAX_SLOGAN_BAR_PIECES &&
			pieces.slice(1).every((p) => /^[\u3400-\u9fff]{2,8}$/.test(p)))
	);
}
