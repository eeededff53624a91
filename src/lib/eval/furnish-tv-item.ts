import { seededRandom, type FurnitureLine } from './furnish-page.ts';

/** Wording to dress a TV-news item with: templates per kind and the characters names come from. */
export interface TvFurnitureWording {
	/** The site's header and channel navigation. */
	siteHeaders: string[];
	/** The programme's name with the broadcast's date. */
	programme: string[];
	/** The page's source and time line. */
	metaLines: string[];
	/** How the item's title prints (`[视频]{title}`). */
	titles: string[];
	share: string[];
	/** 编辑 / 责任编辑 lines. */
	editors: string[];
	/** Related-video lists: a head and other items' titles. */
	related: string[];
	appPrompts: string[];
	surnames: string;
	givenChars: string;
}

/** One TV-news item as the programme aired it. */
export interface TvItem {
	id: string;
	title: string;
	/** ISO date of the broadcast. */
	date: string;
	paragraphs: string[];
}

/** A TV-news item dressed as its saved web page, with the furniture laid on it. */
export interface FurnishedTvItem {
	text: string;
	furniture: FurnitureLine[];
}

/** How often each piece is laid; an item's own draw decides. */
const CHANCE = {
	siteHeader: 0.8,
	programme: 0.6,
	meta: 0.7,
	share: 0.5,
	editors: 0.7,
	related: 0.5,
	app: 0.4,
} as const;

/**
 * Dresses a 新闻联播 item as a saved CCTV page prints it: the site's header and navigation, the
 * programme's name and date, the title (often after a `[视频]` tag), a source and time line, a
 * share prompt, the transcript, an editors line, related videos (`others`: other items' titles)
 * and an app prompt, each on most items or some. The draw is seeded by the item's id.
 */
export function furnishTvItem(
	item: TvItem,
	wording: TvFurnitureWording,
	others: readonly string[],
): FurnishedTvItem {
	const rnd = seededRandom(item.id);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
	const [y, m, d] = item.date.split('-').map(Number) as [number, number, number];
	const name = () =>
		pick([...wording.surnames]) +
		Array.from({ length: rnd() < 0.4 ? 1 : 2 }, () => pick([...wording.givenChars])).join('');
	const slots: Record<string, () => string> = {
		dateCn: () => `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`,
		dateShort: () => `${y}年${m}月${d}日`,
		dateNum: () => item.date,
		time: () => `19:${String(30 + Math.floor(rnd() * 30)).padStart(2, '0')}`,
		name,
		title: () => item.title,
		other: () => (others.length === 0 ? item.title : pick(others)),
	};
	const fill = (t: string) => t.replace(/\{(\w+)\}/g, (s, k: string) => slots[k]?.() ?? s);
	const rows: string[] = [];
	const furniture: FurnitureLine[] = [];
	const lay = (kind: FurnitureLine['kind'], templates: string[], chance: number) => {
		if (rnd() >= chance) return;
		for (const text of fill(pick(templates)).split('\n')) {
			rows.push(text);
			furniture.push({ kind, text });
		}
	};
	lay('navigation', wording.siteHeaders, CHANCE.siteHeader);
	lay('header', wording.programme, CHANCE.programme);
	rows.push(fill(pick(wording.titles)));
	lay('header', wording.metaLines, CHANCE.meta);
	lay('navigation', wording.share, CHANCE.share);
	rows.push(...item.paragraphs);
	lay('editors', wording.editors, CHANCE.editors);
	lay('navigation', wording.related, CHANCE.related);
	lay('navigation', wording.appPrompts, CHANCE.app);
	return { text: `${rows.join('\n')}\n`, furniture };
}
