/**
 * The project's error catalogue. Every message says what happened, why, and what to do.
 * Adapters translate library failures into these classes and keep the original as `cause`.
 */

/** Options accepted by every error of the catalogue. */
interface JucuoErrorOptions {
	/** The underlying failure, kept for debugging. */
	cause?: unknown;
}

/** The Chinese word segmenter (nodejieba's native binding or its dictionaries) could not be loaded. */
export class SegmenterUnavailableError extends Error {
	override name = 'SegmenterUnavailableError';
	constructor(detail: string, options: JucuoErrorOptions = {}) {
		super(
			`The Chinese word segmenter could not be loaded: ${detail}. ` +
				'Ingest and search need it to cut text into words. ' +
				'Run `npm rebuild nodejieba` (it needs a C++ toolchain when no prebuilt binary fits this Node version), then try again.',
			options,
		);
	}
}

/** The configured search server could not be reached (network failure, not a rejected request). */
export class SearchUnavailableError extends Error {
	override name = 'SearchUnavailableError';
	/** URL of the server that could not be reached. */
	readonly url: string;
	constructor(url: string, options: JucuoErrorOptions = {}) {
		super(
			`The search server at ${url} could not be reached, so no results can be served ` +
				'(another index is not used instead, because it could be stale). ' +
				'Start it (e.g. `docker compose up -d meilisearch`) or unset MEILI_URL to use the embedded index.',
			options,
		);
		this.url = url;
	}
}

/** The search engine received the request but rejected it (bad filter, unknown index, wrong key). */
export class SearchRequestError extends Error {
	override name = 'SearchRequestError';
	constructor(detail: string, options: JucuoErrorOptions = {}) {
		super(
			`The search engine rejected the request: ${detail}. ` +
				'Check the query and filters, and rebuild the index with `npm run index` if its settings changed.',
			options,
		);
	}
}

/** A command was called with wrong arguments; commands exit with status 2 on it. */
export class UsageError extends Error {
	override name = 'UsageError';
	constructor(detail: string, usage: string, options: JucuoErrorOptions = {}) {
		super(`${detail}. Usage: ${usage}`, options);
	}
}

/** The corpus folder to index is missing or holds no article, which would empty the index. */
export class EmptyCorpusError extends Error {
	override name = 'EmptyCorpusError';
	/** The folder that was read. */
	readonly dir: string;
	constructor(dir: string, found: 'missing' | 'empty', options: JucuoErrorOptions = {}) {
		super(
			`${found === 'missing' ? 'The corpus folder does not exist' : 'The corpus folder holds no article (.md)'}: ${dir}. ` +
				'Indexing it would remove every document from the index. ' +
				'Check CONTENT_DIR, run `npm run ingest -- <files>` first, or pass `--allow-empty` to empty the index on purpose.',
			options,
		);
		this.dir = dir;
	}
}

/** A search was asked of an embedded index that was never built under DATA_DIR. */
export class IndexUnavailableError extends Error {
	override name = 'IndexUnavailableError';
	/** The index file looked for. */
	readonly path: string;
	constructor(path: string, options: JucuoErrorOptions = {}) {
		super(
			`No search index at ${path}, so there is nothing to search. ` +
				'Check DATA_DIR, or build the index with `npm run index`.',
			options,
		);
		this.path = path;
	}
}

/** The embedded index file is damaged (truncated, overwritten, not SQLite). */
export class IndexCorruptError extends Error {
	override name = 'IndexCorruptError';
	/** The index file. */
	readonly path: string;
	constructor(path: string, options: JucuoErrorOptions = {}) {
		super(
			`The search index at ${path} is damaged and cannot be read (${options.cause instanceof Error ? options.cause.message : 'unreadable'}). ` +
				'It is derived from the articles and nothing is lost: rebuild it with `npm run index -- --rebuild`.',
			options,
		);
		this.path = path;
	}
}

