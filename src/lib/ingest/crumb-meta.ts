import { DATE_START } from './meta-dates.ts';
import { BREADCRUMB, PLACE_LABEL } from './page-path.ts';
import { readPageMetaLine } from './page-meta.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

/**
 * A breadcrumb that carries the page's meta after its path, as a portal's location bar prints it
 * at its right end (`您的位置：首页 > 工作动态　　发布日期：… 来源：…`, `首页 / 通知公告 2024-05-01 某某局`,
 * `首页 > 部门动态　某某局 · 2024-05-01`):
 * the path is furniture, the fields after it are the page's date and source.
 */

/** Where a meta tail may start: a field's key and its colon, or a printed date. */
const TAIL_START = new RegExp(`^(?:[\\u3400-\\u9fff]{1,6}\\s*[:：]|${DATE_START}\\s*\\d)`);
/** A name set off from the date after it (`某某县审计局 · 2022-08-16`, `某某局 | 2022年8月16日`). */
const NAME_BEFORE_DATE = new RegExp(`^[^\\s|｜丨·•]{2,40}\\s*[|｜丨·•]\\s*${DATE_START}\\s*\\d`);
const { maxCrumbLine: MAX_CRUMB_LINE } = readIngestLines().pageTools;

/**
 * The meta fields a breadcrumb line prints after its path, set off from it by a space (the
 * text from there on, for the cleaner to read as a meta line), or `undefined` when the line is no
 * breadcrumb or its path carries no date or source.
 */
export function breadcrumbMetaTail(text: string): string | undefined {
	if (text.length > MAX_CRUMB_LINE || /[。！？]/.test(text)) return undefined;
	const label = PLACE_LABEL.exec(text)?.[0].length ?? 0;
	if (label === 0 && !BREADCRUMB.test(text)) return undefined;
	for (let at = text.slice(label).search(/\s/); at >= 0;) {
		const start = label + at;
		const tail = text.slice(start).trim();
		if (TAIL_START.test(tail)) {
			const meta = readPageMetaLine(tail);
			if (meta?.kind === 'fields' && (meta.date !== undefined || meta.source !== undefined))
				return tail;
		}
		// The publisher's name may open the tail, before its date.
		if (NAME_BEFORE_DATE.test(tail)) {
			const meta = readPageMetaLine(tail);
			if (meta?.kind === 'fields' && meta.source !== undefined && meta.date !== undefined)
				return tail;
		}
		const next = text.slice(start + 1).search(/\s/);
		at = next < 0 ? -1 : at + 1 + next;
	}
	return undefined;
}
