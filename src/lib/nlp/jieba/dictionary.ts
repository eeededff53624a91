import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { compileJiebaDictionary, writeJiebaDictionary } from './dictionary-compile.ts';
import { jiebaInputs, jiebaInputsKey, type JiebaInputsOptions } from './inputs.ts';

/** One node of cppjieba's trie: a word, a prefix of longer words, or both. */
export interface TrieEntry {
	/** The key is a dictionary word. */
	word: boolean;
	/** Its log-probability (meaningful when `word`). */
	weight: number;
	/** Longer words start with the key. */
	prefix: boolean;
	/** A one-rune word of the user dictionary. */
	single: boolean;
}

/** A compiled jieba dictionary, read on demand: only the entries a text needs are fetched. */
export interface JiebaDictionary {
	/** Weight cppjieba gives a character that is no word (the main dictionary's smallest). */
	minWeight: number;
	/** HMM start log-probabilities of B, E, M, S. */
	startProb: readonly number[];
	/** HMM transition log-probabilities, `transProb[from][to]`. */
	transProb: readonly (readonly number[])[];
	/** Trie entries of those `keys` that are nodes. */
	lookup(keys: readonly string[]): Map<string, TrieEntry>;
	/** Emission log-probabilities [B, E, M, S] of those `chars` the model lists (null: not listed in that state). */
	emissions(chars: readonly string[]): Map<string, (number | null)[]>;
	close(): void;
}

/** Entries kept in memory per dictionary before the cache starts over (a few MB). */
const CACHE_LIMIT = 50_000;

/** File name of the compiled dictionary inside an index's data folder. */
export const DICTIONARY_FILE = 'jieba-dict.sqlite';

/** Opens a compiled dictionary file (see `compileJiebaDictionary`) or database. */
export function openJiebaDictionary(source: string | DatabaseSync): JiebaDictionary {
	const db = typeof source === 'string' ? new DatabaseSync(source, { readOnly: true }) : source;
	const meta = new Map(
		(db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map(
			(r) => [r.key, r.value],
		),
	);
	const hmm = JSON.parse(meta.get('hmm')!) as { start: number[]; trans: number[][] };
	const words = db.prepare(
		'SELECT key, is_word, weight, prefix, single FROM word WHERE key IN (SELECT value FROM json_each(?))',
	);
	const emits = db.prepare(
		'SELECT ch, b, e, m, s FROM emit WHERE ch IN (SELECT value FROM json_each(?))',
	);
	// Entries already read, misses included: a query's words recur in each of its cuts and across queries.
	const entryCache = new Map<string, TrieEntry | null>();
	const emitCache = new Map<string, (number | null)[] | null>();
	return {
		minWeight: Number(meta.get('minWeight')),
		startProb: hmm.start,
		transProb: hmm.trans,
		lookup(keys) {
			const missing = uncached(entryCache, keys);
			if (missing.length > 0) {
				for (const k of missing) entryCache.set(k, null);
				for (const r of words.all(JSON.stringify(missing)) as {
					key: string;
					is_word: number;
					weight: number | null;
					prefix: number;
					single: number;
				}[])
					entryCache.set(r.key, {
						word: r.is_word === 1,
						weight: r.weight ?? Number.NaN,
						prefix: r.prefix === 1,
						single: r.single === 1,
					});
			}
			const out = new Map<string, TrieEntry>();
			for (const k of keys) {
				const entry = entryCache.get(k);
				if (entry) out.set(k, entry);
			}
			return out;
		},
		emissions(chars) {
			const missing = uncached(emitCache, chars);
			if (missing.length > 0) {
				for (const c of missing) emitCache.set(c, null);
				for (const r of emits.all(JSON.stringify(missing)) as {
					ch: string;
					b: number | null;
					e: number | null;
					m: number | null;
					s: number | null;
				}[])
					emitCache.set(r.ch, [r.b, r.e, r.m, r.s]);
			}
			const out = new Map<string, (number | null)[]>();
			for (const c of chars) {
				const probs = emitCache.get(c);
				if (probs) out.set(c, probs);
			}
			return out;
		},
		close: () => db.close(),
	};
}

/** The keys `cache` lacks; all of them when the cache is emptied to make room. */
function uncached(cache: Map<string, unknown>, keys: readonly string[]): string[] {
	const missing = keys.filter((k) => !cache.has(k));
	if (missing.length === 0 || cache.size + missing.length <= CACHE_LIMIT) return missing;
	cache.clear();
	return [...new Set(keys)];
}

/** Options of `loadJiebaDictionary`. */
export interface LoadJiebaDictionaryOptions extends JiebaInputsOptions {
	/** Folder of the compiled file (the index's data folder); without it the dictionary is compiled into memory. */
	dir?: string;
}

/**
 * The compiled dictionary of the project's jieba (same main dictionary, HMM model and user
 * dictionary as `createJiebaSegmenter`): `<dir>/jieba-dict.sqlite` when it was compiled from the
 * current inputs, else compiled there first (about two seconds, once). A folder that cannot be
 * written gets an in-memory compile.
 */
export function loadJiebaDictionary(options: LoadJiebaDictionaryOptions = {}): JiebaDictionary {
	const inputs = jiebaInputs(options);
	const key = jiebaInputsKey(inputs);
	if (options.dir) {
		const file = join(options.dir, DICTIONARY_FILE);
		if (existsSync(file) && compiledKey(file) === key) return openJiebaDictionary(file);
		mkdirSync(options.dir, { recursive: true });
		if (writable(options.dir)) {
			compileJiebaDictionary(file, inputs, key);
			return openJiebaDictionary(file);
		}
	}
	const db = new DatabaseSync(':memory:');
	writeJiebaDictionary(db, inputs, key);
	return openJiebaDictionary(db);
}

function writable(dir: string): boolean {
	try {
		accessSync(dir, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

// The inputs key the file was compiled from; undefined for a file that is not a compiled dictionary.
function compiledKey(file: string): string | undefined {
	const db = new DatabaseSync(file, { readOnly: true });
	try {
		return (
			db.prepare("SELECT value FROM meta WHERE key = 'inputs'").get() as
				{ value: string } | undefined
		)?.value;
	} catch {
		return undefined;
	} finally {
		db.close();
	}
}
