import { isSiteLike } from './site-like.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxPathStep: MAX_PATH_STEP,
	maxPathLine: MAX_PATH_LINE,
	minPathPieces: MIN_PATH_PIECES,
	maxPlaceLabelLine: MAX_PLACE_LABEL_LINE,
	maxPrevNextLine: MAX_PREV_NEXT_LINE,
	maxPrevAndNext: MAX_PREV_AND_NEXT,
} = readIngestLines().furnitureShapes;

// Where a page stands among the site's pages: its breadcrumb and where-you-are label, and its links
// to the page before and after.

/** A breadcrumb in any separator or arrow: `位置：首页 / 新闻 / 正文`, `您的位置 首页 - 要闻`, `首页 → 要闻`. */
export const BREADCRUMB = /首页\s*(?:[>»›/|｜\\＞〉→⇒➔➜➤▶▸►]|\s-\s|-\s*[\u3400-\u9fff])/;
/** The label of where the reader stands, whatever words it takes: `您当前所在位置：`, `所在栏目：`. */
export const PLACE_LABEL = /^(?:您|你)?(?:当前|现在)?(?:所在|的|所处)?(?:位置|栏目)\s*[:：]/;
/** A place label with more words before 位置 (`您所在的位置：`), where a path follows. */
const PATH_LABEL = /^(?:您|你)?(?:当前|现在)?(?:所在|所处)?的?(?:位置|栏目)\s*[:：]?\s*/;
/** Steps of a breadcrumb: `>`, `>>`, `»`, arrows, or a slash between spaces. */
export const PATH_STEP = /\s*(?:>>|[>»›＞〉→⇒➔➜➤▸►])\s*|\s+[/／]\s+/;
/**
 * A link to the page before or after, labelled in any of the ways sites word it (`上一篇`, `下篇`,
 * `上一页：`, `【下一条】`, `« 上一篇`, `⇐ 上一条`, `下一张`), alone or before the other page's title.
 */
const PREV_NEXT =
	/^[«»‹›<>【\[〔(（\s←→⇐⇒◀◁▶▷⬅➡]*(?:上|下|前|后)\s*一?\s*(?:篇|条|页|则|张|个)(?:信息|新闻|文章|内容)?\s*[】\]〕)）]?\s*(?:[:：]|\s|$)/;
/** A viewer's or pager's buttons to both sides on one line: `← 上一张 下一张 →`, `上一页 下一页`. */
const PREV_AND_NEXT = /上一(?:张|页|篇|条|幅|组|个)[^。]{0,12}下一(?:张|页|篇|条|幅|组|个)/;
/** Another page's title after an up or down arrow (`↑ 标题`), the way some sites link their neighbours. */
const ARROW_LINK = /^[↑↓]\s*[^。！？]{4,60}$/;

/**
 * True for a breadcrumb whose last step is the headline (`您所在的位置：某某网 >> 政务动态 >> 标题`): two
 * steps or more, each before the last a short name with no sentence in it, under a place label or
 * from the home page or a site's name. The last step may hold commas, as a headline does.
 */
function isBreadcrumbPath(text: string): boolean {
	// Splitting costs far more than looking: most lines hold no step at all.
	if (text.length > MAX_PATH_LINE || !PATH_STEP.test(text)) return false;
	const label = PATH_LABEL.exec(text)?.[0] ?? '';
	const steps = text.slice(label.length).split(PATH_STEP);
	if (steps.length < MIN_PATH_PIECES) return false;
	const names = steps.slice(0, -1).map((p) => p.trim());
	if (names.some((p) => p === '' || p.length > MAX_PATH_STEP || /[。，,；;！？!?]/.test(p)))
		return false;
	return (
		(label !== '' && /位置|栏目/.test(label)) ||
		/首页|主页/.test(names[0]!) ||
		isSiteLike(names[0]!)
	);
}

/**
 * True for a page's path: a breadcrumb or a where-you-are label with no sentence, a path whose last
 * step is the headline, a link to the page before or after.
 */
export function isPathFurniture(text: string): boolean {
	if (isBreadcrumbPath(text)) return true;
	if (
		text.length <= MAX_PLACE_LABEL_LINE &&
		!/[。！？，,]/.test(text) &&
		(BREADCRUMB.test(text) || PLACE_LABEL.test(text))
	)
		return true;
	if (text.length <= MAX_PREV_NEXT_LINE && (PREV_NEXT.test(text) || ARROW_LINK.test(text)))
		return true;
	return text.length <= MAX_PREV_AND_NEXT && !/[。；]/.test(text) && PREV_AND_NEXT.test(text);
}
