import { processSource, type PipelineDeps } from '../../src/lib/ingest/pipeline.ts';
import { createRandom, shuffle } from '../../src/lib/random.ts';
import type { PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { readCorpus } from './corpus.ts';
import { furnitureForSplit, type WebFurniture, type WebSplit } from './web-pages-furniture.ts';
import { pick } from './web-pages-template.ts';
import {
	bodyParagraphs,
	generateWebPage,
	type SourceArticle,
	type WebLayout,
	type WebPage,
} from './web-pages.ts';
import { emptyWebScores, scoreWebPage, type WebScores } from './web-pages-score.ts';

const ROUND_UP = /快讯|简讯|速览|一周|综述|集锦/u;

/**
 * Corpus articles fit to wrap (a body of 150–4000 characters in at least two paragraphs, a headline
 * that names one story), parted by their place in the file, eight at a time: the 2nd for b, o, r
 * and o in turn (every other one of o's to x) (b the 2nd of the first eight, o of the second, r of the third, o of the fourth),
 * the 6th for i and p in turn (i the 6th of the first eight, p the 6th of the next eight; every
 * other one of p's to aa), the 4th
 * for c, m, s and m in turn (c the 4th of the first eight, m of the second, s of the third, m of
 * the fourth; every other one of m's to w), the 8th for g and n in turn (g the 8th of the first
 * eight, n the 8th of the next eight; every other one of n's to z), the 7th for d, k, d and y in turn (d the 7th of the first
 * and third eight, k of the second, y of the fourth; every other one of k's to y), the 3rd for
 * f, l, f and v in turn (f the 3rd of the first and third eight, l of the second, v of the
 * fourth), the 5th for e, j, e and u in turn (e the 5th of the
 * first and third eight, j of the second, u of the fourth), and the 1st for a, h, q and t in turn
 * (a the 1st of the first eight, h of the second, q of the third, t of the fourth; every other one
 * of q's to ab), so no article is in two.
 * (a held all the even ones before d; d, e, f and then h took from it, which changed a's pages each
 * time and left the others the same; g took the 8th from c, which changed c's pages only; i took the
 * 6th from b, which changed b's pages only; j took every other 5th from e, the largest of c–g with c
 * and f, which changed e's pages only; k took every other 7th from d, one of the largest with c, f
 * and g, which changed d's pages only; l took every other 3rd from f, one of the largest with c and
 * g, which changed f's pages only; m took every other 4th from c, the largest with g, which changed
 * c's pages only; n took every other 8th from g, the largest of c–m with b and i, which changed g's
 * pages only; o took every other 2nd from b, the largest of all with i, which changed b's pages
 * only; p took every other 6th from i, the largest of all, which changed i's pages only; q took
 * every other 1st from a, the first of the thirteen that held most, none of k, n or p, which
 * changed a's pages only; r took every other 2nd from b, the first of the twelve that held most,
 * none of a, k, n, p or q, which changed b's pages only; s took every other 4th from c, the first of
 * the eleven that held most, none of a, b, k, n, p, q or r, which changed c's pages only; t took
 * every other 1st from h, the first of the ten that held most (d–j, l, m and o), none of d, e, f, g
 * or i, which had given half theirs already, which changed h's pages only; u took every other 5th
 * from j, the first of the nine that held most (d–g, i, j, l, m and o), none of d, e, f, g or i,
 * which had given half theirs already, which changed j's pages only; v took every other 3rd from
 * l, the first of the eight that held most (d–g, i, l, m and o), none of d, e, f, g or i, which had
 * given half theirs already, which changed l's pages only; w took every other 4th from m, the
 * first of the two that held most (m and o), none of d, e, f, g, i, j or l, which had given half
 * theirs already, which changed m's pages only; x took every other 2nd from o, the one
 * that held most of those that had not given half (o), none of d, e, f, g, i, j, l or m, which had
 * given half theirs already, which changed o's pages only; y took every other 7th from k, the first
 * of the three that held most (k, n and p), none of d–g, i, j, l, m or o, which had given half
 * theirs already, which changed k's pages only; z took every other 8th from n, the first of the two
 * that held most (n and p), none of d–g, i–m or o, which had given half theirs already, which
 * changed n's pages only; aa took every other 6th from p, the one that held most of those that had
 * not given half (p), none of d–g, i–o, which had given half theirs already, which changed p's pages
 * only; ab took every other 1st from q, the first of the eight that held most of those that had
 * never given any (q–x; y, z and aa hold one fewer), none of a, b, c or h, which had given half
 * theirs to q, r, s and t, nor d–g or i–p, which had given half theirs already, which changed q's
 * pages only.)
 */
export async function webSourceArticles(path: string): Promise<Record<WebSplit, SourceArticle[]>> {
	const out: Record<WebSplit, SourceArticle[]> = {
		a: [],
		b: [],
		c: [],
		d: [],
		e: [],
		f: [],
		g: [],
		h: [],
		i: [],
		j: [],
		k: [],
		l: [],
		m: [],
		n: [],
		o: [],
		p: [],
		q: [],
		r: [],
		s: [],
		t: [],
		u: [],
		v: [],
		w: [],
		x: [],
		y: [],
		z: [],
		aa: [],
		ab: [],
	};
	let i = 0;
	let firsts = 0;
	let ownFirsts = 0;
	let hFirsts = 0;
	let jFifths = 0;
	let lThirds = 0;
	let mFourths = 0;
	let oSeconds = 0;
	let kSevenths = 0;
	let nEighths = 0;
	let seconds = 0;
	let ownSeconds = 0;
	let fourths = 0;
	let ownFourths = 0;
	let thirds = 0;
	let fifths = 0;
	let sevenths = 0;
	let eighths = 0;
	let sixths = 0;
	let pSixths = 0;
	let qFirsts = 0;
	for await (const item of readCorpus(path)) {
		const len = item.text.length;
		if (len < 150 || len > 4000 || bodyParagraphs(item.text).length < 2) continue;
		// Round-ups (国内联播快讯) and column labels as titles hold several stories under one label:
		// splitting them is right, so they cannot be scored as one article.
		if (item.title.trim().length < 5 || ROUND_UP.test(item.title)) continue;
		const k = i++ % 8;
		const m = () => (mFourths++ % 2 === 1 ? out.w : out.m);
		const fourth =
			k === 3 && fourths++ % 2 === 1 ? m() : k === 3 && ownFourths++ % 2 === 1 ? out.s : out.c;
		const nn = () => (nEighths++ % 2 === 1 ? out.z : out.n);
		const eighth = k === 7 && eighths++ % 2 === 1 ? nn() : out.g;
		const o = () => (oSeconds++ % 2 === 1 ? out.x : out.o);
		const second =
			k === 1 && seconds++ % 2 === 1 ? o() : k === 1 && ownSeconds++ % 2 === 1 ? out.r : out.b;
		const pp = () => (pSixths++ % 2 === 1 ? out.aa : out.p);
		const sixth = k === 5 && sixths++ % 2 === 1 ? pp() : out.i;
		const odd = k === 1 ? second : k === 5 ? sixth : k === 7 ? eighth : fourth;
		const h = () => (hFirsts++ % 2 === 1 ? out.t : out.h);
		const q = () => (qFirsts++ % 2 === 1 ? out.ab : out.q);
		const first =
			k === 0 && firsts++ % 2 === 1 ? h() : k === 0 && ownFirsts++ % 2 === 1 ? q() : out.a;
		const j = () => (jFifths++ % 2 === 1 ? out.u : out.j);
		const fifth = k === 4 && fifths++ % 2 === 1 ? j() : out.e;
		const kk = () => (kSevenths++ % 2 === 1 ? out.y : out.k);
		const seventh = k === 6 && sevenths++ % 2 === 1 ? kk() : out.d;
		const l = () => (lThirds++ % 2 === 1 ? out.v : out.l);
		const third = k === 2 && thirds++ % 2 === 1 ? l() : out.f;
		const even = k === 6 ? seventh : k === 4 ? fifth : k === 2 ? third : first;
		(k % 2 === 0 ? even : odd).push({
			id: item.id,
			title: item.title.trim(),
			headlineLines: (item.headline_lines ?? [item.title]).map((l) => l.trim()).filter(Boolean),
			date: item.date,
			source: item.source,
			text: item.text,
		});
	}
	return out;
}

const LAYOUT_MIX: WebLayout[] = [
	'portal',
	'portal',
	'portal',
	'portal',
	'wechat',
	'wechat',
	'reprint',
	'reprint',
	'epaper',
	'epaper',
];

/**
 * `count` pages of one split, drawn with `seed`: the layout, the articles (an e-paper page holds 1–4
 * of one date and outlet) and everything about the layout come from the seed.
 */
export function buildWebPages(
	pool: SourceArticle[],
	furniture: WebFurniture,
	split: WebSplit,
	count: number,
	seed: number,
): WebPage[] {
	const random = createRandom(seed);
	const byIssue = new Map<string, SourceArticle[]>();
	for (const a of pool) {
		const key = `${a.date} ${a.source}`;
		byIssue.set(key, [...(byIssue.get(key) ?? []), a]);
	}
	const order = shuffle([...pool], random);
	const titles = order.slice(0, 2000).map((a) => a.title);
	const dates = order.slice(0, 2000).map((a) => a.date);
	const splitFurniture = furnitureForSplit(furniture, split);
	const pages: WebPage[] = [];
	for (let i = 0; i < count && i < order.length; i++) {
		const layout = pick(LAYOUT_MIX, random);
		const first = order[i]!;
		let articles = [first];
		if (layout === 'epaper') {
			const size = random() < 0.4 ? 1 : 2 + Math.floor(random() * 3);
			const same = byIssue.get(`${first.date} ${first.source}`)!.filter((a) => a !== first);
			articles = [first, ...shuffle(same, random).slice(0, size - 1)];
		}
		pages.push(
			generateWebPage({
				key: `${split}${String(i).padStart(4, '0')}`,
				layout,
				articles,
				seed: Math.floor(random() * 2 ** 31),
				furniture: splitFurniture,
				otherTitles: titles.filter((t) => !articles.some((a) => a.title === t)),
				otherDates: dates,
			}),
		);
	}
	return pages;
}

/** Scores of a set of pages: all together and per layout. */
export interface WebEvalResult {
	all: WebScores;
	byLayout: Map<WebLayout, WebScores>;
}

/** Runs each page through the ingest pipeline as a `.txt` file, as `npm run ingest` does, and scores it. */
export function scoreWebPages(
	pages: WebPage[],
	deps: PipelineDeps,
	furniture: PageFurniture,
): WebEvalResult {
	const all = emptyWebScores();
	const byLayout = new Map<WebLayout, WebScores>();
	const encoder = new TextEncoder();
	for (const page of pages) {
		const { articles } = processSource(
			{ path: page.fileName, bytes: encoder.encode(page.text) },
			deps,
			{ furniture },
		);
		const items = articles.map((a) => ({
			title: a.title,
			date: a.date,
			source: a.source,
			body: a.body,
		}));
		scoreWebPage(page, items, all);
		if (!byLayout.has(page.layout)) byLayout.set(page.layout, emptyWebScores());
		scoreWebPage(page, items, byLayout.get(page.layout)!);
	}
	return { all, byLayout };
}
