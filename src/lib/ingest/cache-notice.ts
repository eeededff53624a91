import { hanCount } from './patterns.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxCachePageHan: MAX_CACHE_PAGE_HAN,
	maxCacheNotice: MAX_CACHE_NOTICE,
	maxCacheHan: MAX_CACHE_HAN,
} = readIngestLines().furnitureShapes;

/**
 * A search engine's notice over the copy of a page it cached (网页快照, 缓存): the word with what it
 * says of the copy, the page's address, when it was taken (a day or a clock time), or the page
 * itself (`该页面`, `当前页面`); or the engine's name and the word alone (`百度快照`). A headline
 * calling a story a 快照 says none.
 */
const CACHE_WORD = /快照|缓存/;
const CACHE_ABOUT =
	/https?:\/\/|www\.|\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}:\d{2}|(?:该|此|本|当前)\s*(?:页面|网页)|^[\u3400-\u9fffA-Za-z0-9]{0,8}\s*(?:网页)?快照$/;
/**
 * The second line of such a notice, without its word: the page itself (`当前页`, `原网页`) and that it
 * may have changed or where to see it now (`当前页在此期间可能已经更改`, `请访问原网页`).
 */
const CACHE_PAGE = /当前页|原网页|原始网页|该网页|当前网页/;
const CACHE_PAGE_NOW = /更改|变化|更新|删除|访问|打开|查看/;

/** True for a search engine's notice over its cached copy of the page, or that notice's second line. */
export function isCacheNotice(text: string): boolean {
	if (
		text.length <= MAX_CACHE_NOTICE &&
		CACHE_WORD.test(text) &&
		CACHE_ABOUT.test(text) &&
		hanCount(text) <= MAX_CACHE_HAN
	)
		return true;
	return (
		CACHE_PAGE.test(text) &&
		CACHE_PAGE_NOW.test(text) &&
		hanCount(text, MAX_CACHE_PAGE_HAN + 1) <= MAX_CACHE_PAGE_HAN
	);
}
