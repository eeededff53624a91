import { z } from 'astro/zod';
import { Count, Share, Lengths } from './config-numbers.ts';
import { searchConfigReader } from '../config-path.ts';

/** How the embedded index's FTS5 tables are written during a bulk load (`bulk-load.ts`). */
const BulkSchema = z.object({
	/** Documents an upsert needs at least to tune the character table for a bulk load. */
	bulkDocs: Count,
	/** FTS5 pending data before a flush to a new segment during bulk writes, in MiB (`pgsz` default 1). */
	ftsHashMib: Count,
	/** Segments of one level FTS5 merges into one during incremental writes (`automerge`, default 4). */
	ftsAutomerge: Count,
	/** Segments that pile up on one level before FTS5 merges during a bulk load (`crisismerge`). */
	bulkCrisismerge: Count,
	/** `crisismerge` restored when the bulk load ends (FTS5's default 16). */
	ftsCrisismerge: Count,
	/** Share of a collection's rows a bulk load must write to end with FTS5's `optimize`. */
	optimizeShare: Share,
	/** Share of the file's pages left free after an `optimize` from which the load ends with a VACUUM. */
	vacuumFreeShare: Share,
	/** WAL pages before an automatic checkpoint during bulk writes (SQLite's default 1000). */
	bulkWalPages: Count,
	/** SQLite's page cache of a connection during bulk writes, in MiB. */
	cacheMib: Count,
	/** Pages one step of the merge after a smaller bulk load writes at most (FTS5's `merge`). */
	mergePagesPerStep: Count,
});

/** How the threads that cut and encode documents for the index are fed (`index-rows-pool.ts`). */
const EncodersSchema = z.object({
	/** Documents per request to a thread: threads share a batch evenly, a message's cost stays small. */
	docsPerRequest: Count,
	/** Old-generation heap of an encoder thread, in MB. */
	oldGenerationMb: Count,
});

/** Sizes of the index's own writes and reads of rows. */
const RowsSchema = z.object({
	/** Vector rows one statement writes at most; smaller remainders go in halving sizes. */
	vectorWriteBatch: Count,
	/** Documents whose region pairs one read of the facet index takes. */
	facetChunkDocs: Count,
	/** Largest decoded size, in MiB, a stored row's zstd frame header may announce and be trusted with. */
	maxHintedMib: Count,
	/** Output a zstd decoder keeps between frames at most, in MiB. */
	zstdKeptMib: Count,
	/** Free space, in MiB, below which a failed write is put down to a full disk. */
	lowSpaceMib: Count,
	/** Pages one step of the copy of the live index into a new build takes (a page at a time lets readers' commits restart it). */
	copyPagesPerStep: Count,
});

/** `search-config/index-build.json`: the sizes and shares that decide how indexes are built and stored. */
export const IndexBuildSchema = z.object({
	$comment: z.string().optional(),
	bulk: BulkSchema,
	encoders: EncodersSchema,
	rows: RowsSchema,
	/** Documents one batch of an index update embeds and tokenises while the batch before it is written. */
	syncBatchDocs: Count,
	/**
	 * Characters of an article's body after its headline that its vector is computed from; part of
	 * each document's hash, so a change re-embeds every article.
	 */
	vectorLeadChars: Count,
	/**
	 * How a collection's hubs are measured after each index update (`hubness.ts`): up to `probes`
	 * headlines, spread evenly, are asked as queries, and each vector counts how often it lies
	 * among a probe's nearest `share` of the collection.
	 */
	hubness: z.object({ probes: Count, share: Share }),
	/** Length bounds of a unit of the Meilisearch dictionary: shorter ones are words, longer ones sentences. */
	meilisearchDictionary: Lengths,
	/** Shapes of the abbreviations an article states for itself (`abbreviation-pairs.ts`). */
	abbreviations: z.object({
		/** Characters of a short form. */
		short: Lengths,
		/** Characters of an item of a list a quoted formula abbreviates. */
		item: Lengths,
		/** Characters of a full name before its bracket that are looked at. */
		fullMax: Count,
	}),
});
/** The validated `index-build.json`. */
export type IndexBuild = z.output<typeof IndexBuildSchema>;

/** The values of `search-config/index-build.json`, read once per process; modules copy them at load. */
export const readIndexBuild = searchConfigReader(IndexBuildSchema, 'index-build.json');
