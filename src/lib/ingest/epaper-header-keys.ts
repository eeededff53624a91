import { alternation, MEDIA_WORDS } from '../schema/media-words.ts';

/**
 * An e-paper page header's keys of its page's number and name (`版次：03　版名：要闻`), as a database
 * prints them: the key says what the piece after it is, and says nothing itself.
 */
const PAGE_NUMBER_KEY = new RegExp(`^(?:${alternation(MEDIA_WORDS.pageNumberLabels)})$`);
const PAGE_NAME_KEY = new RegExp(`^(?:${alternation(MEDIA_WORDS.pageNameLabels)})$`);
/** A page's number after its key, its sheet's letter before it or not (`03`, `A07`). */
const KEYED_NUMBER = /^[A-Z]?\d{1,3}$/;

/** True for a key of a page header's page number or page name (`版次`, `版名`). */
export function isPageKey(piece: string): boolean {
	return PAGE_NUMBER_KEY.test(piece) || PAGE_NAME_KEY.test(piece);
}

/**
 * The piece after a page header's key, read as the key says: a page's number, or a page's name
 * even one that ends like a paper's (`版名：经济周刊`); undefined where the piece is neither.
 */
export function keyedPiece(key: string, piece: string): 'page' | 'section' | undefined {
	if (PAGE_NUMBER_KEY.test(key) && KEYED_NUMBER.test(piece)) return 'page';
	if (PAGE_NAME_KEY.test(key) && /^[\u3400-\u9fff]{1,8}$/.test(piece)) return 'section';
	return undefined;
}
