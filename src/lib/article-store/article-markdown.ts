import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { toString } from 'mdast-util-to-string';
import YAML from 'yaml';
import { frontmatterToYaml } from './frontmatter-yaml.ts';
import type { Root } from 'mdast';
import {
	ArticleFrontmatterSchema,
	type Article,
	type ArticleFrontmatter,
} from '../schema/release.ts';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a body into paragraphs: blank-line separated, trimmed, empty ones dropped. */
function bodyParagraphs(body: string): string[] {
	return body
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p.length > 0);
}

/**
 * Renders an article as Markdown with YAML frontmatter. Body paragraphs go through remark-stringify,
 * so characters that Markdown would read as syntax (`#`, `*`, `1.` at a line start) are escaped and the
 * text reads back unchanged.
 */
export function articleToMarkdown(article: Article): string {
	const { body, ...frontmatter } = article;
	const checked = parseWithFriendlyErrors(
		ArticleFrontmatterSchema,
		frontmatter,
		`articles → ${article.id}`,
	);
	return checkedArticleToMarkdown(checked, body);
}

/**
 * `articleToMarkdown` for frontmatter that already is `ArticleFrontmatterSchema`'s output (the
 * pipeline validates every article once), so it is not parsed a second time.
 */
export function checkedArticleToMarkdown(checked: ArticleFrontmatter, body: string): string {
	const markdown = bodyParagraphs(body).map(paragraphToMarkdown).join('\n\n');
	const yaml = frontmatterToYaml(checked);
	return `---\n${yaml}---\n\n${markdown}\n`;
}

// Frozen processors, built once: one for every paragraph that needs escaping, one for reading bodies.
const paragraphStringifier = unified().use(remarkStringify).freeze();
const bodyParser = unified().use(remarkParse).freeze();

// Characters that can start Markdown syntax anywhere in a line, and line starts that can open a block.
const INLINE_SYNTAX = /[\\`*_[\]<>&!~|#]/;
const BLOCK_START = /^(?:[-+=>]|\d+[.)])|\n/;

/**
 * One paragraph as Markdown. Plain prose (nearly all Chinese text) is written as is; anything that
 * Markdown could read as syntax goes through remark-stringify, which escapes it.
 */
function paragraphToMarkdown(text: string): string {
	if (!INLINE_SYNTAX.test(text) && !BLOCK_START.test(text)) return text;
	const tree: Root = {
		type: 'root',
		children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
	};
	return paragraphStringifier.stringify(tree).trimEnd();
}

/** Parses a Markdown article file; throws `SchemaValidationError` naming `label` when the frontmatter is invalid. */
export function markdownToArticle(markdown: string, label: string): Article {
	const match = FRONTMATTER.exec(markdown);
	const data: unknown = match ? YAML.parse(match[1] ?? '', { version: '1.1' }) : {};
	const frontmatter: ArticleFrontmatter = parseWithFriendlyErrors(
		ArticleFrontmatterSchema,
		data,
		label,
	);
	const tree = bodyParser.parse(markdown.slice(match ? match[0].length : 0));
	const body = tree.children
		.map((node) => toString(node))
		.filter((p) => p.length > 0)
		.join('\n\n');
	return { ...frontmatter, body };
}
