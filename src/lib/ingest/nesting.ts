import type { SourceFormat } from './types.ts';

/** Deepest nesting a page may have: real press releases stay far below it (a few levels). */
export const MAX_NESTING = 64;

// Elements that never hold children, so an opening tag of one does not deepen the tree.
const VOID_ELEMENTS = new Set(
	'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

function htmlDepth(html: string): number {
	let depth = 0;
	let max = 0;
	for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/gu)) {
		const name = m[2]!.toLowerCase();
		if (VOID_ELEMENTS.has(name) || m[3] === '/') continue;
		if (m[1] === '/') depth = Math.max(0, depth - 1);
		else if (++depth > max) max = depth;
	}
	return max;
}

function markdownDepth(markdown: string): number {
	let max = 0;
	let brackets = 0;
	for (const line of markdown.split('\n')) {
		// Block quotes (`> > >`) and list items nest by their markers and indentation.
		const quote = /^(?:\s*>)+/u.exec(line)?.[0];
		const quotes = quote ? quote.replaceAll(/\s/gu, '').length : 0;
		const indent = /^[ \t]*(?=(?:[-*+]|\d{1,9}[.)])[ \t])/u.exec(line)?.[0];
		const lists =
			indent === undefined ? 0 : Math.floor(indent.replaceAll('\t', '    ').length / 2) + 1;
		max = Math.max(max, quotes, lists);
	}
	for (let i = 0; i < markdown.length; i++) {
		const c = markdown.charCodeAt(i);
		if (c === 0x5b) max = Math.max(max, ++brackets);
		else if (c === 0x5d && brackets > 0) brackets--;
	}
	return max;
}

/**
 * Why a decoded page is refused before parsing, or null: deeply nested Markdown (block quotes,
 * lists, link brackets) or HTML makes the parsers' recursion exhaust the stack or run for minutes,
 * and no press release is built that way.
 */
export function nestingProblem(text: string, format: SourceFormat): string | null {
	if (format === 'txt') return null;
	const depth = format === 'html' ? htmlDepth(text) : markdownDepth(text);
	if (depth <= MAX_NESTING) return null;
	const what = format === 'html' ? 'HTML elements' : 'Markdown block quotes, lists or brackets';
	return `the file nests ${what} ${depth} levels deep (at most ${MAX_NESTING} are read), which no press release does; it was not parsed. Remove the nesting or save the page as plain text.`;
}
