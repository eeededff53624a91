import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostic.ts';
import {
	ArticleFrontmatterSchema,
	type Article,
	type ArticleFrontmatter,
} from '../schema/release.ts';
import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';
import { tagThemes } from '../nlp/tag-themes.ts';
import { themeEvidenceRecords } from '../nlp/theme-evidence.ts';
import { regionOfClause, tagLocalities } from '../nlp/tag-locality.ts';
import { extractMeasures } from '../nlp/extract-measures.ts';
import { extractSlogans } from '../nlp/extract-slogans.ts';
import { extractArticles } from './extract-articles.ts';
import type { ExtractOptions, RawArticle } from './types.ts';

/** What the tagging stages need: one segmenter (with the user dictionary) and the theme rules. */
export interface PipelineDeps {
	segmenter: Segmenter;
	themes: ThemeConfig;
}

/** Articles found in one input file, and the problems met on the way. */
export interface FileResult {
	articles: Article[];
	diagnostics: Diagnostic[];
}

/**
 * Stable id of the item at `position` (0-based, in page order) of the input file `sourceFile`:
 * `a-<sha1[0:12]>`. Re-ingesting the same file with better metadata (`--year`, `--date`, a file
 * name that carries the date) gives each item the same id, so its article is updated in place
 * instead of being added again; the date and title are not part of it because they are what changes.
 */
export function articleId(sourceFile: string, position: number): string {
	const file = sourceFile.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
	const hash = createHash('sha1').update(`${file}\u0000${position}`).digest('hex').slice(0, 12);
	return `a-${hash}`;
}

/** Stages 5–8: segment, locate, theme, measures and slogans for one extracted item. */
export function tagArticle(raw: RawArticle, deps: PipelineDeps): Article {
	const body = raw.paragraphs.join('\n\n');
	// Measure sentences repeat clauses of their paragraphs: each clause is cut once.
	const words = { segmenter: deps.segmenter, cuts: new Map<string, readonly string[]>() };
	const locality = tagLocalities(
		{
			title: raw.title,
			...(raw.kicker === undefined ? {} : { kicker: raw.kicker }),
			...(raw.subtitle === undefined ? {} : { subtitle: raw.subtitle }),
			paragraphs: raw.paragraphs,
			source: raw.source,
			...(raw.dateline === undefined ? {} : { dateline: raw.dateline }),
			reporters: raw.reporters,
		},
		words,
	);
	const isStory = raw.kind === 'news' || raw.kind === 'notice';
	const headline = [raw.kicker, raw.title, raw.subtitle].filter(Boolean).join(' ');
	const themes =
		raw.kind === 'contents'
			? { themes: [], evidence: {} }
			: tagThemes({ title: raw.titleGenerated ? '' : headline, body }, deps.themes);
	const measures = isStory
		? extractMeasures(raw.paragraphs, {
				config: deps.themes,
				articleThemes: themes.themes,
				regionOf: (text) => regionOfClause(text, locality, words),
			})
		: [];
	return {
		id: articleId(raw.sourceFile, raw.position ?? raw.line),
		title: raw.title,
		titleGenerated: raw.titleGenerated,
		...(raw.kicker === undefined ? {} : { kicker: raw.kicker }),
		...(raw.subtitle === undefined ? {} : { subtitle: raw.subtitle }),
		date: raw.date,
		datePrecision: raw.datePrecision,
		...(raw.dateFrom === undefined || raw.date === null ? {} : { dateFrom: raw.dateFrom }),
		source: raw.source,
		...(raw.sourceFrom === undefined || raw.source === '' ? {} : { sourceFrom: raw.sourceFrom }),
		reporters: raw.reporters,
		...(raw.dateline === undefined ? {} : { dateline: raw.dateline }),
		sourceFile: raw.sourceFile,
		region: locality.region,
		regions: locality.regions.length > 0 ? locality.regions : [locality.region],
		themes: themes.themes,
		...(themes.themes.length === 0 ? {} : { themeEvidence: themeEvidenceRecords(themes) }),
		kind: raw.kind,
		measures,
		slogans: raw.kind === 'contents' ? [] : extractSlogans(`${headline}\n${body}`),
		body,
	};
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
): { articles: CheckedArticle[]; diagnostics: Diagnostic[] } {
	const { articles, diagnostics } = extractArticles(input, options);
	const valid: CheckedArticle[] = [];
	for (const raw of articles) {
		const checked = validateArticle(tagArticle(raw, deps));
		if (checked.ok) valid.push({ article: checked.article, frontmatter: checked.frontmatter });
		else diagnostics.push({ file: input.path, line: raw.line, ...checked.diagnostic });
	}
	return { articles: valid, diagnostics };
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
