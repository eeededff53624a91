import type { StatementSync } from 'node:sqlite';
import type { SearchParams } from './types.ts';

/** One row of a result page, in page order: its rowid and its scores in temp.hits. */
export interface PageRow {
	rowid: number;
	score: number;
	fused: number;
	tier: number;
}

/**
 * The rows of temp.hits on one page, in the order asked for. A date order joins every hit with
 * its date. The relevance order (tier, fused score, BM25, then the newer first) needs the date only
 * to break ties, so it first finds the page's last key without the join and joins only the rows
 * that sort up to it: at 100k a common word's thousands of hits were each looked up for their date
 * to show ten. The rows passed on keep their scan order, so ties fall as in the full sort.
 */
export function pageRows(
	stmt: (sql: string) => StatementSync,
	p: string,
	sort: SearchParams['sort'],
	limit: number,
	offset: number,
): PageRow[] {
	const select = (order: string, where = '1', params: number[] = []) =>
		stmt(
			`SELECT h.rowid AS rowid, h.score AS score, h.fused AS fused, h.tier AS tier FROM temp.hits h CROSS JOIN ${p}_docs d ON d.rowid = h.rowid WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
		).all(...params, limit, offset) as unknown as PageRow[];
	if (sort === 'date-desc') return select('d.date IS NULL, d.date DESC, h.score');
	if (sort === 'date-asc') return select('d.date IS NULL, d.date ASC, h.score');
	const order = 'h.tier DESC, h.fused DESC, h.score';
	const last = stmt(
		`SELECT h.tier AS tier, h.fused AS fused, h.score AS score FROM temp.hits h ORDER BY ${order} LIMIT 1 OFFSET ?`,
	).get(offset + limit - 1) as { tier: number; fused: number; score: number } | undefined;
	if (!last) return select(`${order}, d.date DESC`);
	return select(
		`${order}, d.date DESC`,
		'h.tier > ? OR (h.tier = ? AND (h.fused > ? OR (h.fused = ? AND h.score <= ?)))',
		[last.tier, last.tier, last.fused, last.fused, last.score],
	);
}
