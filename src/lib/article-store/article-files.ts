import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative } from 'node:path';
import type { Article, ArticleFrontmatter } from '../schema/release.ts';
import {
	articleToMarkdown,
	checkedArticleToMarkdown,
	markdownToArticle,
} from './article-markdown.ts';

/** Default folder of the corpus; every command honours `CONTENT_DIR`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['CONTENT_DIR'] ?? 'content/articles';
}

/** Where an article lives: `<dir>/<yyyy>/<id>.md`, or `<dir>/undated/<id>.md`. */
export function articlePath(dir: string, article: Pick<Article, 'id' | 'date'>): string {
	return join(dir, article.date ? article.date.slice(0, 4) : 'undated', `${article.id}.md`);
}

/** Every `.md` file below `dir`, sorted; an absent folder has none. */
export async function listArticleFiles(dir: string): Promise<string[]> {
	let entries;
	try {
		entries = await readdir(dir, { recursive: true, withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.md'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** Whether the corpus folder `dir` is missing, holds no `.md` file, or holds articles. */
export function corpusState(dir: string): 'missing' | 'empty' | 'articles' {
	if (!existsSync(dir)) return 'missing';
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	return entries.some((e) => e.isFile() && e.name.endsWith('.md')) ? 'articles' : 'empty';
}

/** Reads and validates one article file. */
export async function readArticleFile(path: string, dir = dirname(path)): Promise<Article> {
	return markdownToArticle(await readFile(path, 'utf8'), `articles → ${relative(dir, path)}`);
}

/**
 * Yields every article below `dir`, validated against the schema. A file that cannot be read or
 * fails validation is passed to `onError` (with its path) and skipped when `onError` is given;
 * without it the first such file throws.
 */
export async function* readArticles(
	dir: string,
	onError?: (path: string, error: unknown) => void,
): AsyncIterable<Article> {
	for (const path of await listArticleFiles(dir)) {
		let article: Article;
		try {
			article = await readArticleFile(path, dir);
		} catch (error) {
			if (!onError) throw error;
			onError(path, error);
			continue;
		}
		yield article;
	}
}

/** The article id a stored file holds, read from its name (`<dir>/<yyyy>/<id>.md`). */
export function articleIdOfPath(path: string): string {
	return basename(path, '.md');
}

// Distinct temp names, so two writes of one path in flight never share a temp file.
let tempCounter = 0;

/** `kept`: the file was edited by hand since ingest wrote it, so it was left as it is. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept';

const STAMP = /^ingestHash: ([0-9a-f]{16})\n/mu;

function digest(text: string): string {
	return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/**
 * Adds `ingestHash`, the hash of the file as ingest writes it, as the last frontmatter line, so a
 * later run can tell a file edited by hand from one it wrote itself.
 */
function stampIngestHash(markdown: string): string {
	const end = markdown.indexOf('\n---\n', 3);
	if (!markdown.startsWith('---\n') || end < 0) return markdown;
	return `${markdown.slice(0, end + 1)}ingestHash: ${digest(markdown)}\n${markdown.slice(end + 1)}`;
}

/** Whether a stored file differs from what ingest wrote (its `ingestHash` no longer matches). */
function isHandEdited(stored: string): boolean {
	const stamp = STAMP.exec(stored);
	if (!stamp) return false;
	return digest(stored.replace(STAMP, '')) !== stamp[1];
}

/**
 * What a long run already knows about the corpus folder, so a write skips the look-ups it makes
 * otherwise: reading a file that does not exist, creating a folder that does.
 */
export interface WriteCache {
	/** Paths of the article files present (as `listArticleFiles` gives them). */
	files: Set<string>;
	/** Folders known to exist. */
	dirs: Set<string>;
}

function readIfPresent(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

/**
 * An article's file as ingest writes it: Markdown with frontmatter, stamped with `ingestHash`.
 * `checked` is its frontmatter as `ArticleFrontmatterSchema` parsed it, when already validated.
 */
export function renderArticleFile(article: Article, checked?: ArticleFrontmatter): string {
	return stampIngestHash(
		checked === undefined
			? articleToMarkdown(article)
			: checkedArticleToMarkdown(checked, article.body),
	);
}

/**
 * Writes an article atomically (temp file, then rename), so a crash never leaves a half-written file.
 * An identical file is left untouched, so re-ingesting the same input changes nothing; a file edited
 * by hand since ingest wrote it is kept (`kept`) unless `force`. `options.file` is the article's
 * file when it was already rendered (`renderArticleFile`, on a worker thread). The file
 * calls are synchronous: an article file is a few KB, and for thousands of them the thread-pool
 * round trips of `fs/promises` cost several times the system calls themselves.
 */
export function writeArticleFile(
	dir: string,
	article: Article,
	cache?: WriteCache,
	options: { force?: boolean; file?: string } = {},
): { path: string; outcome: WriteOutcome } {
	const force = options.force ?? false;
	const path = articlePath(dir, article);
	const markdown = options.file ?? renderArticleFile(article);
	const mayExist = !cache || cache.files.has(path);
	const previous = mayExist ? readIfPresent(path) : null;
	if (previous === markdown) return { path, outcome: 'unchanged' };
	if (previous !== null && !force && isHandEdited(previous)) return { path, outcome: 'kept' };
	if (!cache?.dirs.has(dirname(path))) {
		mkdirSync(dirname(path), { recursive: true });
		cache?.dirs.add(dirname(path));
	}
	const temp = `${path}.${process.pid}.${++tempCounter}.tmp`;
	try {
		writeFileSync(temp, markdown, 'utf8');
		renameSync(temp, path);
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
	cache?.files.add(path);
	return { path, outcome: previous === null ? 'created' : 'updated' };
}
