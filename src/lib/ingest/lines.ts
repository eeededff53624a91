import { wrappedRows } from './hard-wrap.ts';
import type { SourceLine } from './types.ts';

const ATX = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MARKUP_CHAR = /[*_`[]/;

/** Removes inline Markdown emphasis and code marks (`**本报讯**` → `本报讯`), keeping the words. */
export function stripInlineMarkup(text: string): string {
	// Every mark below needs one of these characters; most lines have none.
	if (!MARKUP_CHAR.test(text)) return text;
	return text
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^*])\*(?!\s)([^*]+?)\*(?!\*)/g, '$1$2')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

/**
 * Splits a plain-text page into one block per non-empty line. Newspaper pages saved as text often
 * carry Markdown-ish marks: `# 标题` gives a heading line with its level, `**…**` is dropped. Rows
 * a hard wrap broke (a PDF copy's printed lines, `wrappedRows`) are joined back into their paragraph.
 */
export function textToLines(text: string): SourceLine[] {
	const out: SourceLine[] = [];
	const rows = text.split('\n');
	const wrapped = wrappedRows(rows);
	for (let i = 0; i < rows.length; i++) {
		const raw = rows[i]!;
		if (raw.trim() === '') continue;
		const prev = out.at(-1);
		if (wrapped.has(i) && prev !== undefined && prev.heading === undefined) {
			prev.text = prev.text.trimEnd() + stripInlineMarkup(raw).trim();
			continue;
		}
		const atx = ATX.exec(raw.trim());
		if (atx !== null) {
			const body = stripInlineMarkup(atx[2]!).trim();
			if (body !== '') out.push({ text: body, line: i + 1, heading: atx[1]!.length });
			continue;
		}
		if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) continue;
		const body = stripInlineMarkup(raw);
		if (body.trim() !== '') out.push({ text: body, line: i + 1 });
	}
	return out;
}
