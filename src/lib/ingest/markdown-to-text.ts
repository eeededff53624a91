import type { Nodes, Root } from 'mdast';
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

function walk(node: Nodes, out: SourceLine[]): void {
	const line = node.position?.start.line ?? 1;
	switch (node.type) {
		case 'heading':
			pushText(out, toString(node).replace(/\n/g, ' '), line, node.depth);
			return;
		case 'paragraph':
		case 'tableRow':
			pushText(
				out,
				node.type === 'tableRow' ? node.children.map((c) => toString(c)).join(' ') : toString(node),
				line,
			);
			return;
		case 'html':
			pushText(out, node.value.replace(/<[^>]*>/g, ''), line);
			return;
		case 'code':
		case 'thematicBreak':
		case 'yaml':
		case 'toml' as Nodes['type']:
		case 'definition':
			return;
		default:
			if ('children' in node) for (const child of node.children) walk(child as Nodes, out);
	}
}

/**
 * Turns a Markdown page into text blocks: headings keep their level, emphasis and link markup are
 * dropped, soft line breaks inside a paragraph become separate blocks (the cleaner joins lines
 * that were broken mid-sentence).
 */
export function markdownToLines(markdown: string): SourceLine[] {
	const tree = unified()
		.use(remarkParse)
		.use(remarkFrontmatter, ['yaml', 'toml'])
		.parse(markdown) as Root;
	const out: SourceLine[] = [];
	walk(tree, out);
	return out;
}
