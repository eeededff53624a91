import { DATE } from './meta-dates.ts';
import { isNamedPublisher, isOutletName, isPublisherName, isReprintPlatform } from './outlets.ts';
import type { SourceLine } from './types.ts';
import { KEY_CLASSES, opensWithPlace, type SourceCandidate } from './web-source-candidates.ts';
import { placeFeatures, type ItemPlace } from './web-item-lines.ts';

// General features of every name a web page offers as an item's source, for a learned choice of it:
// where it stands from the item's text (head, over the text, in it, after it, the page's foot), the
// class of the key before it (source, writer or editor, credit, sponsor, copyright), whether it
// reads as an outlet's or a body's name or opens with a place, how often the page prints it, what
// shares its line, and the rules' own pick; "none" and the rules' pick printed nowhere are
// candidates too.

/** Names of the features, in the order {@link webSourceRows} gives them. */
export const WEB_SOURCE_FEATURES = [
	'toText',
	'overText',
	'inText',
	'afterText',
	'beforeItem',
	'fromTop',
	'fromBottom',
	'pageShare',
	'keyClass',
	'keySource',
	'keyPeople',
	'keyCredit',
	'keySponsor',
	'keyCopyright',
	'outlet',
	'publisher',
	'namedPublisher',
	'platform',
	'place',
	'chars',
	'recurs',
	'sharesLine',
	'lineChars',
	'order',
	'titlePart',
	'editionCut',
	'lineDate',
	'rule',
	'nearRule',
	'ruleEmpty',
	'none',
	'unprinted',
	'candidates',
	'items',
] as const;

/** The source candidates of one item: each name (`''` for none) and its row. */
export interface WebSourceRows {
	/** Each candidate's name; `''` is "no source". */
	names: string[];
	/** Index of the rules' pick among the candidates. */
	rule: number;
	rows: number[][];
}

const flag = (b: boolean) => (b ? 1 : 0);

/** The row of one printed candidate, from its printing nearest the item's text. */
function printedRow(
	page: readonly SourceLine[],
	all: readonly SourceCandidate[],
	c: SourceCandidate,
	place: ItemPlace,
	ruleSource: string,
	items: number,
): number[] {
	const n = page.length;
	const text = page[c.line]!.text;
	return [
		...placeFeatures(c.line, place),
		c.line,
		n - 1 - c.line,
		n === 0 ? 0 : c.line / n,
		KEY_CLASSES.indexOf(c.key),
		flag(c.key === 'source'),
		flag(c.key === 'people'),
		flag(c.key === 'credit'),
		flag(c.key === 'sponsor'),
		flag(c.key === 'copyright'),
		flag(isOutletName(c.text)),
		flag(isPublisherName(c.text)),
		flag(isNamedPublisher(c.text)),
		flag(isReprintPlatform(c.text)),
		flag(opensWithPlace(c.text)),
		c.text.length,
		all.filter((o) => o.text === c.text).length,
		all.filter((o) => o.line === c.line).length - 1,
		text.length,
		c.order,
		flag(c.titlePart),
		flag(c.editionCut),
		flag(DATE.test(text)),
		flag(c.text === ruleSource),
		flag(
			ruleSource !== '' &&
				c.text !== ruleSource &&
				(c.text.includes(ruleSource) || ruleSource.includes(c.text)),
		),
		flag(ruleSource === ''),
		0,
		0,
		0,
		items,
	];
}

/**
 * The candidates for the source of an item at `place` on `page` (`offered`: every line's
 * candidates): each distinct name at its printing nearest the item's first line, the rules' pick
 * `ruleSource` as one more when the page prints it nowhere, and "none".
 */
export function webSourceRows(
	page: readonly SourceLine[],
	offered: readonly SourceCandidate[][],
	place: ItemPlace,
	ruleSource: string,
	items: number,
): WebSourceRows {
	const all = offered.flat();
	const nearest = new Map<string, SourceCandidate>();
	for (const c of all) {
		const had = nearest.get(c.text);
		if (had === undefined || Math.abs(c.line - place.first) < Math.abs(had.line - place.first))
			nearest.set(c.text, c);
	}
	const names = [...nearest.keys()];
	const rows = [...nearest.values()].map((c) => printedRow(page, all, c, place, ruleSource, items));
	const extra = (name: string, feature: 'none' | 'unprinted') => {
		const row = new Array<number>(WEB_SOURCE_FEATURES.length).fill(0);
		row[WEB_SOURCE_FEATURES.indexOf(feature)] = 1;
		row[WEB_SOURCE_FEATURES.indexOf('rule')] = flag(name === ruleSource);
		row[WEB_SOURCE_FEATURES.indexOf('ruleEmpty')] = flag(ruleSource === '');
		row[WEB_SOURCE_FEATURES.indexOf('items')] = items;
		if (feature === 'unprinted') {
			row[WEB_SOURCE_FEATURES.indexOf('chars')] = name.length;
			row[WEB_SOURCE_FEATURES.indexOf('outlet')] = flag(isOutletName(name));
			row[WEB_SOURCE_FEATURES.indexOf('publisher')] = flag(isPublisherName(name));
			row[WEB_SOURCE_FEATURES.indexOf('place')] = flag(opensWithPlace(name));
		}
		rows.push(row);
		names.push(name);
	};
	if (ruleSource !== '' && !nearest.has(ruleSource)) extra(ruleSource, 'unprinted');
	extra('', 'none');
	const count = WEB_SOURCE_FEATURES.indexOf('candidates');
	for (const row of rows) row[count] = rows.length;
	return { names, rule: names.indexOf(ruleSource), rows };
}
