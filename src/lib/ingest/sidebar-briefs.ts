import placeContext from '../../../search-config/place-context.json' with { type: 'json' };

// A paper may close a story with a sidebar (链接) of briefs from other places on the same matter:
// under its label (`■链接`), each brief is a region's name (`吉　林`, `北京丰台`) over a headline,
// then its own dateline and text. The briefs are the story's, not stories of their own.

/** A sidebar's label alone on its line: `■链接`, `【相关链接】`, `背景链接：`. */
const SIDEBAR_LABEL = /^[■□●◆◇▍▌【[]?\s*(?:相关|背景|新闻|知识)?链接\s*[】\]]?[:：]?$/;
/** A short label of two to five Han characters, letterspaced or not (`吉　林`). */
const SHORT_LABEL = /^[\u3400-\u9fff](?:[\s\u3000]*[\u3400-\u9fff]){1,4}$/;
/** The provinces, by the gazetteer's names (吉林, 内蒙古). */
const PROVINCES = Object.keys(placeContext.provinceAbbreviations);

/**
 * True for a region's name as a part's label: a short label letterspaced as papers set a region's
 * name (`吉　林`, `福　州`), or one that opens with a province (`内蒙古`, `北京丰台`) or closes with a
 * division's suffix (`某某县`); a topic's label (`北派舞狮`) is none.
 */
function isRegionLabel(text: string): boolean {
	const t = text.trim();
	if (!SHORT_LABEL.test(t)) return false;
	const name = t.replace(/[\s\u3000]+/g, '');
	return name !== t || PROVINCES.some((p) => name.startsWith(p)) || /[省市县区州盟旗]$/.test(name);
}

/** True for a sidebar's label alone on its line (`■链接`). */
export const isSidebarLabel = (text: string) => SIDEBAR_LABEL.test(text.trim());

/**
 * True for a sidebar brief's head: a region's name over the brief's headline (`内蒙古` / `审慎问责
 * 精准规范`), each on its line.
 */
export const isBriefHead = (head: readonly { text: string }[]) =>
	head.length >= 2 && isRegionLabel(head[0]!.text);
