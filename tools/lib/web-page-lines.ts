import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { printedLines } from '../../src/lib/ingest/page-segments.ts';
import type { SourceLine } from '../../src/lib/ingest/types.ts';
import type { PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import type { WebPage } from './web-pages.ts';

// A synthetic page's lines as ingest's learned readings see them, so that a trainer's rows are the
// rows ingest scores: the file decoded as ingest decodes it (line ends and all) and read by format,
// with a second saved copy of the page dropped.

/** The lines of `page` that ingest reads its items' titles, bodies, dates and sources from. */
export function webPageLines(page: WebPage, furniture: PageFurniture): SourceLine[] {
	const decoded = decodeSource(page.fileName, new TextEncoder().encode(page.text));
	return decoded.ok ? printedLines(decoded.text, decoded.format, furniture.savedTwice) : [];
}
