import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourceLine } from './types.ts';

function pushText(out: SourceLine[], text: string, line: number, heading?: number): void {
	const rows = text.split('\n');
	rows.forEach((row, i) => {
		const trimmed = row.trim();
		if (trimmed === '') return;
		out.push(
			heading === undefined
				? { text: trimmed, line: line + i }
				: { text: trimmed, line: line + i, heading },
		);
	});
}

/** Node types with no running text: code, rules, frontmatter, link definitions. */
const SKIPPED = new Set(['code', 'thematicBreak', 'yaml', 'toml', 'definition']);

function walk(node: Nodes, out: SourceLine[]): void {
	const line = node.position?.start.line ?? 1;
	if (SKIPPED.has(node.type)) return;
	if (node.type === 'heading') pushText(out, toString(node).replace(/\n/g, ' '), line, node.depth);
	else if (node.type === 'paragraph') pushText(out, toString(node), line);
	else if (node.type === 'tableRow')
		pushText(out, node.children.map((c) => toString(c)).join(' '), line);
	else if (node.type === 'html') pushText(out, node.value.replace(/<[^>]*>/g, ''), line);
	else if ('children' in node) for (const child of node.children) walk(child, out);
}

/**
 * Turns a Markdown page into text blocks: headings keep their level, emphasis and link markup are
 * dropped, soft line breaks inside a paragraph become separate blocks (the cleaner joins lines
 * that were broken mid-sentence).
 */
export function markdownToLines(markdown: string): SourceLine[] {
	const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(markdown);
	const out: SourceLine[] = [];
	walk(tree, out);
	return out;
}
