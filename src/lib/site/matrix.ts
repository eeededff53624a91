import { z } from 'astro/zod';
import { getDivision, withAncestors } from '../geo/gazetteer.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import { BadRequestError } from './errors.ts';
import { explainIssues } from './url-state.ts';

const MatrixParamsSchema = z.object({
	/** Level of the rows. */
	level: z
		.enum(['province', 'city', 'county'], { message: 'level 只能是 province、city 或 county' })
		.default('province'),
	/** Only regions under this code. */
	within: z
		.string()
		.regex(/^\d{6}$/, 'within 应为6位地区代码')
		.refine((c) => getDivision(c) !== undefined, { message: '未知的地区代码' })
		.optional(),
	collection: z.enum(['articles', 'measures']).default('measures'),
});
export type MatrixParams = z.output<typeof MatrixParamsSchema>;

/** Reads `level`, `within` and `collection` of /matrix; a bad value is a 400 with its reason. */
export function parseMatrixParams(params: URLSearchParams): MatrixParams {
	const raw: Record<string, string> = {};
	for (const key of ['level', 'within', 'collection']) {
		const v = params.get(key)?.trim();
		if (v) raw[key] = v;
	}
	const parsed = MatrixParamsSchema.safeParse(raw);
	if (!parsed.success) throw new BadRequestError(explainIssues(parsed.error));
	return parsed.data;
}

/** Region × theme counts ready to draw. */
export interface Matrix {
	themes: ThemeId[];
	rows: { code: string; total: number; counts: number[] }[];
	/** Largest cell, for shading. */
	max: number;
}

/**
 * Builds the matrix from one facet count per theme (region code → count). Rows are limited to
 * regions under `within`, sorted by their total, at most `limit`; themes with no count are kept
 * so columns stay comparable across pages.
 */
export function buildMatrix(
	perTheme: { theme: ThemeId; counts: Record<string, number> }[],
	within: string | undefined,
	limit = 80,
): Matrix {
	const themes = perTheme.map((p) => p.theme);
	const rows = new Map<string, number[]>();
	perTheme.forEach((p, col) => {
		for (const [code, n] of Object.entries(p.counts)) {
			if (within && !withAncestors(code).includes(within)) continue;
			let row = rows.get(code);
			if (!row) {
				row = themes.map(() => 0);
				rows.set(code, row);
			}
			row[col] = n;
		}
	});
	const list = [...rows.entries()]
		.map(([code, counts]) => ({ code, counts, total: counts.reduce((a, b) => a + b, 0) }))
		.sort((a, b) => b.total - a.total || a.code.localeCompare(b.code))
		.slice(0, limit);
	return { themes, rows: list, max: Math.max(1, ...list.flatMap((r) => r.counts)) };
}

/** Background of a heatmap cell: white at 0, deep red at `max` (text stays readable: dark until 55%). */
export function heatColor(n: number, max: number): { background: string; color: string } {
	if (n <= 0) return { background: '#ffffff', color: '#8c959f' };
	const t = Math.min(1, n / max);
	const light = Math.round(96 - t * 58);
	return { background: `hsl(358 70% ${light}%)`, color: light < 60 ? '#ffffff' : '#1b1f24' };
}
