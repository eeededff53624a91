import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { hanCount } from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	minTitleHan: MIN_TITLE_HAN,
	topLines: TOP_LINES,
	minEchoLine: MIN_ECHO_LINE,
} = readIngestLines().htmlTitle;

const DROPPED_TAGS = new Set([
	'script',
	'style',
	'noscript',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'iframe',
	'template',
	'svg',
	'canvas',
	'button',
	'select',
	'input',
	'textarea',
	'head',
	'object',
	'embed',
	'audio',
	'video',
]);
const BLOCK_TAGS = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'blockquote',
	'pre',
	'table',
	'tr',
	'td',
	'th',
	'tbody',
	'thead',
	'figure',
	'figcaption',
	'center',
	'address',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'body',
	'html',
	'hr',
]);
/** class/id words of page chrome rather than content. */
const CHROME =
	/(^|[-_\s])(nav|navbar|menu|share|sharing|social|comment|comments|footer|foot|breadcrumb|crumbs?|sidebar|side|related|recommend|advert|ads?|banner|toolbar|login|search|copyright|pager|pagination|header|topbar|logo|position|location|guide|bottom)([-_\s\d]|$)/i;

function attr(node: Element, name: string): string {
	const value = node.properties[name];
	return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/** True for a list whose every item is a link (related news, page navigation). */
function isLinkList(node: Element): boolean {
	if (node.tagName !== 'ul' && node.tagName !== 'ol') return false;
	const items = node.children.filter(
		(c): c is Element => c.type === 'element' && c.tagName === 'li',
	);
	return (
		items.length > 0 &&
		items.every((li) => {
			const linked = findAll(li, (e) => e.tagName === 'a').reduce((n, a) => n + textLength(a), 0);
			return linked > 0 && textLength(li) - linked <= 12;
		})
	);
}

function isChrome(node: Element): boolean {
	if (DROPPED_TAGS.has(node.tagName) || isLinkList(node)) return true;
	if (node.properties['hidden'] === true || /display:\s*none/i.test(attr(node, 'style')))
		return true;
	return CHROME.test(attr(node, 'className')) || CHROME.test(attr(node, 'id'));
}

function findAll(node: Nodes, test: (e: Element) => boolean, out: Element[] = []): Element[] {
	if (node.type === 'element' && test(node)) out.push(node);
	if ('children' in node) for (const child of node.children) findAll(child, test, out);
	return out;
}

function textLength(node: Nodes): number {
	if (node.type === 'text') return node.value.trim().length;
	if (node.type === 'element' && isChrome(node)) return 0;
	return 'children' in node ? node.children.reduce((n, c) => n + textLength(c), 0) : 0;
}

/** The element holding the story: `<article>`, `<main>`, or the page body. */
function contentRoot(tree: Root): Nodes {
	const articles = findAll(
		tree,
		(e) => e.tagName === 'article' || attr(e, 'role') === 'main' || e.tagName === 'main',
	);
	if (articles.length > 0)
		return articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
	return findAll(tree, (e) => e.tagName === 'body')[0] ?? tree;
}

/**
 * Turns an HTML page into text blocks: a real parser (rehype-parse) reads it, page chrome is
 * dropped (script, style, nav, header, footer, aside, forms, and elements whose class or id says
 * nav/share/comment/footer/breadcrumb), `<article>` or `<main>` is preferred when present, block
 * elements and `<br>` end a line, and h1–h6 become heading lines with their level.
 */
export function htmlToLines(html: string): SourceLine[] {
	const tree = unified().use(rehypeParse).parse(html);
	const root = contentRoot(tree);
	const body = findAll(tree, (e) => e.tagName === 'body')[0];
	const out: SourceLine[] = [];
	let buffer = '';
	let bufferLine = 1;
	let heading: number | undefined;
	const flush = () => {
		const text = buffer.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
		if (text !== '')
			out.push(
				heading === undefined ? { text, line: bufferLine } : { text, line: bufferLine, heading },
			);
		buffer = '';
		heading = undefined;
	};
	const visit = (node: Nodes) => {
		if (node.type === 'text') {
			if (buffer.trim() === '') bufferLine = node.position?.start.line ?? bufferLine;
			buffer += node.value;
			return;
		}
		if (node.type !== 'element' && node.type !== 'root') return;
		if (node.type === 'element') {
			if (isChrome(node)) {
				// An <article>'s own <header> holds its headline; a page <header> is site chrome.
				if (node.tagName === 'header' && root !== body && !CHROME.test(attr(node, 'className')))
					for (const h of findAll(node, (e) => /^h[1-3]$/.test(e.tagName))) visit(h);
				return;
			}
			if (node.tagName === 'br') return flush();
			const level = /^h([1-6])$/.exec(node.tagName)?.[1];
			if (BLOCK_TAGS.has(node.tagName)) {
				flush();
				if (level !== undefined) heading = Number(level);
				for (const child of node.children) visit(child);
				if (level !== undefined && heading === undefined) heading = Number(level);
				flush();
				return;
			}
		}
		for (const child of node.children) visit(child);
	};
	// The page headline often sits outside <article>; keep it when the article has none.
	if (root.type === 'element' && findAll(root, (e) => e.tagName === 'h1').length === 0) {
		const h1 = findAll(tree, (e) => e.tagName === 'h1' && !isChrome(e))[0];
		if (h1 !== undefined) visit(h1);
	}
	visit(root);
	flush();
	return withDocumentTitle(tree, out);
}

/** Adds the `<title>` (site name cut off) as the headline when the page printed none. */
function withDocumentTitle(tree: Root, out: SourceLine[]): SourceLine[] {
	if (out.some((l) => l.heading === 1)) return out;
	const titleElement = findAll(tree, (e) => e.tagName === 'title')[0];
	const raw =
		titleElement === undefined
			? ''
			: titleElement.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
	const title = raw.split(/\s*[_|｜]\s*|\s+[-–—]\s+/)[0]!.trim();
	if (hanCount(title) < MIN_TITLE_HAN) return out;
	if (
		out
			.slice(0, TOP_LINES)
			.some(
				(l) => l.text.includes(title) || (l.text.length >= MIN_ECHO_LINE && title.includes(l.text)),
			)
	)
		return out;
	return [{ text: title, line: titleElement?.position?.start.line ?? 1, heading: 1 }, ...out];
}
