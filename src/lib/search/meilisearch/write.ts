import type { Settings } from 'meilisearch';
import { toMeilisearchSynonyms } from '../synonyms.ts';
import type { Collection, SearchBackend } from '../types.ts';
import type { MeiliContext } from './context.ts';
import { dictionaryWords } from './dictionary.ts';
import { isIndexNotFound } from './errors.ts';
import { toStored } from './documents.ts';
import { EMBEDDER, indexSettings, settingsChanges } from './settings.ts';

/** Write-side state of one backend instance: settings applied once, dictionary units pending. */
interface Writer extends Pick<SearchBackend, 'upsert' | 'delete' | 'listIds'> {
	/** Sends the dictionary units gathered by this run's upserts (one settings update, if any is new). */
	flush(): Promise<void>;
}

const dimensionsOf = (settings: Settings | null | undefined) =>
	(settings?.embedders?.[EMBEDDER] as { dimensions?: number } | undefined)?.dimensions;

/** Creates the writer; nothing is sent before the first upsert. */
export function createWriter(ctx: MeiliContext): Writer {
	const applied = new Map<Collection, Promise<void>>();
	const pending = new Map<Collection, Set<string>>();
	const synonyms = toMeilisearchSynonyms(ctx.synonyms);
	const stopWords = [...ctx.stopWords];

	// The configured settings, diffed against the server's: an unchanged index gets no update (an
	// update re-indexes every document). The server's dictionary is kept, never shrunk.
	const apply = async (collection: Collection, dimensions: number | undefined) => {
		const uid = ctx.index(collection).uid;
		let current = await ctx.serverSettings(collection);
		if (current === null) {
			await ctx.call(async () => {
				try {
					await ctx.wait(ctx.client.createIndex(uid, { primaryKey: 'id' }));
				} catch (error) {
					// Another process created it meanwhile.
					if (!(error instanceof Error && /index_already_exists/u.test(error.message))) throw error;
				}
			});
			ctx.forget(collection);
			current = (await ctx.serverSettings(collection)) ?? {};
		}
		const wanted = indexSettings(collection, ctx.config, {
			synonyms,
			stopWords,
			dictionary: current.dictionary ?? [],
			dimensions: dimensions ?? dimensionsOf(current),
		});
		const changes = settingsChanges(wanted, current);
		if (Object.keys(changes).length === 0) return;
		await ctx.wait(ctx.index(collection).updateSettings(changes));
		ctx.forget(collection);
	};

	return {
		async upsert(collection, docs, vectors) {
			const dimensions = vectors?.values().next().value?.length;
			let ready = applied.get(collection);
			const known = dimensionsOf(await ready?.then(() => ctx.serverSettings(collection)));
			if (!ready || (dimensions !== undefined && dimensions !== known)) {
				ready = apply(collection, dimensions);
				ready.catch(() => applied.delete(collection));
				applied.set(collection, ready);
			}
			await ready;
			const words = pending.get(collection) ?? new Set<string>();
			for (const word of dictionaryWords(docs, ctx.segmenter())) words.add(word);
			pending.set(collection, words);
			const size = ctx.config.batchSize;
			const batches: Promise<void>[] = [];
			for (let i = 0; i < docs.length; i += size) {
				const batch = docs.slice(i, i + size).map((d) => toStored(d, vectors?.get(d.id)));
				batches.push(ctx.wait(ctx.index(collection).addDocuments(batch, { primaryKey: 'id' })));
			}
			// Sent together, so the server can index them as one batch; awaited together.
			await Promise.all(batches);
		},

		async delete(collection, ids) {
			if (ids.length === 0) return;
			if ((await ctx.serverSettings(collection)) === null) return;
			await ctx.wait(ctx.index(collection).deleteDocuments(ids));
		},

		async listIds(collection) {
			const out = new Map<string, string>();
			const size = ctx.config.batchSize;
			await ctx.call(async () => {
				try {
					for (let offset = 0; ; offset += size) {
						const page = await ctx
							.index(collection)
							.getDocuments({ fields: ['id', 'hash'], limit: size, offset });
						for (const d of page.results) out.set(String(d.id), String(d.hash ?? ''));
						if (page.results.length < size) break;
					}
				} catch (error) {
					if (!isIndexNotFound(error)) throw error;
				}
			});
			return out;
		},

		async flush() {
			for (const [collection, words] of pending) {
				if (words.size === 0) continue;
				ctx.forget(collection);
				const current = (await ctx.serverSettings(collection))?.dictionary ?? [];
				const union = [...new Set([...current, ...words])];
				if (union.length > current.length)
					await ctx.wait(ctx.index(collection).updateSettings({ dictionary: union.sort() }));
				ctx.forget(collection);
				words.clear();
			}
		},
	};
}
