import { z } from 'astro/zod';
import { getDivision, NATIONAL_CODE, withAncestors } from '../geo/gazetteer.ts';
import { THEME_IDS } from '../schema/taxonomy.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import type { SearchBackend } from '../search/types.ts';
import { countByRegion } from './counts.ts';
import { BadRequestError } from '../errors.ts';
import { explainIssues } from './url-state.ts';

const MatrixParamsSchema = z.object({
	/** Level of the rows. */
	level: z
		.enum(['province', 'city', 'county'], {
			message: 'level 只能是 省(province)、市(city)或 区县(county)',
		})
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
	/** `total` is the region's distinct items (not the sum of its cells); `000000` is the national row. */
	rows: { code: string; total: number; counts: number[] }[];
	/** Largest cell, for shading. */
	max: number;
}

/**
 * Builds the matrix from one count per theme (region code → items of that theme) and the regions'
 * distinct totals (see `countByRegion`). Rows are the regions with items under `within`, sorted by
 * their total, at most `limit`, with national items (`000000`) first when there is no `within`;
 * themes with no count are kept so columns stay comparable across pages.
 */
export function buildMatrix(
	perTheme: { theme: ThemeId; counts: Record<string, number> }[],
	totals: Record<string, number>,
	within: string | undefined,
	limit = 80,
): Matrix {
	const themes = perTheme.map((p) => p.theme);
	const inScope = (code: string) =>
		within ? code !== NATIONAL_CODE && withAncestors(code).includes(within) : true;
	const list = Object.entries(totals)
		.filter(([code, total]) => total > 0 && inScope(code))
		.map(([code, total]) => ({
			code,
			total,
			counts: perTheme.map((p) => p.counts[code] ?? 0),
		}))
		.sort(
			(a, b) =>
				Number(b.code === NATIONAL_CODE) - Number(a.code === NATIONAL_CODE) ||
				b.total - a.total ||
				a.code.localeCompare(b.code),
		)
		.slice(0, limit);
	return { themes, rows: list, max: Math.max(1, ...list.flatMap((r) => r.counts)) };
}

/** The matrix of `params` read from the backend: one count per theme, and each region's distinct total. */
export async function loadMatrix(backend: SearchBackend, params: MatrixParams): Promise<Matrix> {
	const scope = params.within ? { region: [params.within] } : {};
	const [perTheme, totals] = await Promise.all([
		Promise.all(
			THEME_IDS.map(async (theme) => ({
				theme,
				counts: await countByRegion(backend, params.collection, params.level, {
					theme: [theme],
					...scope,
				}),
			})),
		),
		countByRegion(backend, params.collection, params.level, scope),
	]);
	return buildMatrix(perTheme, totals, params.within);
}

/** Background of a heatmap cell: white at 0, deep red at `max` (text stays readable: dark until 55%). */
export function heatColor(n: number, max: number): { background: string; color: string } {
	if (n <= 0) return { background: '#ffffff', color: '#8c959f' };
	const t = Math.min(1, n / max);
	const light = Math.round(96 - t * 58);
	return { background: `hsl(358 70% ${light}%)`, color: light < 60 ? '#ffffff' : '#1b1f24' };
}
