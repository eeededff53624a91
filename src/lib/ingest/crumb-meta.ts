import { DATE_START } from './meta-dates.ts';
import { isPublisherValue } from './outlets.ts';
import { BREADCRUMB, PATH_STEP, PLACE_LABEL } from './page-path.ts';
import { readPageMetaLine } from './page-meta.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

/**
 * A breadcrumb that carries the page's meta after its path, as a portal's location bar prints it
 * at its right end (`您的位置：首页 > 工作动态　　发布日期：… 来源：…`, `首页 / 通知公告 2024-05-01 某某局`,
 * `首页 > 部门动态　某某局 · 2024-05-01`):
 * the path is furniture, the fields after it are the page's date and source. A path whose last step
 * is a date names the page by its day (`首页 > 部门动态 > 某某局 > 2024-05-01`): that is its date,
 * and a body's name in the step before it is the column of the body that published it.
 */

/**
 * Where a meta tail may start: a field's key and its colon, or a printed date, its year first or
 * last after a slashed month and day (`1/27/2023 15:14`, as software set to an English locale prints it).
 */
const TAIL_START = new RegExp(
	`^(?:[\\u3400-\\u9fff]{1,6}\\s*[:：]|${DATE_START}\\s*\\d|\\d{1,2}[/／]\\d{1,2}[/／](?:19|20)\\d{2}(?!\\d))`,
);
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
	const bracketed = bracketedTail(text);
	if (bracketed !== undefined) return bracketed;
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
	return lastStepDate(text);
}

/** Fields in brackets closing the path, glued to its last step: `首页 > 镇村快讯（2022-03-16 来源：某某镇）`. */
const BRACKETED_TAIL = /[（(]([^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*)[)）]$/u;

/**
 * The fields a location bar prints in brackets after its last step (`…镇村快讯（2022年3月16日 来源：
 * 某某镇人民政府）`), when they open on a date or a key and read as the page's date or source.
 */
function bracketedTail(text: string): string | undefined {
	const inner = BRACKETED_TAIL.exec(text)?.[1]?.trim();
	if (inner === undefined || !TAIL_START.test(inner)) return undefined;
	const meta = readPageMetaLine(inner);
	return meta?.kind === 'fields' && (meta.date !== undefined || meta.source !== undefined)
		? inner
		: undefined;
}

/**
 * The meta of a path whose last step is a date alone, bracketed or not: the date, after the body's name of the step
 * before it where that step names one (`某某局 · 2024-05-01`, as `readPageMetaLine` reads a name
 * set off from its date).
 */
function lastStepDate(text: string): string | undefined {
	const steps = text.split(PATH_STEP).map((s) => s.trim());
	if (steps.length < 3) return undefined;
	// A step may print its date in brackets of any shape (`【2024.05.01】`, `（2024/5/1）`).
	const meta = readPageMetaLine(steps.at(-1)!.replace(/^[【[〔（(]\s*|\s*[】\]〕）)]$/gu, ''));
	if (meta?.kind !== 'date' || meta.date === undefined) return undefined;
	const column = steps.at(-2)!;
	return isPublisherValue(column) ? `${column} · ${meta.date}` : meta.date;
}
