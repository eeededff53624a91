import placeContext from '../../../search-config/place-context.json' with { type: 'json' };
import { DATE_START } from './meta-dates.ts';
import type { LabelledForm } from './meta-line-forms.ts';
import { isPublisherValue } from './outlets.ts';

/**
 * Head lines self-media platforms (WeChat, 今日头条, 百家号) print over a post: the poster's name
 * with the post's status (原创 or 原创首发 for the poster's own text, 转发 or 转载 for one passed on),
 * its time and the place it was sent from (`发表于某省`, `IP属地：某省`). A post of this year prints
 * its month and day alone (`某某县卫健局　1月24日`), and a copied page may print the status in
 * brackets over the author and the account (`［原创］张某／某某县文旅局`).
 */

/**
 * The short names of the provinces (the gazetteer's: 吉林, 内蒙古), as WeChat prints where an article
 * was posted from.
 */
export const PROVINCE = `(?:${Object.keys(placeContext.provinceAbbreviations).join('|')})`;
/**
 * Where WeChat and the other self-media platforms print the place a post was sent from: `发表于某省`, the
 * province's short name alone, or keyed as its IP's place (`IP属地：某省`).
 */
export const POSTED_PLACE_MARK = `(?:发表于[\\u3400-\\u9fff]{2,12}|IP\\s*属地\\s*[:：]\\s*${PROVINCE}|${PROVINCE})`;
/**
 * A post's status word set between the name and the time on a self-media head line (`某某局　原创首发　2025-02-03`,
 * `张某　转发　2025-02-03`): group 1 = the name, 2 = the word.
 */
const STATUS_BEFORE_TIME = new RegExp(
	`^(\\S{2,40})\\s+(原创首发|原创|首发|转发|转载)\\s+(?=${DATE_START})`,
);
/**
 * A head line with its status word where `WECHAT_HEAD` reads it: an original post's mark (原创, 原创首发,
 * 首发) before the name, as WeChat prints it; a repost's (转发, 转载) dropped, its name only a poster's.
 */
export function postStatusFirst(text: string): string {
	return text.replace(STATUS_BEFORE_TIME, (_m, name: string, word: string) =>
		word.startsWith('转') ? `${name} ` : `原创 ${name} `,
	);
}

/** A post's month and day without its year, as a platform prints this year's posts. */
const MONTH_DAY = '\\d{1,2}月\\d{1,2}日';
/** `某某县卫健局　原创首发　1月24日　某省`: group 1 = the name, 2 = the status word. */
const MONTH_DAY_HEAD = new RegExp(
	`^([\\u3400-\\u9fff·《》]{2,40})\\s+(?:(原创首发|原创|首发|转发|转载)\\s+)?${MONTH_DAY}(?:\\s+${POSTED_PLACE_MARK})?$`,
);
/** `［原创］张某／某某县文旅局`: group 1 = the status word, 2 = the account. */
const BRACKETED_STATUS_HEAD =
	/^[[［【]\s*(原创|转载|转发)\s*[\]］】]\s*(?:[\u3400-\u9fff·]{2,10}\s*[／/]\s*)?([\u3400-\u9fff·《》]{2,40})$/;

/**
 * The source a head line without a full date names, in labelled form: the account, which wrote the
 * text when the line marks it original and otherwise only posted it.
 */
export function selfMediaHead(text: string): LabelledForm | undefined {
	const day = MONTH_DAY_HEAD.exec(text);
	const bracketed = day === null ? BRACKETED_STATUS_HEAD.exec(text) : null;
	const [name, word] =
		day !== null ? [day[1]!, day[2]] : bracketed !== null ? [bracketed[2]!, bracketed[1]] : [];
	if (name === undefined) return undefined;
	if (!isPublisherValue(name)) return undefined;
	const form: LabelledForm = { text: `来源：${name}` };
	if (word === undefined || !word.startsWith('原创')) form.account = true;
	return form;
}
