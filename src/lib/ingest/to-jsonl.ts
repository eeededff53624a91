import { regionName } from '../geo/gazetteer.ts';
import type { Article } from '../schema/release.ts';

/** The `--dry-run --jsonl` record of one article, as the command contract in DESIGN.md defines it. */
export function articleToJsonl(article: Article) {
	const region = (code: string) => ({ code, name: regionName(code) });
	return {
		id: article.id,
		sourceFile: article.sourceFile,
		title: article.title,
		titleGenerated: article.titleGenerated,
		date: article.date,
		datePrecision: article.datePrecision,
		...(article.dateFrom === undefined ? {} : { dateFrom: article.dateFrom }),
		source: article.source,
		...(article.sourceFrom === undefined ? {} : { sourceFrom: article.sourceFrom }),
		reporters: article.reporters,
		region: region(article.region),
		regions: article.regions.map(region),
		themes: article.themes,
		kind: article.kind,
		body: article.body,
		measures: article.measures.map(({ text, themes, quantities }) => ({
			text,
			themes,
			quantities,
		})),
		slogans: article.slogans,
		...(article.duplicateOf ? { duplicateOf: article.duplicateOf } : {}),
	};
}
