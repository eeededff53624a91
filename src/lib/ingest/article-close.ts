import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import { BYLINE_LINE, PHOTO_CREDIT, TRAILING_BYLINE } from './patterns.ts';

// The lines that may close an article under its last paragraph, whatever stands around them.

/** A letter's closing formula on a line of its own, before 敬礼 and the signature: `此致`, `顺颂商祺`. */
const LETTER_CLOSING =
	/^(?:此致|谨致|特此|顺颂[\u3400-\u9fff]{0,2}|顺致[\u3400-\u9fff]{0,2})[，,。！!]?$/;

/**
 * A quotation's attribution under it, behind a dash (`——某某县委书记某某在全县大会上说`): no
 * sentence close, no dash closing it (`—— 完 ——` is a rule's).
 */
const ATTRIBUTION = /^——(?!.*——$)[^。！？!?]{4,60}$/;

/**
 * A story's credits in brackets closing it, however many reporters they list: `（综合本报记者某某、某某
 * 和新华社报道）`, `（本报记者 某某 某某 整理）`. No sentence's close inside.
 */
const BRACKETED_CREDITS =
	/^[（(][^()（）。！？]*(?:记者|通讯员|综合|报道|整理)[^()（）。！？]*[)）]$/;

/**
 * True for a line that may close an article: its issuer, a date, a byline or credit, a bracketed
 * note, a letter's closing formula, a quotation's attribution.
 */
export function closesArticle(text: string): boolean {
	return (
		isPublisherName(text) ||
		ATTRIBUTION.test(text) ||
		LETTER_CLOSING.test(text) ||
		readPageMetaLine(text)?.kind === 'date' ||
		BYLINE_LINE.test(text) ||
		TRAILING_BYLINE.test(text) ||
		PHOTO_CREDIT.test(text) ||
		/^[（(【[].{1,40}[)）】\]]$/.test(text) ||
		BRACKETED_CREDITS.test(text)
	);
}
