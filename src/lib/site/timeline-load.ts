import { regionName } from '../geo/gazetteer.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import type { SearchBackend, SearchParams } from '../search/types.ts';
import { allMatches } from './export-rows.ts';
import { chartConfig } from './map-config.ts';
import { createTtlCache } from './timeline-cache.ts';
import { monthlyCounts, spreadByRegion } from './timeline-data.ts';
import type { DatedItem, MonthlyCounts, RegionSpread } from './timeline-data.ts';
import { renderMonthlyBars, renderSpread } from './timeline-render.ts';

/** What a timeline is about: a theme's volume or a 提法's spread. */
type TimelineSubject = { theme: ThemeId } | { slogan: string };

/** A drawn timeline and the numbers behind it. */
export interface TimelineData {
	/** The SVG, or '' when there is nothing dated to draw. */
	svg: string;
	/** Per month (a theme). */
	volume?: MonthlyCounts;
	/** Per region in order of first use (a 提法). */
	spread: RegionSpread[];
	/** Articles read, and how many match (more than read when the scan limit cut it). */
	scanned: number;
	total: number;
	/** Articles read that have no date (a 提法's spread cannot place them). */
	undated: number;
	/** Whether the scan stopped at `timeline.scanLimit` before the last match. */
	truncated: boolean;
}

/** How long a timeline is reused before its articles are read again. */
const TIMELINE_TTL_MS = 5 * 60_000;
const cache = createTtlCache<TimelineData>(TIMELINE_TTL_MS, 200);

async function compute(backend: SearchBackend, subject: TimelineSubject): Promise<TimelineData> {
	const style = chartConfig().timeline;
	const params: SearchParams =
		'slogan' in subject
			? { q: `"${subject.slogan.replaceAll('"', '')}"` }
			: { q: '', filters: { theme: [subject.theme] } };
	const total = (await backend.search('articles', { ...params, hitsPerPage: 1 })).total;
	const items: DatedItem[] = [];
	let truncated = false;
	for await (const doc of allMatches(backend, 'articles', { ...params, sort: 'date-desc' }, 1000)) {
		if ('articleId' in doc) continue;
		if (!doc.duplicateOf) items.push(doc);
		if (items.length >= style.scanLimit) {
			truncated = true;
			break;
		}
	}
	const undated = items.filter((i) => !i.date || i.datePrecision === 'unknown').length;
	if ('slogan' in subject) {
		const spread = spreadByRegion(items);
		const rows = spread
			.slice(0, style.maxRegions)
			.map((r) => ({ name: regionName(r.region), dates: r.dates }));
		const svg =
			rows.length > 0 ? renderSpread(rows, style, `“${subject.slogan}”各地首次使用的时间`) : '';
		return { svg, spread, scanned: items.length, total, truncated, undated };
	}
	const volume = monthlyCounts(items);
	const svg =
		volume.months.length > 0 ? renderMonthlyBars(volume.months, '篇', style, '每月文章数') : '';
	return { svg, volume, spread: [], scanned: items.length, total, truncated, undated };
}

/**
 * The timeline of `subject` over the newest `timeline.scanLimit` matching articles (duplicates of
 * another release skipped), reused for `TIMELINE_TTL_MS`.
 */
export function loadTimeline(
	backend: SearchBackend,
	subject: TimelineSubject,
): Promise<TimelineData> {
	const key = 'slogan' in subject ? `s:${subject.slogan}` : `t:${subject.theme}`;
	return cache.get(key, () => compute(backend, subject));
}
