import type { MeasureSearchDocument, SearchBackend } from '../search/types.ts';
import type { Division } from '../geo/gazetteer.ts';
import type { ThemeId } from '../schema/taxonomy.ts';

/** One row of a comparison: a sub-theme and, per region, the measures filed under it. */
export interface CompareRow {
	/** Sub-theme id (`<theme>/<sub>`) or `OTHER_ROW`. */
	key: string;
	label: string;
	/** Same order as the regions; an empty list means no measure was found (shown as missing). */
	cells: MeasureSearchDocument[][];
}

/** Row key of measures that carry no sub-theme of the compared theme. */
export const OTHER_ROW = '(other)';

/**
 * Aligns measures of several regions row by row by sub-theme. Rows follow `subThemes` (the
 * taxonomy order), then sub-themes seen in the data but not configured, then `OTHER_ROW`; rows
 * where no region has a measure are dropped. A measure with two sub-themes appears in both rows.
 */
export function alignBySubTheme(
	theme: string,
	perRegion: MeasureSearchDocument[][],
	subThemes: { id: string; label: string }[],
): CompareRow[] {
	const labels = new Map(subThemes.map((s) => [s.id, s.label]));
	const order = subThemes.map((s) => s.id);
	const rows = new Map<string, MeasureSearchDocument[][]>();
	const rowFor = (key: string) => {
		let row = rows.get(key);
		if (!row) {
			row = perRegion.map(() => []);
			rows.set(key, row);
		}
		return row;
	};
	perRegion.forEach((measures, i) => {
		for (const m of measures) {
			const keys = m.subThemes.filter((s) => s.startsWith(`${theme}/`));
			for (const key of keys.length ? keys : [OTHER_ROW]) rowFor(key)[i]?.push(m);
		}
	});
	const seen = [...rows.keys()].filter((k) => k !== OTHER_ROW && !order.includes(k)).sort();
	const keys = [...order, ...seen, OTHER_ROW].filter((k) => rows.has(k));
	return keys.map((key) => ({
		key,
		label: key === OTHER_ROW ? '其他' : (labels.get(key) ?? key.slice(theme.length + 1)),
		cells: rows.get(key) ?? [],
	}));
}

/** Newest measures shown per region in a comparison. */
export const PER_REGION = 100;

/** A comparison read from the backend: rows by sub-theme and each region's measure count. */
export interface Comparison {
	rows: CompareRow[];
	/** Measures of the theme per region (all of them, not only those shown). */
	totals: number[];
}

/** Compares `regions` on `theme`: each region's newest `PER_REGION` measures aligned by sub-theme. */
export async function loadComparison(
	backend: SearchBackend,
	regions: Division[],
	theme: ThemeId,
	subThemes: { id: string; label: string }[],
): Promise<Comparison> {
	const results = await Promise.all(
		regions.map((r) =>
			backend.search('measures', {
				q: '',
				filters: { region: [r.code], theme: [theme] },
				sort: 'date-desc',
				hitsPerPage: PER_REGION,
			}),
		),
	);
	const perRegion = results.map((r) =>
		r.hits.map((h) => h.document).filter((d): d is MeasureSearchDocument => 'articleId' in d),
	);
	return {
		rows: alignBySubTheme(theme, perRegion, subThemes),
		totals: results.map((r) => r.total),
	};
}
