import { regionName } from '../geo/gazetteer.ts';
import { highlight, snippet } from './highlight.ts';
import { isMeasureDocument } from './to-search-document.ts';
import type { Collection, SearchDocument, SearchHit } from './types.ts';
import { readRankingConfig } from './ranking-config.ts';

/** Characters of original text a snippet shows. */
const { snippetChars: SNIPPET_LENGTH } = readRankingConfig().limits;

/** Builds an engine-neutral hit: title and snippet highlighted on the original text. */
export function toSearchHit(
	collection: Collection,
	doc: SearchDocument,
	score: number,
	matcher: RegExp | null,
): SearchHit {
	const measure = isMeasureDocument(doc);
	const title = measure ? doc.articleTitle : doc.title;
	const text = measure ? doc.text : doc.body || doc.measuresText;
	return {
		id: doc.id,
		collection,
		title,
		articleId: measure ? doc.articleId : doc.id,
		region: { code: doc.region, name: regionName(doc.region) },
		date: doc.date,
		themes: doc.themes,
		snippet: snippet(text, matcher, SNIPPET_LENGTH),
		titleHighlight: highlight(title, matcher),
		score,
		...(!measure && doc.outlets?.length ? { outlets: doc.outlets } : {}),
		document: doc,
	};
}

/** The original text of a document that search matches: headline lines, slogans and measures, body. */
export function documentText(doc: SearchDocument): {
	title: string;
	measures: string;
	body: string;
} {
	if (isMeasureDocument(doc)) return { title: doc.articleTitle, measures: doc.text, body: '' };
	return {
		title: [doc.kicker, doc.title, doc.subtitle].filter((s) => s !== '').join('\n'),
		// Slogans are quoted formulas found anywhere in the text, not headlines: every item quoting
		// “放管服” would otherwise look like one titled with it.
		measures: [...doc.slogans, doc.measuresText].filter((s) => s !== '').join('\n'),
		body: doc.body,
	};
}
