import type { Segmenter } from '../nlp/jieba/segmenter.ts';

/** Request phrasing a query may open or close with, as `ranking.json` `queryFillers` lists it. */
export interface QueryFillers {
	/** Openings that ask rather than name a subject (请问, 我想找, 有没有, 帮我查一下). */
	leading: readonly string[];
	/** Closings that name the kind of text or end a question (的报道, 的新闻, 吗, 呢, ？). */
	trailing: readonly string[];
}

/**
 * The query without the request phrasing around its subject: `请问有没有关于河长制的报道？` →
 * `河长制`. A filler goes only where jieba's cut of the query has a word boundary after it (or
 * before it, at the end), so a word that merely starts like one (想象力 after 想) stays whole, and
 * only while something of at least two characters is left. Quoted phrases are never touched: the
 * fillers hold no quotes, so an opening or closing quote stops them.
 */
export function stripRequest(query: string, fillers: QueryFillers, segmenter: Segmenter): string {
	let q = query.normalize('NFC').trim();
	const { leading, trailing } = longestFirst(fillers);
	for (let changed = true; changed;) {
		changed = false;
		const bounds = boundaries(q, segmenter);
		const keep = (rest: string) => [...rest.trim()].length >= 2;
		const head = leading.find(
			(f) => q.startsWith(f) && bounds.has(f.length) && keep(q.slice(f.length)),
		);
		const tail = trailing.find(
			(f) => q.endsWith(f) && bounds.has(q.length - f.length) && keep(q.slice(0, -f.length)),
		);
		if (head) q = q.slice(head.length).trim();
		else if (tail) q = q.slice(0, -tail.length).trim();
		changed = head !== undefined || tail !== undefined;
	}
	return q;
}

const SORTED = new WeakMap<QueryFillers, QueryFillers>();

/** The fillers, longest first (sorted once per list, not on every query). */
function longestFirst(fillers: QueryFillers): QueryFillers {
	let sorted = SORTED.get(fillers);
	if (!sorted) {
		const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
		sorted = { leading: byLength(fillers.leading), trailing: byLength(fillers.trailing) };
		SORTED.set(fillers, sorted);
	}
	return sorted;
}

/**
 * Offsets (in UTF-16 units) where jieba's cut of `text` starts or ends a token. Each token is
 * found in the text from where the last one ended: the cut leaves out spaces, so summing token
 * lengths would put every boundary after a space one place early.
 */
function boundaries(text: string, segmenter: Segmenter): Set<number> {
	const out = new Set<number>([0, text.length]);
	let at = 0;
	for (const token of segmenter.cut(text)) {
		const start = text.indexOf(token, at);
		if (start === -1) continue;
		out.add(start);
		at = start + token.length;
		out.add(at);
	}
	return out;
}
