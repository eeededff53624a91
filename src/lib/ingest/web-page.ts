import { htmlToLines } from './html-to-text.ts';
import { META_LINE, PAGE_HEADER, SOURCE_LABEL, hanCount } from './patterns.ts';
import { readableStory } from './readable-html.ts';
import type { SourceLine } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxMetaLine: MAX_META_LINE } = readIngestLines().pageLines;

const { minStoryShare: MIN_STORY_SHARE } = readIngestArticles().splitting;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Lines of the page that date it or name its outlet (`2022-05-10 来源:鲁网`), kept for metadata. */
function metadataLines(lines: SourceLine[]): SourceLine[] {
	return lines.filter(
		(l) =>
			l.text.length <= MAX_META_LINE &&
			(META_LINE.test(l.text) || PAGE_HEADER.test(l.text) || SOURCE_LABEL.test(l.text)),
	);
}

/**
 * Text blocks of an HTML page: Readability finds the story, which the page reducer then turns
 * into lines (headings, paragraphs); the page's date and source lines, which Readability leaves
 * out, go in front so the cleaner can read them. A page where Readability finds little, or only
 * part of the text (a page with several stories), is read whole by the reducer instead.
 */
export function webPageToLines(html: string): SourceLine[] {
	const full = htmlToLines(html);
	const story = readableStory(html);
	if (story === undefined) return full;
	const reduced = htmlToLines(
		`<html><head><title>${escapeText(story.title)}</title></head><body><article>${story.html}</article></body></html>`,
	);
	const han = (lines: SourceLine[]) => lines.reduce((n, l) => n + hanCount(l.text), 0);
	if (han(reduced) < MIN_STORY_SHARE * han(full)) return full;
	const kept = new Set(reduced.map((l) => l.text));
	const meta = metadataLines(full).filter((l) => !kept.has(l.text));
	// Lines of the story keep their place in the source file, for diagnostics.
	const lineOf = new Map<string, number>();
	for (const l of full) if (!lineOf.has(l.text)) lineOf.set(l.text, l.line);
	const lines = reduced.map((l) => ({ ...l, line: lineOf.get(l.text) ?? l.line }));
	// Readability takes the headline out of the story; the page's own <h1> gives it back.
	const headline = full.find((l) => l.heading === 1);
	if (headline !== undefined && !lines.some((l) => l.heading === 1 && l.text === headline.text)) {
		const withoutTitle = lines.filter((l) => !(l.heading === 1));
		return [...meta, headline, ...withoutTitle];
	}
	return [...meta, ...lines];
}
