import type { SplitFurniture } from './web-pages-furniture.ts';
import { chineseNumber, chineseYear } from './web-pages-chinese-dates.ts';
import { codeFormats } from './web-pages-formats.ts';

/** Paragraphs of an article body, trimmed, empty ones dropped. */
export function bodyParagraphs(text: string): string[] {
	return text
		.split(/\n+/u)
		.map((p) => p.trim())
		.filter((p) => p !== '');
}

/** A random draw in [0, 1), e.g. from `createRandom`. */
export type Random = () => number;

/** One item of `items`, drawn with `random`. */
export function pick<T>(items: readonly T[], random: Random): T {
	return items[Math.floor(random() * items.length)]!;
}

/** A whole number from `least` to `most`, both included, drawn with `random`. */
export function between([least, most]: readonly [number, number], random: Random): number {
	return least + Math.floor(random() * (most - least + 1));
}

/** True with probability `p`. */
export function chance(p: number, random: Random): boolean {
	return random() < p;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The weekday of an ISO date as printed after 星期 (日, 一 … 六). */
export function weekday(iso: string): string {
	return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

/**
 * An ISO date written in `format`: YYYY (or YY, its last two digits), MM/M, DD/D, HH, mm, ss (a random clock time), W (the
 * weekday) and CY, CM, CD (year, month and day in Chinese numerals: 二〇二四、五、一) are replaced;
 * everything else is kept.
 */
export function formatDate(iso: string, format: string, random: Random): string {
	const [y, m, d] = iso.split('-');
	const two = (n: number) => String(n).padStart(2, '0');
	const parts: Record<string, string> = {
		YYYY: y!,
		YY: y!.slice(2),
		MM: m!,
		M: String(Number(m)),
		DD: d!,
		D: String(Number(d)),
		HH: two(7 + Math.floor(random() * 12)),
		mm: two(Math.floor(random() * 60)),
		ss: two(Math.floor(random() * 60)),
		W: `星期${weekday(iso)}`,
		CY: chineseYear(y!),
		CM: chineseNumber(Number(m)),
		CD: chineseNumber(Number(d)),
	};
	return format.replace(/CY|CM|CD|YYYY|YY|MM|DD|HH|mm|ss|M|D|W/gu, (t) => parts[t]!);
}

/** An ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
	const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000;
	return new Date(t).toISOString().slice(0, 10);
}

/** What stays the same across one page: its place, site, paper, outlet, date … */
export interface PageContext {
	furniture: SplitFurniture;
	random: Random;
	/**
	 * Fixed values for `{place}`, `{city}`, `{site}`, `{paper}`, `{source}`, `{date}`, `{week}`,
	 * `{lunar}` (the lunar date, 甲辰年三月廿三), `{year}`.
	 */
	fixed: Record<string, string>;
	/** Titles of other articles, for `{title}` (related lists, previous/next links). */
	otherTitles: string[];
	/** Other dates in ISO form, for `{odate}`. */
	otherDates: string[];
}

/** A person's name drawn from the split's surname and given-name pools. */
export function personName(ctx: PageContext): string {
	const { pools } = ctx.furniture;
	return pick(pools['surname']!, ctx.random) + pick(pools['given']!, ctx.random);
}

/** `template` with every placeholder filled; `{name}`, `{title}`, `{n}` … draw afresh each time. */
export function fillTemplate(template: string, ctx: PageContext): string {
	const r = ctx.random;
	return template.replace(/\{(\w+)\}/gu, (whole, key: string) => {
		const fixed = ctx.fixed[key];
		if (fixed !== undefined) return fixed;
		switch (key) {
			case 'name':
				return personName(ctx);
			case 'title':
				return pick(ctx.otherTitles, r);
			case 'odate':
				return formatDate(
					pick(ctx.otherDates, r),
					pick(codeFormats(ctx.furniture.split).otherDates, r),
					r,
				);
			case 'n':
				return String(10000 + Math.floor(r() * 89999999));
			case 'nn':
				return String(1 + Math.floor(r() * 16)).padStart(2, '0');
			case 'section':
				return fillTemplate(pick(ctx.furniture.pools['section']!, r), ctx);
			default:
				throw new TypeError(`web furniture: unknown placeholder ${whole}`);
		}
	});
}

/** A pool entry with its own placeholders filled (`{place}人民政府` → 桐庐县人民政府). */
export function drawFromPool(pool: string, ctx: PageContext): string {
	const entries = ctx.furniture.pools[pool];
	if (entries === undefined) throw new TypeError(`web furniture: no pool \`${pool}\``);
	return fillTemplate(pick(entries, ctx.random), ctx);
}

const FULL_WIDTH_OFFSET = 0xfee0;

/** Digits and ASCII colons turned full-width (how some sites and IMEs print meta lines). */
export function toFullWidthDigits(line: string): string {
	return line.replace(/[0-9:]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/**
 * Only the first run of digits of a line turned full-width (２０２４-05-01: a site that prints the
 * year from one field and the rest from another, or a copy that mixed input widths).
 */
export function firstDigitsFullWidth(line: string): string {
	return line.replace(/[0-9]+/u, (run) => toFullWidthDigits(run));
}
