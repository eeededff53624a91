import { NOTE_LABEL_SOURCE } from './box-label.ts';
import type { SourceLine } from './types.ts';
import { isBodyText } from './web-headline.ts';
import { isDatelineLead } from './line-roles.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// A site's note set between a web article's headline and its text: the editors' 编者按 (编者的话,
// 编前语) introducing a column or a series, a 导语 or 导读 summing the story up or saying how long it
// takes to read. It is the site's, not the story's: the text starts under it.

/**
 * The label that opens such a note: in brackets (`【编者按】…`), before a colon or a bar
 * (`编者按：…`, `导读 | …`), or alone on its line after any ornament (`▍编者按`, `导语`).
 */
const NOTE_LABEL = new RegExp(
	`^[^\\p{L}\\p{N}]*(?:[【[〔［]\\s*)?${NOTE_LABEL_SOURCE}(?:\\s*[】\\]〕］]\\s*|\\s*[:：|｜丨]\\s*|\\s*$)`,
	'u',
);

/** Clause or sentence punctuation: what a note's prose holds and a headline seldom does. */
const NOTE_PROSE = /[，,。！？；]/;

const { noteWindow: NOTE_WINDOW } = readIngestLines().meta;

/** True for a line that opens an editors' note or a 导语 box. */
export function isEditorNoteLine(text: string): boolean {
	return NOTE_LABEL.test(text);
}

/**
 * Drops the editors' note or 导语 box of a web page trimmed to its headline (`lines`; `all` holds
 * the page's lines before its head was trimmed, which may have taken a label standing alone): the
 * first line in its head (before any paragraph of the text) that opens with such a label, or that
 * stands under such a label alone on its line, when the note is prose (a clause or a sentence: a
 * headline under a 导读 label is none). A note met after the text began is the story's own, a
 * paragraph opening with the story's dateline is the text (a label alone over it goes), and a
 * page that would keep no text under the note keeps it.
 */
export function dropEditorNote(lines: SourceLine[], all: SourceLine[]): SourceLine[] {
	const underLabel = new Set<number>();
	for (const [i, l] of all.entries())
		if (i + 1 < all.length && isEditorNoteLine(l.text) && l.text.replace(NOTE_LABEL, '') === '')
			underLabel.add(all[i + 1]!.line);
	const end = Math.min(lines.length, NOTE_WINDOW);
	for (let i = 1; i < end; i++) {
		const text = lines[i]!.text;
		const labelled = isEditorNoteLine(text);
		if (labelled || underLabel.has(lines[i]!.line)) {
			const alone = labelled && text.replace(NOTE_LABEL, '').trim() === '';
			const drop = alone && i + 1 < lines.length ? 2 : 1;
			// A note is prose: a headline or a list's title under a 导读 label is no note.
			const note = labelled && !alone ? text.replace(NOTE_LABEL, '') : lines[i + drop - 1]!.text;
			if (!NOTE_PROSE.test(note)) return lines;
			// Under a label alone, the story's dateline (`本报讯`, `央视网消息（…）：`) opens the text:
			// only the label goes.
			if (isDatelineLead(note))
				return alone ? [...lines.slice(0, i), ...lines.slice(i + 1)] : lines;
			if (!lines.slice(i + drop).some((l) => isBodyText(l.text))) return lines;
			return [...lines.slice(0, i), ...lines.slice(i + drop)];
		}
		if (isBodyText(text)) return lines;
	}
	return lines;
}
