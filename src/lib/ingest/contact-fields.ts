import { PHONE } from './site-chrome.ts';

// A site's contact line, as a footer prints it under a page's tool bar: keyed fields only
// (`地址：某某路8号　邮编：671300`, `联系电话：0123-4567890　电子邮箱：…`), no sentence, one of them
// a postcode, a phone number or an e-mail address.

/** Keyed fields only: a key of two to six Han characters, a colon, a value without spaces. */
const FIELDS = /^(?:[\u3400-\u9fff]{2,6}\s*[:：]\s*[^\s:：]+\s*)+$/;
/** A sentence's mark or a clause's: no footer's fields hold one. */
const CLAUSE = /[。！？；，,;!?]/;
/** A postcode keyed as one: `邮编：671300`, `邮政编码 671300`. */
const POSTCODE = /(?:邮编|邮政编码)\s*[:：]?\s*\d{6}(?!\d)/;
/** An e-mail address, its domain in any script (`zfb@某某县.gov.cn`). */
const EMAIL = /[\w.-]+@[^\s@]+\.[a-z]{2,}/i;

/** True for a line of a site's contact fields (see the module's comment). */
export function isContactFields(text: string, maxChars: number): boolean {
	const t = text.trim();
	return (
		t.length <= maxChars &&
		!CLAUSE.test(t) &&
		FIELDS.test(t) &&
		(POSTCODE.test(t) || PHONE.test(t) || EMAIL.test(t))
	);
}
