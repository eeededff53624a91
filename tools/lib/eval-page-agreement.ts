import { processSource, tagArticle, type PipelineDeps } from '../../src/lib/ingest/pipeline.ts';
import {
	paragraphsOf,
	reconstructPages,
	type PrintedArticle,
} from '../../src/lib/eval/reconstruct-pages.ts';
import { matchItem, regionErrorClass } from '../../src/lib/eval/score-page-region.ts';
import type { PageFurniture } from '../../src/lib/schema/page-furniture.ts';

/** Bigram overlap (Dice) below which the item is not the article cut cleanly: split apart or glued. */
const CLEAN_CUT = 0.8;

/** How often an article's primary region survives being cut from its page. */
export interface PageAgreement {
	articles: number;
	/** Items whose region through the page equals the region of the article alone. */
	same: number;
	/** Of the changed ones, how many items are not the article cut cleanly (split apart or glued). */
	changedGlued: number;
	/** Changes counted by class, reading the region alone as the truth. */
	changes: Record<string, number>;
	/** A few changes, as `file: alone → page · title`. */
	examples: string[];
}

const encoder = new TextEncoder();

function alone(a: PrintedArticle, deps: PipelineDeps): string {
	return tagArticle(
		{
			title: a.title,
			titleGenerated: false,
			paragraphs: paragraphsOf(a),
			date: a.date,
			datePrecision: 'day',
			source: '人民日报',
			reporters: [],
			kind: 'news',
			sourceFile: `corpus/${a.id}`,
			line: 1,
		},
		deps,
	).region;
}

/**
 * Label-free check over whole 人民日报 pages: each printed article is tagged alone (as
 * `eval:gold`'s single-article block does) and through its glued-back page (`processSource`, as
 * `npm run ingest` does), and the two primary regions are compared. Only the page can make them
 * differ: splitting, neighbours' text, headline blocks and page furniture.
 */
export function pageAgreement(
	articles: readonly PrintedArticle[],
	deps: PipelineDeps,
	furniture: PageFurniture,
	maxExamples = 30,
): PageAgreement {
	const out: PageAgreement = {
		articles: 0,
		same: 0,
		changedGlued: 0,
		changes: {},
		examples: [],
	};
	for (const page of reconstructPages(articles)) {
		const file = `rmrb-${page.key}.txt`;
		const { articles: items } = processSource(
			{ path: file, bytes: encoder.encode(page.text) },
			deps,
			{ furniture },
		);
		for (const a of page.articles) {
			out.articles++;
			const truth = alone(a, deps);
			const m = matchItem([...a.headlineLines, ...paragraphsOf(a)].join('\n'), items);
			const got = m?.item.region ?? '';
			if (got === truth) {
				out.same++;
				continue;
			}
			const glued = (m?.overlap ?? 0) < CLEAN_CUT;
			if (glued) out.changedGlued++;
			const cls =
				m === null
					? 'not found'
					: (regionErrorClass({ region: truth, regions_any: [] }, got) ?? '');
			out.changes[cls] = (out.changes[cls] ?? 0) + 1;
			if (out.examples.length < maxExamples)
				out.examples.push(
					`${file}: ${truth} → ${got} (${cls}${glued ? ', cut badly' : ''}) · ${m?.item.title ?? ''}`,
				);
		}
	}
	return out;
}