/** The embedded index file was built by another version of the index layout. */
export class IndexLayoutError extends Error {
	override name = 'IndexLayoutError';
	/** The index file. */
	readonly path: string;
	constructor(path: string, found: string, expected: string, options: JucuoErrorOptions = {}) {
		super(
			`The search index at ${path} has layout ${found}, and this version reads layout ${expected}. ` +
				'It is derived from the articles and nothing is lost: rebuild it with `npm run index`.',
			options,
		);
		this.path = path;
	}
}

/** Whether a SQLite failure says the database file itself is damaged rather than the query. */
export function isCorruptDatabase(error: unknown): boolean {
	return (
		error instanceof Error &&
		/file is not a database|database disk image is malformed|SQLITE_(?:CORRUPT|NOTADB)/u.test(
			error.message,
		)
	);
}

/** The search engine accepted a request or task but did not finish it in time. */
export class SearchTimeoutError extends Error {
	override name = 'SearchTimeoutError';
	/** URL of the server that did not answer in time. */
	readonly url: string;
	constructor(url: string, detail: string, options: JucuoErrorOptions = {}) {
		super(
			`The search server at ${url} did not finish in time: ${detail}. ` +
				'It may be overloaded or still indexing; try again, or raise the timeouts in search-config/meilisearch.settings.json.',
			options,
		);
		this.url = url;
	}
}

/** `search-config/themes.yaml` could not be parsed or does not match the expected shape. */
export class ThemeConfigError extends Error {
	override name = 'ThemeConfigError';
	/** One `path: message` line per problem. */
	readonly issues: string[];
	constructor(issues: string[], options: JucuoErrorOptions = {}) {
		super(
			`search-config/themes.yaml is not a valid theme configuration:\n${issues.map((i) => `- ${i}`).join('\n')}\n` +
				'Fix the entries named above; the comment at the top of the file explains every field.',
			options,
		);
		this.issues = issues;
	}
}

/** `search-config/theme-model.json` is unreadable or malformed. */
export class ThemeModelError extends Error {
	override name = 'ThemeModelError';
	constructor(path: string, reason: string, options: JucuoErrorOptions = {}) {
		super(
			`${path} is not a valid theme model: ${reason}\n` +
				'Run `node scripts/train-themes.ts` to write it again, or delete it to tag themes by the keyword rules alone.',
			options,
		);
	}
}

/** `search-config/measure-model.json` exists but is not a valid measure model. */
export class MeasureModelError extends Error {
	override name = 'MeasureModelError';
	constructor(path: string, reason: string, options: JucuoErrorOptions = {}) {
		super(
			`${path} is not a valid measure model: ${reason}\n` +
				'Run `node scripts/train-measures.ts` to write it again, or delete it to pick measures by the rules alone.',
			options,
		);
	}
}

/** A document that does not match its schema; the message lists every problem with its field path. */
export class SchemaValidationError extends Error {
	override name = 'SchemaValidationError';
	/** One `path: message` line per problem. */
	readonly issues: string[];

	constructor(label: string, issues: string[], options: JucuoErrorOptions = {}) {
		super(
			`**${label}** does not match its schema:\n${issues.map((i) => `- ${i}`).join('\n')}`,
			options,
		);
		this.issues = issues;
	}
}

/** The model could not be obtained (npm unreachable, wrong tarball) or its files failed verification. */
export class ModelFetchError extends Error {
	override name = 'ModelFetchError';
}

/** A model folder named explicitly (e.g. by `MODEL_DIR`) is missing or incomplete. */
export class ModelFilesError extends Error {
	override name = 'ModelFilesError';
}

/** The embedding runtime (transformers.js with onnxruntime-node and sharp) failed to load. */
export class EmbedderUnavailableError extends Error {
	override name = 'EmbedderUnavailableError';
}

/** A request the site cannot answer as asked: shown as a 400 page with `message` as the reason. */
export class BadRequestError extends Error {
	override name = 'BadRequestError';
}

/** Something the request names does not exist (an unknown document id, an unknown API route): a 404. */
export class NotFoundError extends Error {
	override name = 'NotFoundError';
}
