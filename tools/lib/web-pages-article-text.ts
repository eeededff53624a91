import type { CodeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { SourceArticle } from './web-pages.ts';
import { between, bodyParagraphs, chance, pick, type Random } from './web-pages-template.ts';
import { breakTitle, hardWrap } from './web-pages-wrap.ts';

/** A page's whitespace habits, as `whitespaceStyle` draws them. */
export type WhitespaceStyle = ReturnType<typeof whitespaceStyle>;

/**
 * Per-page whitespace habits: paragraph indent, blank lines between paragraphs, and the columns of a
 * hard-wrapped copy (0: paragraphs on one line each).
 */
export function whitespaceStyle(random: Random, formats: CodeFormats) {
	const style = {
		indent: pick(formats.indents, random),
		gap: pick([0, 1, 1, 2], random),
		trailing: chance(0.2, random) ? ' ' : '',
		wrap: 0,
	};
	const wrap = formats.hardWrap;
	if (wrap !== undefined && chance(wrap.rate, random)) {
		style.wrap = between(wrap.columns, random);
	}
	return style;
}

/** Writes the headline of `article`: its 引题/主题/副题 lines or the title alone, the title at times broken over two lines. */
export function writeHeadline(
	w: PageWriter,
	article: SourceArticle,
	random: Random,
	formats: CodeFormats,
): void {
	const lines =
		article.headlineLines.length > 1 && chance(0.6, random)
			? article.headlineLines
			: [article.title];
	const broken = formats.titleBreak !== undefined && chance(formats.titleBreak, random);
	for (const line of lines) {
		const parts = broken && line === article.title ? breakTitle(line, random) : null;
		for (const part of parts ?? [line]) w.text(part);
	}
}

/**
 * Writes the paragraphs of `article`; `breakAfter` writes what a page or sheet boundary leaves after
 * paragraph `i` (a pager, a print footer and header), when there is one.
 */
export function writeBody(
	w: PageWriter,
	article: SourceArticle,
	style: WhitespaceStyle,
	breakAfter?: (i: number) => void,
): void {
	const paras = bodyParagraphs(article.text);
	paras.forEach((p, i) => {
		if (style.wrap > 0) for (const line of hardWrap(style.indent + p, style.wrap)) w.text(line);
		else w.text(style.indent + p + style.trailing);
		breakAfter?.(i);
		if (i < paras.length - 1) {
			for (let g = 0; g < style.gap; g++) w.text('');
			w.family('caption', 0.06);
			w.family('media', 0.015);
		}
	});
}
