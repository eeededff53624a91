import { z } from 'astro/zod';
import { Depth, Weight } from './ranking-numbers.ts';

/** Fusion of the lexical ranking with the query vector's neighbours (reciprocal ranks). */
export const FusionConfigSchema = z.object({
	/** The RRF constant. */
	k: z.number().positive(),
	lexicalWeight: Weight,
	semanticWeight: Weight,
	/**
	 * Weight of the cosine order inside a quoted phrase's tiers (exact, near variant, rest),
	 * where vectors only reorder: a slogan's meaning is less sure than its words.
	 */
	phraseSemanticWeight: Weight,
	/** Lexical hits taken into the fusion. */
	lexicalDepth: Depth,
	/** Vector neighbours taken into the fusion. */
	neighbours: Depth,
	/** Cosine a neighbour needs to join the results. */
	minSimilarity: z.number().min(-1).max(1),
	/**
	 * Rows a whole-collection vector scan scores exactly, picked by their sign bits' Hamming
	 * distance to the query's (0: score every row).
	 */
	vectorShortlist: z.number().int().nonnegative(),
	/**
	 * Nearest vectors over the whole collection that join the results (cosine ≥
	 * poolMinSimilarity) where they pass the filters; the first `neighbours` of those are fused
	 * by rank and the rest follow. A filter thus still finds neighbours of its own, and as the
	 * pool never depends on the filter, a filter only removes results.
	 */
	neighbourPool: Depth,
	/**
	 * Cosine a pool member needs to join the results; under a filter, which leaves fewer near
	 * neighbours, also the cosine a member needs to be fused.
	 */
	poolMinSimilarity: z.number().min(-1).max(1),
	/**
	 * When no text holds every word of a short query (each chunk at most `copiedRunChars`), a
	 * lexical hit's reciprocal rank counts times its coverage (the IDF-weighted share of the
	 * query's units it matches) to this power: the query is worded otherwise than the texts,
	 * and one holding 月亮 alone of 月亮上取土 is weak evidence against the vectors' nearest
	 * (0: every lexical hit counts alike).
	 */
	lexicalCoverageExponent: z.number().nonnegative(),
	/**
	 * Under a region or theme filter, the lexical ranking's weight is scaled by the IDF of the
	 * query's words inside the filtered set (BM25's, from the documents holding every word) over
	 * this, at most 1: words held by most of a region's articles (疫情防控 in 湖北) rank them by
	 * frequency, while the vectors still tell a report on the subject from a passing mention
	 * (0: off; `filter-idf.ts`).
	 */
	filterIdfScale: z.number().nonnegative(),
	/**
	 * How the lexical head and the neighbours are fused: `rank`, weighted reciprocal rank
	 * (`k`, `lexicalWeight`, `semanticWeight`); `score`, a convex combination of the rescored
	 * score and the cosine, each normalised per query (`scores`).
	 */
	combine: z.enum(['rank', 'score']),
	/** Score fusion (`combine: score`, `score-fusion.ts`). */
	scores: z.object({
		/** Share of the lexical score (divided by the query's best), 0–1; the cosine has the rest. */
		lexicalShare: z.number().min(0).max(1),
		/**
		 * Cosine that counts 0 (the best candidate's counts 1): `list`, the lowest of the
		 * candidates fused; `pool`, the lowest of the nearest-neighbour pool; or that number.
		 */
		cosineFloor: z.union([z.enum(['list', 'pool']), z.number().min(-1).max(1)]),
		/**
		 * Scores are fused only when at least this many of the lexical first 10 hold every
		 * query word (the query is worded as the texts are); otherwise ranks are (0: always).
		 */
		minFullHits: z.number().int().min(0).max(10),
	}),
	/**
	 * Pseudo-relevance feedback in embedding space (Rocchio, `vector-feedback.ts`) for the same
	 * queries (short, no text holding every word): the query vector moves toward the mean
	 * vector of its first `docs` fused neighbours (`q + weight × mean`, renormalised), and the
	 * moved vector's neighbours are fused beside the query's own at `semanticWeight`, when at
	 * least `minDocs` neighbours pass the floor. Such a
	 * query's nearest texts state its subject in their own words, and their neighbours are
	 * further answers the query's wording does not reach (0 `docs`: off).
	 */
	feedback: z.object({
		docs: z.number().int().nonnegative(),
		weight: Weight,
		semanticWeight: Weight,
		/**
		 * Neighbours that must pass the floor for the query to move at all: one text's topic is
		 * one reading of the query, and a query drawn toward a wrong one loses the answers it had.
		 */
		minDocs: z.number().int().positive(),
	}),
	/**
	 * Hubness reduction (`hubness.ts`): a text's cosine with the query is lowered by `weight` ×
	 * ln(1 + `scale` × its hubness), where hubness is how often it lies among the nearest texts of
	 * the collection's own headlines asked as queries, over the average (measured at index time).
	 * A hub sits near every short query, whatever it asks, and crowds the neighbours of a
	 * paraphrase (0 `weight`: off).
	 */
	hubness: z.object({ weight: z.number().nonnegative(), scale: z.number().positive() }),
});
