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
