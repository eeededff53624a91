import type { PageWriter } from './web-pages-page-writer.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/** What one 合集 tag of a WeChat article prints: its name and how many posts it holds. */
export interface CollectionParts {
	/** The collection's name, its template filled. */
	topic: string;
	/** How many of the account's posts it holds. */
	count: number;
}

/** The 收录于合集 line a WeChat article prints between its header and its text. */
export interface CollectionTagFormats {
	/** How often a WeChat page (not a copy of the bare article) keeps it. */
	rate: number;
	/** Labels in front of the tags (templates; an empty one prints none). */
	labels: string[];
	/** The collections an account files posts under (templates of the split's placeholders). */
	topics: string[];
	/** Ways one tag is printed; one is drawn per page. */
	items: ((p: CollectionParts) => string)[];
	/** The least and most tags. */
	count: readonly [number, number];
	/** The least and most posts a collection holds. */
	posts: readonly [number, number];
	/** What joins the label and the tags (`\n` puts each on a line of its own). */
	glues: string[];
}

/** Whether a WeChat page prints its 合集 tags; draws only when the split's formats have them. */
export function drawCollectionTag(
	formats: CollectionTagFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is CollectionTagFormats {
	return formats !== undefined && layout === 'wechat' && chance(formats.rate, random);
}

/** Writes the label and the tags, as furniture of the family `collection-tag`. */
export function writeCollectionTag(w: PageWriter, formats: CollectionTagFormats): void {
	const r = w.ctx.random;
	const item = pick(formats.items, r);
	const topics = [
		...new Set(Array.from({ length: between(formats.count, r) }, () => pick(formats.topics, r))),
	];
	const tags = topics.map((t) =>
		item({ topic: fillTemplate(t, w.ctx), count: between(formats.posts, r) }),
	);
	const label = fillTemplate(pick(formats.labels, r), w.ctx);
	const text = [label, ...tags].filter((part) => part !== '').join(pick(formats.glues, r));
	w.code('collection-tag', text);
}
