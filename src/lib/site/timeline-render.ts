import type * as echarts from 'echarts';
import { renderEchartsSvg } from './echarts-svg.ts';

/** Size and colour of a timeline. */
interface TimelineStyle {
	width: number;
	height: number;
	color: string;
}

function render(option: echarts.EChartsCoreOption, style: TimelineStyle, label: string): string {
	const escaped = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	return renderEchartsSvg(
		{ textStyle: { fontFamily: 'sans-serif' }, ...option },
		style.width,
		style.height,
	)
		.replace(/^<svg\b/, `<svg role="img" aria-label="${escaped}"`)
		.replace(/\s*ecmeta_[a-z_]+="[^"]*"/g, '');
}

/**
 * A bar chart of counts per month (`[YYYY-MM, n]`, oldest first) with a labelled month axis and
 * count axis, as an SVG string. `unit` names what is counted (篇).
 */
export function renderMonthlyBars(
	months: readonly [string, number][],
	unit: string,
	style: TimelineStyle,
	label: string,
): string {
	return render(
		{
			grid: { left: 48, right: 16, top: 28, bottom: 48 },
			xAxis: {
				type: 'category',
				name: '月份',
				nameLocation: 'middle',
				nameGap: 30,
				data: months.map(([m]) => m.replace('-', '年') + '月'),
				axisLabel: { hideOverlap: true },
				axisTick: { alignWithLabel: true },
			},
			yAxis: { type: 'value', name: unit, minInterval: 1 },
			series: [{ type: 'bar', data: months.map(([, n]) => n), itemStyle: { color: style.color } }],
		},
		style,
		label,
	);
}

const DAY_MS = 86_400_000;

/**
 * The axis range of `dates` (ISO): from the first of the month before the earliest to the first of
 * the month after the latest, at least three months wide, as milliseconds since the epoch.
 */
export function monthBounds(dates: readonly string[]): [number, number] {
	const sorted = [...dates].sort();
	const first = new Date(`${(sorted[0] ?? '2000-01-01').slice(0, 7)}-01T00:00:00Z`);
	const last = new Date(`${(sorted.at(-1) ?? '2000-01-01').slice(0, 7)}-01T00:00:00Z`);
	const min = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1);
	const max = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 2, 1);
	return [min, Math.max(max, Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 2, 1))];
}

/**
 * Regions over time: one row per region (earliest adopter at the top), a dot per dated use on a
 * time axis, the first use drawn larger. Returns an SVG string.
 */
export function renderSpread(
	rows: readonly { name: string; dates: readonly string[] }[],
	style: TimelineStyle,
	label: string,
): string {
	const names = rows.map((r) => r.name);
	const [min, max] = monthBounds(rows.flatMap((r) => r.dates));
	const rowHeight = 26;
	const height = Math.max(style.height / 2, 60 + rowHeight * rows.length);
	return render(
		{
			grid: { left: 96, right: 24, top: 16, bottom: 40 },
			xAxis: {
				type: 'time',
				name: '日期',
				min,
				max,
				// Ticks no closer than a month, so a short span does not repeat the same month label.
				minInterval: 28 * DAY_MS,
				nameLocation: 'middle',
				nameGap: 26,
				axisLabel: { hideOverlap: true, formatter: '{yyyy}年{M}月' },
				splitLine: { show: true },
			},
			yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
			series: [
				{
					type: 'scatter',
					symbolSize: 8,
					itemStyle: { color: style.color, opacity: 0.55 },
					data: rows.flatMap((r) => r.dates.slice(1).map((d) => [d, r.name])),
				},
				{
					type: 'scatter',
					symbolSize: 13,
					itemStyle: { color: style.color },
					data: rows.flatMap((r) => (r.dates[0] ? [[r.dates[0], r.name]] : [])),
				},
			],
		},
		{ ...style, height },
		label,
	);
}
