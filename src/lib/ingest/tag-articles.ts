import { createHash } from 'node:crypto';
import type { Article } from '../schema/release.ts';
import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import type { LocalityResult } from '../nlp/locality-types.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';
import { tagThemes, type ThemeTags } from '../nlp/tag-themes.ts';
import { themeEvidenceRecords } from '../nlp/theme-evidence.ts';
import { regionOfClause, tagLocalities } from '../nlp/tag-locality.ts';
import { extractMeasures } from '../nlp/extract-measures.ts';
import { extractSlogans } from '../nlp/extract-slogans.ts';
import { runStage, unwrapStaged, type Staged } from './batch-stages.ts';
import type { RawArticle } from './types.ts';

/** What the tagging stages need: one segmenter (with the user dictionary) and the theme rules. */
export interface PipelineDeps {
	segmenter: Segmenter;
	themes: ThemeConfig;
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

/** What the locality tagger reads of an extracted item. */
export const localityInput = (raw: RawArticle) => ({
	title: raw.title,
	...(raw.kicker === undefined ? {} : { kicker: raw.kicker }),
	...(raw.subtitle === undefined ? {} : { subtitle: raw.subtitle }),
	paragraphs: raw.paragraphs,
	source: raw.source,
	...(raw.dateline === undefined ? {} : { dateline: raw.dateline }),
	reporters: raw.reporters,
});

/** One item between the tagging stages. */
interface Tagging {
	raw: RawArticle;
	body: string;
	headline: string;
	/** Measure sentences repeat clauses of their paragraphs: each clause is cut once. */
	words: { segmenter: Segmenter; cuts: Map<string, readonly string[]> };
}

/**
 * Stages 5–8 for a batch of extracted items: segment, locate, theme, measures and slogans. Every
 * item goes through one stage before any goes through the next (see `runStage`); each item's
 * article is exactly what tagging it alone gives. An item whose tagging throws is a
 * `StageFailure` and the others go on.
 */
export function tagArticles(raws: readonly RawArticle[], deps: PipelineDeps): Staged<Article>[] {
	const items = runStage(raws, (raw): Tagging => ({
		raw,
		body: raw.paragraphs.join('\n\n'),
		headline: [raw.kicker, raw.title, raw.subtitle].filter(Boolean).join(' '),
		words: { segmenter: deps.segmenter, cuts: new Map() },
	}));
	const localities = runStage(items, ({ raw, words }) => tagLocalities(localityInput(raw), words));
	const themes = runStage(items, ({ raw, headline, body }) =>
		raw.kind === 'contents'
			? { themes: [], evidence: {} }
			: tagThemes({ title: raw.titleGenerated ? '' : headline, body }, deps.themes),
	);
	const withThemes = runStage(localities, (locality, i) => ({
		locality,
		themes: valueAt(themes, i),
	}));
	const measures = runStage(withThemes, ({ locality, themes: tags }, i) => {
		const { raw, words } = valueAt(items, i);
		const isStory = raw.kind === 'news' || raw.kind === 'notice';
		return isStory
			? extractMeasures(raw.paragraphs, {
					config: deps.themes,
					articleThemes: tags.themes,
					regionOf: (text) => regionOfClause(text, locality, words),
				})
			: [];
	});
	const slogans = runStage(items, ({ raw, headline, body }) =>
		raw.kind === 'contents' ? [] : extractSlogans(`${headline}\n${body}`),
	);
	return runStage(measures, (found, i) => {
		const { raw, body } = valueAt(items, i);
		const { locality, themes: tags } = valueAt(withThemes, i);
		return toArticle(raw, body, locality, tags, found, valueAt(slogans, i));
	});
}

/** The value of item `i` of an earlier stage; that stage's error, rethrown, when it failed there. */
function valueAt<T>(items: readonly Staged<T>[], i: number): T {
	const item = items[i];
	if (item === undefined) throw new TypeError(`no item ${i} in the batch`);
	return unwrapStaged(item);
}

function toArticle(
	raw: RawArticle,
	body: string,
	locality: LocalityResult,
	themes: Pick<ThemeTags, 'themes' | 'evidence'>,
	measures: Article['measures'],
	slogans: string[],
): Article {
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
		slogans,
		body,
	};
}
