import type { Diagnostic } from '../diagnostic.ts';
import type { Article } from '../schema/release.ts';
import { renderArticleFile } from '../article-store/article-files.ts';
import { minhashSignature } from './dedupe.ts';
import { processSourceChecked, type PipelineDeps } from './pipeline.ts';
import type { ExtractOptions } from './types.ts';

/** One input file as the pipeline takes it. */
export interface FileRequest {
	path: string;
	bytes: Uint8Array;
	options: ExtractOptions;
}

/**
 * An article ready to store: its file text as ingest writes it (before any `duplicateOf`, which
 * only the in-order pass can decide) and its near-duplicate signature.
 */
export interface PreparedArticle {
	article: Article;
	file: string;
	signature: Uint32Array | null;
}

/** The articles of one input file, ready to store, and the problems met on the way. */
export interface PreparedFile {
	articles: PreparedArticle[];
	diagnostics: Diagnostic[];
}

/**
 * The pipeline for one file plus what storing its articles costs most: rendering each file and
 * hashing its body for near-duplicates. Done where the pipeline runs (on the worker threads in a
 * large run), so the thread that writes in input order only decides and writes.
 */
export function prepareFile(
	{ path, bytes, options }: FileRequest,
	deps: PipelineDeps,
): PreparedFile {
	const { articles, diagnostics } = processSourceChecked({ path, bytes }, deps, options);
	return {
		articles: articles.map(({ article, frontmatter }) => ({
			article,
			file: renderArticleFile(article, frontmatter),
			signature: minhashSignature(article.body),
		})),
		diagnostics,
	};
}
