import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostic.ts';
import type { Article } from '../schema/release.ts';
import type { Segmenter } from '../nlp/segmenter.ts';
import type { ThemeConfig } from '../schema/theme-config.ts';
import { tagThemes } from '../nlp/tag-themes.ts';
import { regionOfClause, tagLocalities } from '../nlp/tag-locality.ts';
import { extractMeasures } from '../nlp/extract-measures.ts';
import { extractSlogans } from '../nlp/extract-slogans.ts';
import { normalizeForDedupe } from './dedupe.ts';
import { extractArticles } from './extract-articles.ts';
import type { ExtractOptions, RawArticle } from './types.ts';

/** Letters and digits of the body that go into an article's id. */
const ID_OPENING_CHARS = 64;

/**
 * `normalizeForDedupe(body).slice(0, ID_OPENING_CHARS)` without normalising the whole body: the
 * normalisation keeps or drops each character on its own, so a long enough prefix gives the same
 * opening (a surrogate pair cut in two at the end is dropped, after the characters kept).
 */
function normalizedOpening(body: string): string {
	for (let end = ID_OPENING_CHARS * 2; ; end *= 2) {
		const opening = normalizeForDedupe(body.slice(0, end));
		if (opening.length >= ID_OPENING_CHARS || end >= body.length)
			return opening.slice(0, ID_OPENING_CHARS);
	}
}

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
 * Stable id from outlet + title + date: `<date>-<hash>` (or `nd-<hash>` without a date), so that
 * re-ingesting the same text gives the same id and file. The opening words of the body go into the
 * hash too: recurring headlines (图片新闻, 简讯, 国内联播快讯) would otherwise give two different items of
 * one day the same id, and the second would overwrite the first.
 */
export function articleId(
	source: string,
	title: string,
	date: string | null,
	body: string,
): string {
	const opening = normalizedOpening(body);
	const hash = createHash('sha1')
		.update(`${source}\u0000${title}\u0000${date ?? ''}\u0000${opening}`)
		.digest('hex')
		.slice(0, 10);
	return `${date ?? 'nd'}-${hash}`;
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
			? { themes: [] }
			: tagThemes({ title: raw.titleGenerated ? '' : headline, body }, deps.themes);
	const measures = isStory
		? extractMeasures(raw.paragraphs, {
				config: deps.themes,
				articleThemes: themes.themes,
				regionOf: (text) => regionOfClause(text, locality, words),
			})
		: [];
	return {
		id: articleId(raw.source, raw.title, raw.date, body),
		title: raw.title,
		titleGenerated: raw.titleGenerated,
		...(raw.kicker === undefined ? {} : { kicker: raw.kicker }),
		...(raw.subtitle === undefined ? {} : { subtitle: raw.subtitle }),
		date: raw.date,
		datePrecision: raw.datePrecision,
		source: raw.source,
		reporters: raw.reporters,
		...(raw.dateline === undefined ? {} : { dateline: raw.dateline }),
		sourceFile: raw.sourceFile,
		region: locality.region,
		regions: locality.regions.length > 0 ? locality.regions : [locality.region],
		themes: themes.themes,
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
	const { articles, diagnostics } = extractArticles(input, options);
	return { articles: articles.map((raw) => tagArticle(raw, deps)), diagnostics };
}
