import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxJumpNote: MAX_JUMP_NOTE } = readIngestLines().webBody;

/** A page's number as papers print it: figures after a sheet's letter or not (`A3`, `12`), or in words (`十二`). */
const PAGE = '(?:[A-Z]?\\d{1,3}|[〇零一二三四五六七八九十]{1,3})';

/**
 * A story's note that it runs on from or to another page (转版): brackets or a dash or arrow around
 * it, which way (上, 下, 紧), the verb (转, 接, 续), the page and 版 or 版面 (`（下转第二版）`, `——上接A1版`,
 * `（转第三版面）`).
 * A pointer to another piece (`（相关报道见第十版）`) says 见 and is the text's own line.
 */
const JUMP_NOTE = new RegExp(
	`^[（(【〔［\\[〈<—–\\-→↓▶►]*(?:[上下紧])?(?:转|接|续)第?${PAGE}版面?[）)】〕］\\]〉>←↑]*$`,
);

/** True for a line that is only a story's 转版 note: the paper's, neither a headline nor text. */
export function isJumpNote(text: string): boolean {
	return text.length <= MAX_JUMP_NOTE && JUMP_NOTE.test(text.replace(/\s+/g, ''));
}
