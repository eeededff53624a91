import { hash } from 'node:crypto';
import type { Article } from '../schema/release.ts';
import { withAncestors } from '../geo/gazetteer.ts';
import { readIndexBuild } from '../schema/index-build.ts';
import type { ArticleSearchDocument, MeasureSearchDocument, SearchDocument } from './types.ts';

/** Characters of an article's body after its headline that its vector is computed from. */
const { vectorLeadChars: LEAD_CHARS } = readIndexBuild();

/** Every code in `codes` plus all their ancestors, deduplicated, in first-seen order. */
export function regionCodesWithAncestors(codes: readonly string[]): string[] {
	const out = new Set<string>();
	for (const code of codes) {
		const chain = withAncestors(code);
		for (const c of chain.length > 0 ? chain : [code]) out.add(c);
	}
	return [...out];
}

function yearOf(date: string | null): number | null {
	return date ? Number(date.slice(0, 4)) : null;
}

/** The search documents of one article: the article itself and one document per measure. */
export function articleToSearchDocuments(article: Article): {
	article: ArticleSearchDocument;
	measures: MeasureSearchDocument[];
} {
	const base = {
		date: article.date,
		datePrecision: article.datePrecision,
		year: yearOf(article.date),
		source: article.source,
	};
	const articleDoc: ArticleSearchDocument = {
		id: article.id,
		...base,
		region: article.region,
		regionCodes: regionCodesWithAncestors([article.region, ...article.regions]),
		themes: [...article.themes],
		subThemes: [...new Set(article.measures.flatMap((m) => m.subThemes))],
		title: article.title,
		kicker: article.kicker ?? '',
		subtitle: article.subtitle ?? '',
		body: article.body,
		measuresText: article.measures.map((m) => m.text).join('\n'),
		slogans: [...article.slogans],
		kind: article.kind,
		reporters: [...article.reporters],
		duplicateOf: article.duplicateOf ?? null,
		...(article.themeEvidence
			? { themeEvidence: article.themeEvidence.map((e) => ({ ...e, words: [...e.words] })) }
			: {}),
	};
	const measures = article.measures.map((m, index): MeasureSearchDocument => ({
		id: `${article.id}-m${index}`,
		...base,
		region: m.region,
		regionCodes: regionCodesWithAncestors([m.region]),
		themes: [...m.themes],
		subThemes: [...m.subThemes],
		articleId: article.id,
		articleTitle: article.title,
		text: m.text,
		quantities: m.quantities.map((q) => ({ ...q })),
		kind: article.kind,
	}));
	return { article: articleDoc, measures };
}

/** True when the document belongs to the `measures` collection. */
export function isMeasureDocument(doc: SearchDocument): doc is MeasureSearchDocument {
	return 'articleId' in doc;
}

/** A short content hash of a search document, stored for incremental re-indexing. */
export function documentHash(doc: SearchDocument): string {
	return hash('sha1', `${JSON.stringify(doc)}\n${vectorText(doc)}`).slice(0, 16);
}

/**
 * The text a document's vector is computed from: an article's headline and lead (a news item
 * states its subject first; its measures are sentences picked from anywhere in it), a measure's
 * own text. Its characters are part of `documentHash`, so changing what is embedded re-embeds.
 */
export function vectorText(doc: SearchDocument): string {
	if (isMeasureDocument(doc)) return doc.text;
	return `${doc.title}\n${doc.body.slice(0, LEAD_CHARS)}`;
}
