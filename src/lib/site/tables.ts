import { regionName } from '../geo/gazetteer.ts';
import type { Division } from '../geo/gazetteer.ts';
import { NATIONAL_CODE } from '../geo/gazetteer.ts';
import type { Comparison } from './compare.ts';
import { csvLine } from './export-rows.ts';
import { formatDate } from './format.ts';
import type { Matrix } from './matrix.ts';
import type { SloganUsage } from './slogans.ts';
import { themeLabel } from './theme-labels.ts';

/**
 * A table as a page shows it, ready to export: Chinese `columns` for the CSV (read by people),
 * stable English `keys` for the JSON (read by scripts), one row per line.
 */
export interface Table {
	keys: string[];
	columns: string[];
	rows: (string | number)[][];
}

/** The CSV of a table: UTF-8 with a byte-order mark (so spreadsheets read the Chinese), CRLF lines. */
export function tableCsv(table: Table): string {
	return `\uFEFF${csvLine(table.columns)}${table.rows.map((r) => csvLine(r.map(String))).join('')}`;
}

/** The JSON of a table: one object per row, keyed by `keys`. */
export function tableJson(table: Table): string {
	const objects = table.rows.map((r) => Object.fromEntries(table.keys.map((k, i) => [k, r[i]])));
	return `${JSON.stringify(objects, null, 1)}\n`;
}

const nameOf = (code: string) => (code === NATIONAL_CODE ? '全国(全国性)' : regionName(code));

/** The region × theme matrix: one row per region, one column per theme, then the distinct total. */
export function matrixTable(matrix: Matrix): Table {
	return {
		keys: ['regionCode', 'region', ...matrix.themes, 'total'],
		columns: ['地区代码', '地区', ...matrix.themes.map((t) => themeLabel(t)), '合计'],
		rows: matrix.rows.map((r) => [r.code, nameOf(r.code), ...r.counts, r.total]),
	};
}

/** A comparison: one row per measure shown, by sub-theme and region; a missing cell is one row saying so. */
export function compareTable(comparison: Comparison, regions: Division[], origin = ''): Table {
	const rows: (string | number)[][] = [];
	for (const row of comparison.rows) {
		row.cells.forEach((cell, i) => {
			const region = regions[i];
			if (!region) return;
			if (cell.length === 0)
				rows.push([row.label, region.code, region.name, '缺失:未见相关举措', '', '', '']);
			for (const m of cell)
				rows.push([
					row.label,
					region.code,
					region.name,
					m.text,
					formatDate(m.date, m.datePrecision),
					m.quantities.map((q) => q.text).join(';'),
					`${origin}/articles/${m.articleId}#${m.id}`,
				]);
		});
	}
	return {
		keys: ['subTheme', 'regionCode', 'region', 'measure', 'date', 'quantities', 'url'],
		columns: ['子主题', '地区代码', '地区', '举措', '日期', '数量', '链接'],
		rows,
	};
}

/** The 提法 table: how often, first use (date as precise as known, and where), regions, years. */
export function slogansTable(usages: SloganUsage[]): Table {
	return {
		keys: ['slogan', 'articles', 'firstDate', 'firstRegion', 'regions', 'years'],
		columns: ['提法', '篇数', '始见日期', '始见地区', '使用地区(篇数)', '各年篇数'],
		rows: usages.map((u) => [
			u.slogan,
			u.count,
			u.first ? formatDate(u.first.date, u.first.datePrecision) : '日期不详',
			u.first ? regionName(u.first.region) : '',
			u.regions.map(([c, n]) => `${regionName(c)}(${n})`).join(';'),
			u.years.map(([y, n]) => `${y}年(${n})`).join(';'),
		]),
	};
}
