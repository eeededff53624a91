import { NATIONAL_CODE } from '../../src/lib/geo/gazetteer.ts';
import type { Segmenter } from '../../src/lib/nlp/jieba/segmenter.ts';
import { tagLocalities } from '../../src/lib/nlp/tag-locality.ts';
import { corpusArticleId } from './corpus-seeds.ts';
import { readCorpus, type CorpusItem } from './corpus.ts';

/**
 * Whether an article reports on the country as a whole (a central notice or meeting, a national
 * statistic, a round-up of several provinces) or on one place: the scope issue 12 scores apart.
 */
export type ThemeScope = 'national' | 'local';

/** The scope of a corpus article: national when the locality tagger gives it `000000`. */
export function articleScope(
	row: Pick<CorpusItem, 'title' | 'text' | 'source'>,
	segmenter: Segmenter,
): ThemeScope {
	const paragraphs = row.text
		.split(/\n+/u)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const { region } = tagLocalities(
		{ title: row.title, paragraphs, source: row.source },
		{ segmenter },
	);
	return region === NATIONAL_CODE ? 'national' : 'local';
}

/** The scope of each corpus article in `ids` (lower-case corpus ids), read from the corpus once. */
export async function readScopes(
	corpus: string,
	ids: ReadonlySet<string>,
	segmenter: Segmenter,
): Promise<Map<string, ThemeScope>> {
	const scopes = new Map<string, ThemeScope>();
	for await (const row of readCorpus(corpus)) {
		const id = corpusArticleId(row);
		if (ids.has(id)) scopes.set(id, articleScope(row, segmenter));
	}
	return scopes;
}

/**
 * `line(subset)` for the items of each scope, as printable lines (`  national (n): …`); items whose
 * scope is unknown are left out.
 */
export function scopeLines<T>(
	items: readonly T[],
	scopeOf: (item: T) => ThemeScope | undefined,
	line: (subset: T[]) => string,
	indent = '    ',
): string[] {
	return (['national', 'local'] as const).map((scope) => {
		const subset = items.filter((item) => scopeOf(item) === scope);
		return `${indent}${scope} (${subset.length}): ${line(subset)}`;
	});
}
