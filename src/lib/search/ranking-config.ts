import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { searchConfigPath, searchConfigReader } from '../config-path.ts';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { FusionConfigSchema } from './fusion-config.ts';
import { QueryLimitsSchema } from './query-limits.ts';
import { Depth, Weight } from './ranking-numbers.ts';
import { StoreConfigSchema } from './store-config.ts';

/** Weights of the title, measures and body fields, in that order. */
const FieldWeights = z.tuple([Weight, Weight, Weight]);

/** Relevance settings of the embedded engine (`search-config/ranking.json`). */
const RankingConfigSchema = z.object({
	/** BM25F field weights (title, measures, body) per collection. */
	fieldWeights: z.object({ articles: FieldWeights, measures: FieldWeights }),
	/** BM25 term-frequency saturation. */
	k1: z.number().positive(),
	/** BM25 length normalisation (0: none, 1: full). */
	b: z.number().min(0).max(1),
	/**
	 * Query terms up to this many characters may be text copied from an article, cut anywhere:
	 * all their bigrams count; a longer term (a sentence) counts only bigrams inside its words.
	 */
	copiedRunChars: z.number().int().nonnegative(),
	/**
	 * Words a question or request adds without naming its subject (如何, 怎样, 哪些): dropped from
	 * a query's words, so a descriptive query ranks by what it is about. Query-time only.
	 */
	queryStopWords: z.array(z.string().min(1)),
	/**
	 * Request phrasing around a query's subject, by class: openings that ask (请问, 我想找, 有没有,
	 * 帮我查一下) and closings that name the kind of text or end a question (的报道, 吗, ？).
	 * Stripped before planning where jieba's cut has a word boundary (`query-fillers.ts`).
	 */
	queryFillers: z.object({
		leading: z.array(z.string().min(1)),
		trailing: z.array(z.string().min(1)),
	}),
	/** Weight of a query bigram against a query word (1) in BM25F and coverage. */
	bigramWeight: Weight,
	/** Score × coverage^this, coverage being the IDF-weighted share of query units matched. */
	coverageExponent: Weight,
	/** Coverage a document matching only some query units needs to be a result. */
	minCoverage: z.number().min(0).max(1),
	/** Score × (1 + this) when every query chunk occurs verbatim in the headline. */
	titleExactBoost: Weight,
	/** Score × (1 + this) when every query chunk occurs verbatim somewhere in the text. */
	exactBoost: Weight,
	/** Score × (1 + this × closeness), closeness 1 when the query's words stand side by side. */
	proximityBoost: Weight,
	/** Score × this, under a region filter, for an item whose primary region lies inside it. */
	regionBoost: z.number().positive(),
	/**
	 * Score × (1 + boost × the IDF-weighted share of the query in the headline and the first
	 * `chars` characters of the body): a news item states its subject first (`lead-evidence.ts`).
	 */
	lead: z.object({ chars: z.number().int().nonnegative(), boost: Weight }),
	/**
	 * A finer order inside a quoted phrase's tiers, when `fine`: exact uses in the headline, the
	 * first `chars` characters or `uses` times; then near variants whose parts open the text; then
	 * exact uses in passing; then variants in passing (`phraseProminent`).
	 */
	phraseOrder: z.object({
		fine: z.boolean(),
		chars: z.number().int().nonnegative(),
		uses: z.number().int().positive(),
	}),
	/** How many candidates each stage may take, so no query's cost grows with the corpus. */
	candidates: z.object({
		/** Documents matching only some query units that join the result set, best first. */
		partial: Depth,
		/** Best candidates (by FTS5 BM25) rescored on their text. */
		rerank: Depth,
		/** Characters of a candidate's body the rescoring reads. */
		bodyChars: Depth,
		/**
		 * Postings (documents per unit, summed) the partial stage may read: the rarest units fetch
		 * partial matches within it (at least one), so a common unit cannot make a query slow.
		 */
		maxPostings: Depth,
		/**
		 * Documents holding the query's short chunks verbatim (by the rarest chunk's estimated
		 * document frequency) that are still all read and ordered by FTS5's BM25 over the chunks'
		 * own occurrences, the best `rerank` joining the rescored pool (about 1 µs each); above it,
		 * only whether each pooled candidate holds them is looked up.
		 */
		verbatimPostings: Depth,
		/** Characters a near variant of a quoted phrase may insert between its parts. */
		phraseWindow: z.number().int().nonnegative(),
	}),
	/** How much of a query, a document or the index one search reads (`query-limits.ts`). */
	limits: QueryLimitsSchema,
	/**
	 * How a searching process reads the index file: SQLite's page cache and its memory map, in MB
	 * (0: none). Queries reread the same postings and stored documents, so a larger cache saves
	 * most of their reads; the map is capped by SQLite's build (2 GB).
	 */
	io: z.object({
		pageCacheMb: z.number().int().nonnegative(),
		mmapMb: z.number().int().nonnegative(),
		/**
		 * Searches a long-running reader (the site) asks at open, taken from the index's own
		 * documents (`embedded-warm.ts`), after reading the small tables into the page cache: its
		 * first users then meet compiled code and a warm cache (0: no searches).
		 */
		warmupSearches: z.number().int().nonnegative(),
		/**
		 * Largest semi-space of V8's young generation, in MB, of a process that serves searches
		 * (`--max-semi-space-size`, given when the site starts): Node's own default let the heap
		 * keep about 150 MB of committed young space for 20 MB of live objects.
		 * @see https://nodejs.org/api/cli.html#--max-semi-space-sizesize-in-mib
		 */
		semiSpaceMb: z.number().int().positive(),
		/**
		 * Scores with `bm25_counts` (`native/fts5-bm25-counts.c`, built on first use): FTS5's
		 * `bm25()` to the bit, with each phrase's document count kept per index version instead of
		 * counted in every statement. Without a C compiler or `sqlite3ext.h`, or off, `bm25()`.
		 */
		nativeBm25: z.boolean(),
	}),
	store: StoreConfigSchema,
	/** Fusion of the lexical ranking with the query vector's neighbours (reciprocal ranks). */
	fusion: FusionConfigSchema,
});
export type RankingConfig = z.output<typeof RankingConfigSchema>;

/** Reads and validates `ranking.json`; a bad file throws naming the file and each bad field. */
export function loadRankingConfig(file = searchConfigPath('ranking.json')): RankingConfig {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new TypeError(`\`${file}\` could not be read as JSON: ${(error as Error).message}`, {
			cause: error,
		});
	}
	return parseWithFriendlyErrors(RankingConfigSchema, data, file);
}

/** `ranking.json`'s values, read once per process, for modules that copy them at load. */
export const readRankingConfig = searchConfigReader(RankingConfigSchema, 'ranking.json');
