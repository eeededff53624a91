import { paragraphsOf, type PrintedArticle } from './reconstruct-pages.ts';

/** What the splitter made of a page, one entry per item. */
interface SplitItem {
	title: string;
	kicker?: string;
	subtitle?: string;
	/** True when the title was made from the lead, the item having no headline of its own. */
	titleGenerated?: boolean;
	/** Body paragraphs as extracted. */
	paragraphs: string[];
}

/** Counts over many pages; each ratio is `hits / total`. */
export interface SplitScores {
	pages: number;
	/** Gold articles that came out as one item holding at least 80% of their text. */
	found: { hits: number; total: number };
	/** Items that carry no other article's text (a neighbour's headline or paragraphs). */
	clean: { hits: number; total: number };
	/** Gold articles whose item has the gold headline as its title. */
	title: { hits: number; total: number };
	/** Failures counted by what went wrong (`FAILURE_CLASSES`). */
	failures: Record<FailureClass, number>;
	/** A few failures of each class, as `page: what`, for reading. */
	examples: Record<FailureClass, string[]>;
}

/** What went wrong with one gold article or one item. */
export const FAILURE_CLASSES = [
	'split apart',
	'lost in a neighbour',
	'carries a neighbour’s text',
	'title made from the lead',
	'title is a body line',
	'title is a neighbour’s headline',
	'title lines read otherwise',
	'title other',
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

/** Characters of one shingle: long enough that two articles of a page rarely share one by chance. */
const SHINGLE = 8;
/** Foreign shingles that make an item carry a neighbour's text: about 13 characters. */
const FOREIGN_LIMIT = 6;
const MAX_EXAMPLES = 12;

const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

function shingles(text: string): string[] {
	const t = compact(text);
	const out: string[] = [];
	for (let i = 0; i + SHINGLE <= t.length; i++) out.push(t.slice(i, i + SHINGLE));
	if (t.length > 0 && t.length < SHINGLE) out.push(t);
	return out;
}

/** A title matches when it equals the gold one, also with a trailing column tag (`(民生视线)`) removed. */
function titleMatches(predicted: string, gold: string): boolean {
	const strip = (s: string) =>
		compact(s.replace(/[(\uFF08][^()\uFF08\uFF09]{1,30}[)\uFF09]\s*$/, ''));
	return compact(predicted) === compact(gold) || strip(predicted) === strip(gold);
}

/**
 * The corpus names one line of a two-line headline its title, and not always the 主题 (its
 * `title` is sometimes the 引题): an item's headline is right when its title matches, or when its
 * kicker, title and subtitle give the whole printed block and its title is one of the block's lines.
 */
function headlineMatches(item: SplitItem, gold: PrintedArticle): boolean {
	if (titleMatches(item.title, gold.title)) return true;
	const block = compact([item.kicker, item.title, item.subtitle].filter(Boolean).join(''));
	return (
		block === compact(gold.headlineLines.join('')) &&
		gold.headlineLines.some((l) => titleMatches(item.title, l))
	);
}

/** Creates an empty score sheet. */
export function emptySplitScores(): SplitScores {
	const r = () => ({ hits: 0, total: 0 });
	const failures = Object.fromEntries(
		FAILURE_CLASSES.map((c) => [c, 0]),
	) as SplitScores['failures'];
	const examples = Object.fromEntries(
		FAILURE_CLASSES.map((c) => [c, [] as string[]]),
	) as SplitScores['examples'];
	return { pages: 0, found: r(), clean: r(), title: r(), failures, examples };
}

/**
 * Scores one page: each item belongs to the gold article most of its text comes from; it is
 * clean when it holds almost nothing of any other; a gold article is found when one item holds
 * at least 80% of its text, and its title is right when that item's title matches.
 */
export function scorePage(
	key: string,
	gold: PrintedArticle[],
	items: SplitItem[],
	s: SplitScores,
): void {
	s.pages++;
	const owner = new Map<string, number>();
	const own = gold.map((a, i) => {
		const set = new Set([...a.headlineLines, ...paragraphsOf(a)].flatMap(shingles));
		for (const sh of set) owner.set(sh, owner.has(sh) && owner.get(sh) !== i ? -1 : i);
		return set;
	});
	const bodySize = gold.map((a) => new Set(paragraphsOf(a).flatMap(shingles)).size);
	const best = new Map<number, { share: number; item: SplitItem }>();
	// Where each gold article's text went: the largest piece held by an item of another article.
	const lostTo = new Map<number, number>();
	for (const item of items) {
		const counts = new Map<number, number>();
		const seen = new Set<string>();
		for (const sh of [item.title, ...item.paragraphs].flatMap(shingles)) {
			const o = owner.get(sh);
			if (o === undefined || o < 0 || seen.has(sh)) continue;
			seen.add(sh);
			counts.set(o, (counts.get(o) ?? 0) + 1);
		}
		const ranked = [...counts].sort((x, y) => y[1] - x[1]);
		const [top] = ranked[0] ?? [];
		const foreign = ranked.slice(1).reduce((n, [, c]) => n + c, 0);
		for (const [o, c] of ranked.slice(1)) lostTo.set(o, Math.max(lostTo.get(o) ?? 0, c));
		s.clean.total++;
		if (foreign < FOREIGN_LIMIT) s.clean.hits++;
		else
			note(
				s,
				'carries a neighbour’s text',
				`${key}: 「${item.title}」 carries ${foreign} shingles of other articles`,
			);
		if (top === undefined) continue;
		const body = new Set(item.paragraphs.flatMap(shingles));
		let held = 0;
		for (const sh of body) if (own[top]!.has(sh)) held++;
		const share = held / Math.max(1, bodySize[top]!);
		if ((best.get(top)?.share ?? -1) < share) best.set(top, { share, item });
	}
	gold.forEach((a, i) => {
		const b = best.get(i);
		s.found.total++;
		s.title.total++;
		if (b === undefined || b.share < 0.8) {
			const lost = (lostTo.get(i) ?? 0) > (b?.share ?? 0) * bodySize[i]!;
			note(
				s,
				lost ? 'lost in a neighbour' : 'split apart',
				`${key}: 「${a.title}」 not found whole (${((b?.share ?? 0) * 100).toFixed(0)}%)`,
			);
			return;
		}
		s.found.hits++;
		if (headlineMatches(b.item, a)) s.title.hits++;
		else
			note(s, titleFailure(b.item, a, gold), `${key}: title 「${b.item.title}」 ≠ 「${a.title}」`);
	});
}

/** Why an item's title is not its article's headline. */
function titleFailure(item: SplitItem, gold: PrintedArticle, page: PrintedArticle[]): FailureClass {
	if (item.titleGenerated === true) return 'title made from the lead';
	const title = compact(item.title);
	if (gold.headlineLines.some((l) => title.includes(compact(l)) || compact(l).includes(title)))
		return 'title lines read otherwise';
	if (title.length > 0 && compact(gold.text).includes(title)) return 'title is a body line';
	if (page.some((o) => o !== gold && o.headlineLines.some((l) => titleMatches(item.title, l))))
		return 'title is a neighbour’s headline';
	return 'title other';
}

function note(s: SplitScores, kind: FailureClass, message: string): void {
	s.failures[kind]++;
	if (s.examples[kind].length < MAX_EXAMPLES) s.examples[kind].push(message);
}
