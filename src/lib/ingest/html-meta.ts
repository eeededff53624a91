import { dateOf } from './meta-dates.ts';

/** What an HTML page's `<meta>` tags say about the article. */
export interface HtmlMeta {
	/** ISO `YYYY-MM-DD` from `article:published_time`, `PubDate`, `publishdate` and the like. */
	date?: string;
	/** Site or publisher from `og:site_name`, `SiteName`, `ContentSource`, `publisher`. */
	source?: string;
}

const DATE_KEYS = new Set([
	'article:published_time',
	'og:published_time',
	'og:release_date',
	'datepublished',
	'pubdate',
	'publishdate',
	'publish_date',
	'firstpublishedtime',
	'dc.date',
	'dc.date.issued',
	'date',
]);
const SOURCE_KEYS = new Set([
	'og:site_name',
	'sitename',
	'contentsource',
	'source',
	'publisher',
	'article:publisher',
	'dc.publisher',
]);

function attributes(tag: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of tag.matchAll(/([a-zA-Z:_.-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g))
		out.set(m[1]!.toLowerCase(), (m[3] ?? m[4] ?? m[5] ?? '').trim());
	return out;
}

/**
 * Reads publication date and site from the page's `<meta>` tags (Open Graph, Dublin Core and the
 * `PubDate`/`SiteName`/`ContentSource` tags of Chinese government sites). A date is read as a
 * page prints one (`meta-dates.ts`) and must be a day of the calendar; a URL is never a source.
 */
export function readHtmlMeta(html: string): HtmlMeta {
	const out: HtmlMeta = {};
	const head = html.slice(0, 200_000);
	for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
		const attrs = attributes(m[0]);
		const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '')
			.toLowerCase()
			.trim();
		const content = attrs.get('content') ?? '';
		if (content === '') continue;
		if (out.date === undefined && DATE_KEYS.has(key)) {
			const date = dateOf(content);
			if (date !== undefined) out.date = date;
		}
		if (
			out.source === undefined &&
			SOURCE_KEYS.has(key) &&
			!/^https?:|\.(?:com|cn|net)\b/i.test(content)
		)
			out.source = content.split(/\s*[-_|｜]\s*/)[0]!;
	}
	return out;
}
