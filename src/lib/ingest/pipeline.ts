import type { Diagnostic } from '../diagnostic.ts';
import {
	ArticleFrontmatterSchema,
	type Article,
	type ArticleFrontmatter,
} from '../schema/release.ts';
import { runStage, StageFailure, unwrapStaged, type Staged } from './batch-stages.ts';
import { extractArticles } from './extract-articles.ts';
import { tagArticles, type PipelineDeps } from './tag-articles.ts';
import type { ExtractOptions, RawArticle } from './types.ts';

export { articleId, type PipelineDeps } from './tag-articles.ts';

/** Articles found in one input file, and the problems met on the way. */
export interface FileResult {
	articles: Article[];
	diagnostics: Diagnostic[];
}

/** Stages 5–8: segment, locate, theme, measures and slogans for one extracted item. */
export function tagArticle(raw: RawArticle, deps: PipelineDeps): Article {
	const [article] = tagArticles([raw], deps);
	if (article === undefined) throw new TypeError('`tagArticles` gave no article');
	return unwrapStaged(article);
}

/** The whole pure pipeline for one file: decode, split, clean, metadata, then tagging of each item. */
export function processSource(
	input: { path: string; bytes: Uint8Array },
	deps: PipelineDeps,
	options: ExtractOptions = {},
): FileResult {
	const { articles, diagnostics } = processSourceChecked(input, deps, options);
	return { articles: articles.map((a) => a.article), diagnostics };
}

/** An article that passed the schema, with its frontmatter as the schema parsed it. */
export interface CheckedArticle {
	article: Article;
	frontmatter: ArticleFrontmatter;
}

/** `processSource`, keeping each article's parsed frontmatter for writing it without a second parse. */
export function processSourceChecked(
	input: { path: string; bytes: Uint8Array },
	deps: PipelineDeps,
	options: ExtractOptions = {},
): CheckedFile {
	const [file] = processSourcesChecked([{ ...input, options }], deps);
	if (file === undefined) throw new TypeError('`processSourcesChecked` gave no file');
	return unwrapStaged(file);
}

/** The articles of one file that passed the schema, and the problems met on the way. */
export interface CheckedFile {
	articles: CheckedArticle[];
	diagnostics: Diagnostic[];
}

/**
 * `processSourceChecked` for a batch of files, stage by stage over all their items (see
 * `runStage`): every file's result is the one it gives alone. A file whose pipeline throws is a
 * `StageFailure` carrying the error, and the other files go on.
 */
export function processSourcesChecked(
	inputs: readonly { path: string; bytes: Uint8Array; options?: ExtractOptions }[],
	deps: PipelineDeps,
): Staged<CheckedFile>[] {
	const extracted = runStage(inputs, ({ path, bytes, options }) =>
		extractArticles({ path, bytes }, options),
	);
	// Every file's items, in order, tagged together; file i's are those from `first[i]` on.
	const raws: RawArticle[] = [];
	const first = extracted.map((file) => {
		const at = raws.length;
		if (!(file instanceof StageFailure)) raws.push(...file.articles);
		return at;
	});
	const checked = runStage(tagArticles(raws, deps), validateArticle);
	return runStage(extracted, ({ articles, diagnostics }, i) => {
		const valid: CheckedArticle[] = [];
		articles.forEach((raw, k) => {
			const result = unwrapStaged(checked[(first[i] ?? 0) + k]!);
			if (result.ok) valid.push({ article: result.article, frontmatter: result.frontmatter });
			else diagnostics.push({ file: inputs[i]!.path, line: raw.line, ...result.diagnostic });
		});
		return { articles: valid, diagnostics };
	});
}

/**
 * Checks an article against the frontmatter schema, as writing it would: a problem rejects this
 * item alone, with one diagnostic naming every field that is wrong, in `--dry-run` too.
 */
export function validateArticle(
	article: Article,
):
	| { ok: true; article: Article; frontmatter: ArticleFrontmatter }
	| { ok: false; diagnostic: { reason: string; ruleId: string; fatal: true } } {
	const result = ArticleFrontmatterSchema.safeParse(article);
	if (result.success) return { ok: true, article, frontmatter: result.data };
	const fields = result.error.issues
		.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
		.join('; ');
	return {
		ok: false,
		diagnostic: {
			reason: `the item “${article.title}” does not match the article schema (${fields}) and was skipped.`,
			ruleId: 'invalid-article',
			fatal: true,
		},
	};
}
