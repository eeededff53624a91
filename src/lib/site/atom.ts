/** One entry of an Atom feed. */
export interface AtomEntry {
	/** Permanent IRI of the entry (the page it links to). */
	id: string;
	title: string;
	url: string;
	/** RFC 3339 date-time. */
	updated: string;
	/** Plain text; escaped on output. */
	summary: string;
	categories?: string[];
}

/** An Atom feed (RFC 4287) before it is written out. */
export interface AtomFeed {
	/** Permanent IRI of the feed: its own URL. */
	id: string;
	title: string;
	/** The HTML page the feed follows. */
	pageUrl: string;
	/** The feed's own URL (`rel="self"`). */
	selfUrl: string;
	/** RFC 3339 date-time: the newest entry, or when the feed was made if it has none. */
	updated: string;
	subtitle?: string;
	entries: AtomEntry[];
}

/** Text escaped for XML content and attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/**
 * RFC 3339 time of an ISO day as published in China (`2024-01-19` → `2024-01-19T00:00:00+08:00`);
 * `fallback` when there is no date. A date known only to the month or year starts at its first
 * day: Atom requires a full time, and the entry's summary says how precise the date is.
 */
export function toAtomTime(iso: string | null | undefined, fallback: string): string {
	const m = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
	return m ? `${m[1]}T00:00:00+08:00` : fallback;
}

/** The feed as an Atom XML document (UTF-8). */
export function renderAtom(feed: AtomFeed): string {
	const x = escapeXml;
	const entries = feed.entries.map(
		(e) => `  <entry>
    <id>${x(e.id)}</id>
    <title type="text">${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <updated>${x(e.updated)}</updated>
${(e.categories ?? []).map((c) => `    <category term="${x(c)}"/>\n`).join('')}    <summary type="text">${x(e.summary)}</summary>
  </entry>
`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${x(feed.id)}</id>
  <title type="text">${x(feed.title)}</title>
${feed.subtitle ? `  <subtitle type="text">${x(feed.subtitle)}</subtitle>\n` : ''}  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.pageUrl)}"/>
  <updated>${x(feed.updated)}</updated>
  <author><name>举措库</name></author>
  <generator>jucuo</generator>
${entries.join('')}</feed>
`;
}
