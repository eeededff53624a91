import type { ArticleSearchDocument } from '../search/types.ts';

/**
 * An article search document for tests: empty text fields, a news item dated to the day, with the
 * fields a test is about given; `year` follows `date` unless given.
 */
export function articleDocument(
	fields: Pick<ArticleSearchDocument, 'id'> & Partial<ArticleSearchDocument>,
): ArticleSearchDocument {
	const date = fields.date ?? null;
	return {
		title: '',
		kicker: '',
		subtitle: '',
		body: '',
		measuresText: '',
		kind: 'news',
		reporters: [],
		datePrecision: 'day',
		source: '',
		themes: [],
		subThemes: [],
		slogans: [],
		duplicateOf: null,
		date,
		year: date === null ? null : Number(date.slice(0, 4)),
		region: '370400',
		regionCodes: [],
		...fields,
	};
}
