import { DATE_PATTERN } from './meta-dates.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxRevisionNote: MAX_REVISION_NOTE } = readIngestLines().webBody;

/** What a revision note says was revised: the text, the page. */
const WHAT = '(?:本文|此文|该文|文章|本页面?|本稿)?';
/** The verb of revising a page: updated, changed, revised, edited again. */
const REVISED = '(?:更新|修改|修订|重新编辑)(?:过)?';

/** Who revised a post, as a platform's note names them: `作者`, `编者`. */
const WHO = '(?:作者|编者|小编|编辑)';

/**
 * A note that the page was revised on a day (or, as a platform prints it, that its author revised
 * it on a day: `（02月23日 作者修改了文章）`), alone on its line, bracketed or not: what was revised,
 * then 于/在 and the day before or after the verb (`（本页更新于2022年3月1日）`,
 * `【此文已于2021-06-03修改】`). A sentence saying a law was revised goes on after the day.
 */
const REVISION_NOTE = new RegExp(
	`^[（(【\\[〔]?(?:${WHAT}(?:已|最后|最近)?(?:(?:于|在)\\s*${DATE_PATTERN}\\s*${REVISED}|${REVISED}(?:于|在)?\\s*${DATE_PATTERN})|(?:${DATE_PATTERN}|\\d{1,2}月\\d{1,2}日)\\s*${WHO}(?:已)?${REVISED}了?${WHAT})[)）】\\]〕]?$`,
);

/** True for a line that only says when the page was revised: the page's record, never its text. */
export function isRevisionNote(text: string): boolean {
	return text.length <= MAX_REVISION_NOTE && REVISION_NOTE.test(text.trim());
}
