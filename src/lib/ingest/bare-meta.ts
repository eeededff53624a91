import { isPublisherName } from './outlets.ts';
import { readPageMetaLine, type PageMeta } from './page-meta.ts';
import type { SourceLine } from './types.ts';
import { findWebHeadline, isBodyText } from './web-head.ts';

/** How far from the headline a bare date line may stand and still date the page. */
const NEAR_HEADLINE = 3;

/**
 * Meta lines a web page prints without labels, read from where they stand: in the page's head
 * (above its first paragraph), a date alone on a line next to the headline block is the page's
 * date, and a publisher's name alone next to that date (`某某县融媒体中心` over `2023/12/5`) is its
 * source. A date line beside an e-paper's page label with any name is its masthead
 * (`今日某某 2021.03.09` over `A03：要闻`). Returns what each such line says, by its line number.
 * `nearPageLabel` tells whether a line number stands next to a page label.
 */
export function readBareMeta(
	lines: SourceLine[],
	nearPageLabel: (line: number) => boolean,
): Map<number, PageMeta> {
	const out = new Map<number, PageMeta>();
	const first = lines.findIndex((l) => isBodyText(l.text));
	if (first < 1) return out;
	for (let i = 0; i < first; i++) {
		const l = lines[i]!;
		if (!nearPageLabel(l.line)) continue;
		const meta = readPageMetaLine(l.text, true);
		if (meta?.kind === 'masthead') out.set(l.line, meta);
	}
	const { title } = findWebHeadline(lines, first);
	if (title < 0) return out;
	const from = Math.max(0, title - NEAR_HEADLINE);
	const to = Math.min(first, title + NEAR_HEADLINE + 1);
	for (let i = from; i < to; i++) {
		const meta = readPageMetaLine(lines[i]!.text);
		if (meta?.kind !== 'date' || meta.date === undefined || out.has(lines[i]!.line)) continue;
		const publisher = [lines[i - 1], lines[i + 1]].find(
			(n) =>
				n !== undefined &&
				n !== lines[title] &&
				isPublisherName(n.text) &&
				readPageMetaLine(n.text) === undefined,
		);
		out.set(lines[i]!.line, { kind: 'fields', date: meta.date });
		if (publisher !== undefined)
			out.set(publisher.line, { kind: 'fields', source: publisher.text });
		break;
	}
	return out;
}
