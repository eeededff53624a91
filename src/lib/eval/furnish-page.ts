import { createRandom } from '../random.ts';
import { paragraphsOf, type ReconstructedPage } from './reconstruct-pages.ts';

/** What a furniture line is on a saved newspaper page. */
export type FurnitureKind = 'header' | 'navigation' | 'editors' | 'caption';

/** Wording to dress a page with: templates per kind and the words that fill them. */
export interface FurnitureWording {
	headers: string[];
	navigation: string[];
	editors: string[];
	captions: string[];
	/** Page names (要闻, 评论, …). */
	sections: string[];
	places: string[];
	scenes: string[];
	/** Characters a name is drawn from. */
	surnames: string;
	givenChars: string;
}

/** One furniture line laid on a page. */
export interface FurnitureLine {
	kind: FurnitureKind;
	text: string;
}

/** A rebuilt page dressed with furniture, with the truth about where its articles begin. */
export interface FurnishedPage extends ReconstructedPage {
	furniture: FurnitureLine[];
	/** 1-based lines of `text` where each article's headline (or text) begins. */
	starts: Set<number>;
}

/** How often each piece of furniture is laid; a page's own draw decides. */
const CHANCE = {
	header: 0.9,
	navTop: 0.3,
	navBottom: 0.3,
	editors: 0.8,
	captionBefore: 0.1,
	captionAfterLead: 0.05,
	captionAfterEnd: 0.1,
} as const;

const CN_DIGITS = '零一二三四五六七八九';
const WEEKDAYS = '日一二三四五六';

/** A deterministic generator in [0, 1) seeded by a string (FNV-1a, then mulberry32). */
export function seededRandom(seed: string): () => number {
	let h = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
	return createRandom(h >>> 0);
}

/** A page number in Chinese numerals, up to 99: 十三, 二十. */
export function chineseNumber(n: number): string {
	if (n < 10) return CN_DIGITS[n]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : CN_DIGITS[tens]!}十${ones === 0 ? '' : CN_DIGITS[ones]!}`;
}

/** Fills one template; every `{slot}` is drawn afresh where it is drawn (names, places). */
function fill(template: string, slots: Record<string, () => string>): string {
	return template.replace(/\{(\w+)\}/g, (m, key: string) => slots[key]?.() ?? m);
}

function slotsFor(page: ReconstructedPage, w: FurnitureWording, rnd: () => number, paper: string) {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
	const [y, m, d] = page.date.split('-').map(Number) as [number, number, number];
	const day = new Date(Date.UTC(y, m - 1, d));
	const before = new Date(day.getTime() - 86_400_000);
	const pageNo = Number(/-p(\d+)$/.exec(page.key)?.[1] ?? 1);
	const section = pageNo <= 4 && rnd() < 0.8 ? w.sections[0]! : pick(w.sections);
	const name = () => {
		const given = Array.from({ length: rnd() < 0.4 ? 1 : 2 }, () => pick([...w.givenChars]));
		const surname = pick([...w.surnames]);
		// 人民日报 spaces a two-character name out to the width of three: 王 磊.
		return given.length === 1 && rnd() < 0.5 ? `${surname} ${given[0]}` : surname + given.join('');
	};
	return {
		paper: () => paper,
		dateCn: () => `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`,
		dateShort: () => `${y}年${m}月${d}日`,
		dateNum: () => page.date,
		weekday: () => WEEKDAYS[day.getUTCDay()]!,
		md: () => `${before.getUTCMonth() + 1}月${before.getUTCDate()}日`,
		page: () => String(pageNo),
		page02: () => String(pageNo).padStart(2, '0'),
		pageCn: () => chineseNumber(pageNo),
		section: () => section,
		name,
		names: () =>
			Array.from({ length: 1 + Math.floor(rnd() * 3) }, name).join(rnd() < 0.7 ? ' ' : '、'),
		place: () => pick(w.places),
		scene: () => pick(w.scenes),
	};
}

/**
 * Dresses a rebuilt page as a saved e-paper page prints it: a page header (paper, date, page and
 * its name) on most pages, e-paper navigation at the top or bottom on some, a 本版责编 line at the
 * end on most, and photo captions beside some stories (above the headline, after the lead, or
 * after the last paragraph). The draw is seeded by the page's key, so a page is always dressed
 * the same way.
 */
export function furnishPage(
	page: ReconstructedPage,
	wording: FurnitureWording,
	paper = '人民日报',
): FurnishedPage {
	const rnd = seededRandom(page.key);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
	const slots = slotsFor(page, wording, rnd, paper);
	const rows: string[] = [];
	const furniture: FurnitureLine[] = [];
	const starts = new Set<number>();
	const lay = (kind: FurnitureKind, templates: string[]) => {
		for (const text of fill(pick(templates), slots).split('\n')) {
			rows.push(text);
			furniture.push({ kind, text });
		}
	};
	if (rnd() < CHANCE.header) lay('header', wording.headers);
	if (rnd() < CHANCE.navTop) lay('navigation', wording.navigation);
	if (rows.length > 0) rows.push('');
	page.articles.forEach((a, k) => {
		if (k > 0) rows.push('');
		if (rnd() < CHANCE.captionBefore) lay('caption', wording.captions);
		const paragraphs = paragraphsOf(a);
		const first = a.headlineLines.findIndex((l) => l.trim() !== '');
		starts.add(rows.length + 1 + (first >= 0 ? first : a.headlineLines.length));
		rows.push(...a.headlineLines);
		paragraphs.forEach((p, i) => {
			rows.push(p);
			if (i === 0 && paragraphs.length > 1 && rnd() < CHANCE.captionAfterLead)
				lay('caption', wording.captions);
		});
		if (rnd() < CHANCE.captionAfterEnd) lay('caption', wording.captions);
	});
	const bottom: [number, () => void][] = [
		[CHANCE.editors, () => lay('editors', wording.editors)],
		[CHANCE.navBottom, () => lay('navigation', wording.navigation)],
	];
	if (rnd() < 0.5) bottom.reverse();
	for (const [chance, layIt] of bottom) if (rnd() < chance) layIt();
	return { ...page, text: `${rows.join('\n')}\n`, furniture, starts };
}
