import { regionName } from '../../src/lib/geo/gazetteer.ts';
import { REGION_ERROR_CLASSES } from '../../src/lib/eval/score-page-region.ts';
import { SAVED_TV_GROUP, type ThroughPageItem } from './eval-gold-pages.ts';
import type { PageAgreement } from './eval-page-agreement.ts';

/** Share of an item's text from its neighbours above which it counts as carrying their text. */
const NEIGHBOUR_SHARE = 0.3;

const pct = (a: number, b: number): string =>
	b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;

function row(label: string, items: readonly ThroughPageItem[]): string {
	const found = items.filter((i) => i.article !== null).length;
	const region = items.filter((i) => i.regionError === null).length;
	const national = items.filter((i) => i.gold.region === '000000');
	const themed = items.filter((i) => i.gold.primary !== null);
	const theme = themed.filter((i) => i.article?.themes[0] === i.gold.primary).length;
	const glued = items.filter((i) => i.foreign > NEIGHBOUR_SHARE).length;
	return [
		`  ${label.padEnd(18)}`,
		`found ${String(found).padStart(3)}/${items.length}`,
		`region ${pct(region, items.length).padEnd(15)}`,
		`national ${pct(national.filter((i) => i.regionError === null).length, national.length).padEnd(13)}`,
		`theme ${pct(theme, themed.length).padEnd(15)}`,
		`glued ${glued}`,
	].join('  ');
}

/**
 * The "through the page" block of `eval:gold`: primary region and theme of each gold article as
 * the pipeline gives them inside its page, per group, the region errors by class, and with `show`
 * every region miss.
 */
export function formatThroughPage(all: readonly ThroughPageItem[], show: boolean): string[] {
	const groups = [...new Set(all.map((i) => i.group))].sort();
	// Each gold article counts once in the totals: its saved-page reading is a group of its own.
	const items = all.filter((i) => i.group !== SAVED_TV_GROUP);
	const misses = all.filter((i) => i.regionError !== null);
	const lines = [
		`准确率 through the page: each gold article inside its page, run through the ingest pipeline`,
		`  (人民日报: the whole page glued back from the corpus; 新闻联播: one item per file, the`,
		`  pipeline having no programme style, bare and as a saved CCTV page; glued = item with over ${100 * NEIGHBOUR_SHARE}% of its text from neighbours)`,
		...groups.map((g) =>
			row(
				g,
				all.filter((i) => i.group === g),
			),
		),
		row('all', items),
		`  region errors by class (${groups.join(' · ')} · all):`,
	];
	const count = (cls: string, group?: string) =>
		misses.filter(
			(i) =>
				i.regionError === cls &&
				(group === undefined ? i.group !== SAVED_TV_GROUP : i.group === group),
		).length;
	for (const cls of [...REGION_ERROR_CLASSES, 'not found'])
		lines.push(
			`    ${cls.padEnd(36)} ${groups.map((g) => String(count(cls, g)).padStart(3)).join(' ·')} · ${String(count(cls)).padStart(3)}`,
		);
	const glued = items.filter((i) => i.foreign > NEIGHBOUR_SHARE);
	lines.push(
		`  region on glued items ${pct(glued.filter((i) => i.regionError === null).length, glued.length)}`,
	);
	if (show)
		for (const i of misses) {
			const got = i.article?.region ?? '—';
			lines.push(
				`  region ${i.group} ${i.id} (${i.file}): ${got} ${regionName(got)} ≠ ${i.gold.region} ${regionName(i.gold.region)}` +
					` · ${i.regionError} · glued ${(100 * i.foreign).toFixed(0)}% · ${i.article?.title ?? ''}`,
			);
		}
	if (show)
		for (const i of all) {
			const got = i.article?.themes[0];
			if (i.gold.primary === null || got === i.gold.primary) continue;
			lines.push(
				`  theme  ${i.group} ${i.id} (${i.file}): ${got ?? '—'} ≠ ${i.gold.primary} · ${i.article?.title ?? ''}`,
			);
		}
	return lines;
}

/** The `--agreement` lines for one year of pages: how often the page changes an article's region. */
export function formatAgreement(year: string, a: PageAgreement): string[] {
	const changed = a.articles - a.same;
	const classes = Object.entries(a.changes)
		.sort((x, y) => y[1] - x[1])
		.map(([cls, n]) => `${cls} ${n}`)
		.join(', ');
	return [
		`  人民日报 ${year} pages, region through the page = region alone: ${pct(a.same, a.articles)}; of ${changed} changed, ${a.changedGlued} not cut cleanly (split or glued)`,
		`    changes (alone read as the truth): ${classes}`,
		...a.examples.map((e) => `    ${e}`),
	];
}
