import { renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { readHmmModel } from './hmm-model.ts';
import type { JiebaInputs } from './inputs.ts';
import { buildJiebaTrie, NODE_PREFIX, NODE_SINGLE, NODE_WORD } from './trie-build.ts';

/** cppjieba's MAX_WORD_LENGTH: longer dictionary words are never matched. */
export const MAX_WORD_RUNES = 512;

/** Schema of a compiled dictionary; `word` holds every trie node (words and their prefixes). */
const DICTIONARY_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE word (key TEXT PRIMARY KEY, is_word INTEGER NOT NULL, weight REAL, prefix INTEGER NOT NULL, single INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE emit (ch TEXT PRIMARY KEY, b REAL, e REAL, m REAL, s REAL) WITHOUT ROWID;
`;

/** Writes the compiled dictionary of `inputs` into the empty database `db`, tagged with `key`. */
export function writeJiebaDictionary(db: DatabaseSync, inputs: JiebaInputs, key: string): void {
	const trie = buildJiebaTrie(inputs);
	const hmm = readHmmModel(inputs.hmmModelPath);
	db.exec(DICTIONARY_SCHEMA);
	db.exec('BEGIN');
	const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
	meta.run('inputs', key);
	meta.run('minWeight', String(trie.minWeight));
	meta.run('hmm', JSON.stringify({ start: hmm.start, trans: hmm.trans }));
	const insert = db.prepare(
		'INSERT INTO word (key, is_word, weight, prefix, single) VALUES (?, ?, ?, ?, ?)',
	);
	// Keys in order fill the B-tree page by page.
	for (const k of [...trie.nodes.keys()].sort()) {
		const id = trie.nodes.get(k)!;
		const flags = trie.flags[id]!;
		const weight = trie.weights[id]!;
		insert.run(
			k,
			flags & NODE_WORD ? 1 : 0,
			flags & NODE_WORD && !Number.isNaN(weight) ? weight : null,
			flags & NODE_PREFIX ? 1 : 0,
			flags & NODE_SINGLE ? 1 : 0,
		);
	}
	const emit = db.prepare('INSERT INTO emit (ch, b, e, m, s) VALUES (?, ?, ?, ?, ?)');
	for (const ch of [...hmm.emit.keys()].sort()) emit.run(ch, ...hmm.emit.get(ch)!);
	db.exec('COMMIT');
}

/** Compiles the dictionary of `inputs` into `file`, atomically (a temporary file renamed into place). */
export function compileJiebaDictionary(file: string, inputs: JiebaInputs, key: string): void {
	const tmp = `${file}.${process.pid}.tmp`;
	rmSync(tmp, { force: true });
	try {
		const db = new DatabaseSync(tmp);
		try {
			db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF');
			writeJiebaDictionary(db, inputs, key);
		} finally {
			db.close();
		}
		renameSync(tmp, file);
	} finally {
		rmSync(tmp, { force: true });
	}
}
