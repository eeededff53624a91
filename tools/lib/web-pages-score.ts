import type { FurnitureLine, TrueArticle, WebPage } from './web-pages.ts';

/** The fields of one extracted item that are scored. */
export interface ExtractedItem {
	title: string;
	date: string | null;
	source: string;
	body: string;
}

/** Counts of correct fields over the true articles of a set of pages, and failures by kind. */
export interface WebScores {
	pages: number;
	articles: number;
	found: number;
	title: number;
	clean: number;
	date: number;
	source: number;
	/** Items that hold no true article. */
	extra: number;
	/** Failure kind → how often, and the first few example lines. */
	failures: Map<string, { count: number; examples: string[] }>;
}

export function emptyWebScores(): WebScores {
	return {
		pages: 0,
		articles: 0,
		found: 0,
		title: 0,
		clean: 0,
		date: 0,
		source: 0,
		extra: 0,
		failures: new Map(),
	};
}

/** A line compared without width, spacing or quote-style differences. */
export function normalizeLine(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\s\u00a0\u3000]+/gu, '')
		.replace(/[“”„‟「」『』"]/gu, '"')
		.replace(/[‘’']/gu, "'");
}

function bag(items: Iterable<string>): Map<string, number> {
	const m = new Map<string, number>();
	for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
	return m;
}

function bigrams(text: string): string[] {
	const t = normalizeLine(text);
	const out: string[] = [];
	for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
	return out;
}

/** Share of `truth`'s units (characters or bigrams) that `got` also holds, counted with multiplicity. */
function kept(got: Map<string, number>, truth: Map<string, number>): number {
	let total = 0;
	let common = 0;
	for (const [k, n] of truth) {
		total += n;
		common += Math.min(n, got.get(k) ?? 0);
	}
	return total === 0 ? 1 : common / total;
}

const EXAMPLES_KEPT = 5;

function fail(s: WebScores, kind: string, example: string): void {
	const f = s.failures.get(kind);
	if (f === undefined) s.failures.set(kind, { count: 1, examples: [example] });
	else {
		f.count++;
		if (f.examples.length < EXAMPLES_KEPT) f.examples.push(example);
	}
}

/** Furniture lines (not tolerated, not part of the true body) that `body` keeps. */
export function keptFurniture(
	body: string,
	truth: TrueArticle,
	furniture: FurnitureLine[],
): FurnitureLine[] {
	const lines = new Set(body.split('\n').map(normalizeLine));
	const whole = normalizeLine(body);
	const trueBody = normalizeLine(truth.body);
	return furniture.filter((f) => {
		const n = normalizeLine(f.line);
		if (f.tolerated || n.length < 2 || trueBody.includes(n)) return false;
		return lines.has(n) || (n.length >= 8 && whole.includes(n));
	});
}

/** How often `part` occurs in `text`, occurrences not overlapping. */
function occurrences(text: string, part: string): number {
	return part === '' ? 0 : text.split(part).length - 1;
}

/**
 * True when `body` holds the article more often than it is (a page saved twice whose copies were
 * both kept): its longest paragraph occurs in `body` more often than in the true body.
 */
export function bodyRepeated(body: string, truth: TrueArticle): boolean {
	const longest = truth.body
		.split('\n')
		.map(normalizeLine)
		.reduce((a, b) => (b.length > a.length ? b : a), '');
	if (longest.length < 10) return false;
	return (
		occurrences(normalizeLine(body), longest) > occurrences(normalizeLine(truth.body), longest)
	);
}

function titleFailure(got: string, truth: TrueArticle, page: WebPage, body: string): string {
	const n = normalizeLine(got);
	if (n === '') return 'title: empty';
	if (page.articles.some((a) => a !== truth && normalizeLine(a.title) === n))
		return 'title: a neighbour’s title';
	const furniture = page.furniture.find((f) => {
		const fl = normalizeLine(f.line);
		return fl === n || (fl.length >= 4 && n.includes(fl)) || (n.length >= 4 && fl.includes(n));
	});
	if (furniture && !normalizeLine(truth.title).includes(n))
		return `title: furniture (${furniture.family})`;
	if (truth.headlines.some((h) => normalizeLine(h) === n)) return 'title: kicker or subtitle taken';
	if (n.includes(normalizeLine(truth.title))) return 'title: true title with extra text';
	if (normalizeLine(truth.title).includes(n)) return 'title: part of the true title';
	if (normalizeLine(body).includes(n) || normalizeLine(truth.body).includes(n))
		return 'title: a body line';
	return 'title: other';
}

/** Scores the items extracted from one page against its truth, adding to `s`. */
export function scoreWebPage(page: WebPage, items: ExtractedItem[], s: WebScores): void {
	s.pages++;
	const itemBigrams = items.map((it) => bag(bigrams(it.body)));
	const best = page.articles.map((a) => {
		const tb = bag(bigrams(a.body));
		let index = -1;
		let cover = 0;
		itemBigrams.forEach((ib, i) => {
			const c = kept(ib, tb);
			if (c > cover) [index, cover] = [i, c];
		});
		return { index, cover };
	});
	const used = new Set(best.filter((b) => b.cover >= 0.3).map((b) => b.index));
	items.forEach((it, i) => {
		if (used.has(i)) return;
		s.extra++;
		fail(
			s,
			'extra: an item holding no article',
			`${page.key} ${page.layout} 《${it.title}》 ${it.body.slice(0, 40)}`,
		);
	});
	page.articles.forEach((truth, k) => {
		s.articles++;
		const { index, cover } = best[k]!;
		const where = `${page.key} ${page.layout} 《${truth.title}》`;
		if (cover < 0.3) return fail(s, 'found: article missing', where);
		const item = items[index]!;
		const merged = best.some((b, j) => j !== k && b.index === index && b.cover >= 0.3);
		if (merged) fail(s, 'found: merged with a neighbour', where);
		else if (cover < 0.8) fail(s, 'found: cut or split', `${where} (${Math.round(cover * 100)} %)`);
		else s.found++;
		if (normalizeLine(item.title) === normalizeLine(truth.title)) s.title++;
		else
			fail(s, titleFailure(item.title, truth, page, item.body), `${item.title} ≠ ${truth.title}`);
		const extra = keptFurniture(item.body, truth, page.furniture);
		const keep = kept(bag(normalizeLine(item.body)), bag(normalizeLine(truth.body)));
		for (const f of new Set(extra.map((e) => e.family)))
			fail(s, `clean: kept ${f}`, extra.find((e) => e.family === f)!.line);
		if (keep < 0.95) fail(s, 'clean: lost body text', `${where} keeps ${Math.round(keep * 100)} %`);
		const repeated = bodyRepeated(item.body, truth);
		if (repeated) fail(s, 'clean: body repeated', where);
		if (!merged && cover >= 0.8 && extra.length === 0 && keep >= 0.95 && !repeated) s.clean++;
		if (item.date === truth.date) s.date++;
		else
			fail(
				s,
				item.date === null ? 'date: none' : 'date: wrong',
				`${item.date ?? '—'} ≠ ${truth.date} ${dateLine(page)}`,
			);
		if (normalizeLine(item.source) === normalizeLine(truth.source)) s.source++;
		else
			fail(
				s,
				item.source === '' ? 'source: empty' : 'source: wrong',
				`${item.source || '—'} ≠ ${truth.source}`,
			);
	});
}

/** The printed line that carries the page's date, for failure examples. */
function dateLine(page: WebPage): string {
	const f = page.furniture.find(
		(l) => (l.family === 'meta' || l.family === 'epaper-header') && /[0-9０-９]/u.test(l.line),
	);
	return f ? `| ${f.line}` : '';
}
