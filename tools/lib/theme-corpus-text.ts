import { themeHeadline } from '../../src/lib/nlp/tag-themes.ts';

/**
 * A corpus row's headline as the theme tagger reads it: its first `lines` printed headline lines
 * (`headline_lines`: 引题, 主题, 副题; the main title when it has none or `lines` is 1), each
 * without its column tag, joined by a space as ingest joins a page's kicker, title and subtitle.
 */
export function corpusHeadline(
	row: { title: string; headline_lines?: readonly string[] },
	lines = 1,
): string {
	const printed = row.headline_lines ?? [];
	if (lines <= 1 || printed.length <= 1) return themeHeadline(row.title);
	return printed
		.slice(0, lines)
		.map((line) => themeHeadline(line))
		.join(' ');
}

/**
 * A corpus row's headline and body as ingest hands them to the theme tagger: each paragraph trimmed
 * of its indentation (全角 spaces), empty ones dropped, joined by a blank line. Scoring the raw text
 * instead shifts the lead (its first `leadChars`) by the indents and scores text ingest never makes.
 */
export function ingestedText(row: { title: string; text: string }): {
	title: string;
	body: string;
} {
	const body = row.text
		.split(/\n+/u)
		.map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
		.filter((p) => p !== '')
		.join('\n\n');
	return { title: row.title, body };
}
