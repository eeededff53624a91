import { compactKey as compact } from './compact-key.ts';
import { BODY_LINES, pageKeys, type PageKeys } from './web-item-lines.ts';
import { isNavigationLine } from './navigation-line.ts';
import { isPageLabel } from './page-label.ts';
import { hasPostingStamp } from './posting-stamp.ts';
import { isSiteLike } from './site-like.ts';
import { isOutletName, isPublisherName } from './outlets.ts';
import { OUTLET_LEAD, titleCharsAtLeast } from './patterns.ts';
import { titleCandidates, titleFeatures, TITLE_FEATURES } from './title-features.ts';
import type { SourceLine } from './types.ts';
import { COLUMN_LABEL, isHeadlineLine } from './web-headline.ts';

// General features of the lines over a web page's text, for a learned reading of its title: the
// headline block's features (title-features.ts) over every title-shaped line of the head, with what
// sets a web page's furniture apart (it recurs on the page, the browser's title holds the headline
// with the site's name, a field is keyed, a site's or an organisation's name stands alone).

/** Names of the features, in the order {@link webTitleRows} gives them. */
export const WEB_TITLE_FEATURES = [
	...TITLE_FEATURES,
	'linesToBody',
	'repeats',
	'insideOthers',
	'holdsOther',
	'keyed',
	'headlineShape',
	'siteLike',
	'postingStamp',
	'navigation',
	'organisation',
	'separators',
	'columnLabel',
	'ruleOnly',
	'ruleShare',
] as const;

/** How far up, and how long a line, the head's candidates are looked for. */
export interface WebTitleWindow {
	/** Most lines above the first paragraph read as candidates. */
	lines: number;
	/** Longest candidate, in characters. */
	chars: number;
}

/** The candidate lines of one item's head, the rules' line among them, and their feature rows. */
export interface WebTitleRows {
	head: SourceLine[];
	/** Index in `head` of the rules' title (added as a line of its own when no line prints it so). */
	rule: number;
	rows: number[][];
	/**
	 * Per candidate: a name alone, an outlet's, a publisher's or the programme's the text's lead
	 * names as its source (`某某台消息（某某新闻）：`), or an e-paper page's label, which heads no story.
	 */
	names: boolean[];
}

/** A field keyed over its value: `来源：某某局`, `发布时间：…`. */
const KEYED = /^[\u3400-\u9fff]{2,8}\s*[:：]/;
/** Separators a browser's title or a breadcrumb sets between its parts. */
const SEPARATORS = /[_|｜>＞»-]|\s[-—·•]\s/g;

/** The title-shaped lines over an item's text, their keys, and where the rules' title stands among them. */
export interface WebTitleHead {
	head: SourceLine[];
	headKeys: string[];
	/** Index in `head` of the rules' title (added as a line of its own when no line prints it so). */
	rule: number;
}

/**
 * The candidates for the title of an item whose text starts at `page[first]`: the title-shaped lines
 * of at most `window.lines` lines above it (none above `from`, where the item before ends), and the
 * rules' title `ruleTitle` (`keys`: the page's lines compacted).
 */
export function webTitleHead(
	page: readonly SourceLine[],
	from: number,
	first: number,
	ruleTitle: string,
	window: WebTitleWindow,
	keys: readonly string[],
): WebTitleHead {
	const start = Math.max(from, first - window.lines, 0);
	const head: SourceLine[] = [];
	const headKeys: string[] = [];
	for (let i = start; i < first; i++) {
		const l = page[i]!;
		if (l.text.length > window.chars || !titleCharsAtLeast(l.text, 4)) continue;
		head.push(l);
		headKeys.push(keys[i]!);
	}
	const ruleKey = compact(ruleTitle);
	let rule = headKeys.indexOf(ruleKey);
	if (rule < 0 && ruleKey !== '') {
		// The rules' title as no line prints it (its column label dropped, two lines joined): it
		// stands where the line that holds it stands, or right over the text.
		const holder = headKeys.findIndex((k) => k.includes(ruleKey));
		rule = holder >= 0 ? holder : head.length;
		head.splice(rule, 0, { text: ruleTitle, line: head[holder]?.line ?? page[first]!.line });
		headKeys.splice(rule, 0, ruleKey);
	}
	return { head, headKeys, rule };
}

/**
 * The candidates of an item's head (`webTitleHead`), each with the headline-block features and the
 * web page's own.
 */
export function webTitleRows(
	page: readonly SourceLine[],
	from: number,
	first: number,
	body: readonly SourceLine[],
	ruleTitle: string,
	window: WebTitleWindow,
	{ keys, counts }: PageKeys = pageKeys(page),
	{ head, headKeys, rule }: WebTitleHead = webTitleHead(page, from, first, ruleTitle, window, keys),
): WebTitleRows {
	const bodyLines = body.slice(0, BODY_LINES);
	const rows = titleCandidates(head, bodyLines, rule).map((c) => {
		const line = head[c.k]!;
		const text = line.text;
		const key = headKeys[c.k]!;
		const inside = key.length < 4 ? 0 : keys.filter((o) => o !== key && o.includes(key)).length;
		const holds = headKeys.some(
			(o, j) => j !== c.k && o.length >= 4 && key.includes(o) && key !== o,
		);
		const flag = (b: boolean) => (b ? 1 : 0);
		return [
			...titleFeatures(c),
			page.filter((l) => l.line > line.line && l.line < page[first]!.line).length,
			counts.get(key) ?? 0,
			inside,
			flag(holds),
			flag(KEYED.test(text)),
			flag(isHeadlineLine(line)),
			flag(isSiteLike(text)),
			flag(hasPostingStamp(text)),
			flag(isNavigationLine(text)),
			flag(isOutletName(text) || isPublisherName(text)),
			(text.match(SEPARATORS) ?? []).length,
			flag(COLUMN_LABEL.test(text)),
			flag(c.k === rule && !counts.has(key)),
			rule >= 0 ? c.shares[rule]! : -1,
		];
	});
	// The lead that names its source: its outlet before 消息 and its programme in brackets.
	const lead = OUTLET_LEAD.exec(body[0]?.text ?? '')?.[0] ?? '';
	const leadNames = lead === '' ? [] : lead.split(/消息|[()（）【】[\]:：,，\s]/).map(compact);
	// An e-paper page's label (`第06版（县域经济）`) heads no story either.
	const names = head.map(
		(h, k) =>
			isOutletName(h.text) ||
			isPublisherName(h.text) ||
			leadNames.includes(headKeys[k]!) ||
			isPageLabel(h.text),
	);
	return { head, rule, rows, names };
}
