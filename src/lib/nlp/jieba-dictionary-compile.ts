import { readFileSync, renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { JiebaInputs } from './jieba-inputs.ts';

/** cppjieba's MAX_WORD_LENGTH: longer dictionary words are never matched. */
export const MAX_WORD_RUNES = 512;

interface TrieValue {
	/** A DictUnit sits on this node (the key is a word). */
	word: boolean;
	/** log-probability; NaN where cppjieba's would be (a negative user frequency). */
	weight: number;
	/** Some longer word starts with this key (the trie node has children). */
	prefix: boolean;
	/** A one-rune word of the user dictionary (MixSegment keeps it out of the HMM). */
	single: boolean;
}

/** Schema of a compiled dictionary; `word` holds every trie node (words and their prefixes). */
export const DICTIONARY_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE word (key TEXT PRIMARY KEY, is_word INTEGER NOT NULL, weight REAL, prefix INTEGER NOT NULL, single INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE emit (ch TEXT PRIMARY KEY, b REAL, e REAL, m REAL, s REAL) WITHOUT ROWID;
`;

// limonp::Split: pieces between single separators; a trailing separator adds no empty piece.
function split(line: string, separator: string): string[] {
	const out: string[] = [];
	for (let start = 0; start < line.length;) {
		const end = line.indexOf(separator, start);
		if (end === -1) {
			out.push(line.slice(start));
			break;
		}
		out.push(line.slice(start, end));
		start = end + 1;
	}
	return out;
}

// C's atoi: leading whitespace, an optional sign, then digits; anything else gives 0.
function atoi(text: string): number {
	const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
	return m ? Number.parseInt(m[1]!, 10) : 0;
}

// C's atof for the decimal numbers these files hold.
function atof(text: string): number {
	const value = Number.parseFloat(text.trimStart());
	return Number.isNaN(value) ? 0 : value;
}

// std::getline over a whole file: no extra empty line after a final newline.
function lines(text: string): string[] {
	const all = text.split('\n');
	if (all.at(-1) === '') all.pop();
	return all;
}

/** The trie cppjieba's DictTrie builds from the inputs, as key → node value. */
function buildTrie(inputs: JiebaInputs): { trie: Map<string, TrieValue>; minWeight: number } {
	const main = lines(readFileSync(inputs.mainDictPath, 'utf8')).map((line) => {
		const [word = '', freq = '0'] = split(line, ' ');
		return { word, weight: atof(freq) };
	});
	let sum = 0;
	for (const unit of main) sum += unit.weight;
	for (const unit of main) unit.weight = Math.log(unit.weight / sum);
	const sorted = main.map((u) => u.weight).sort((a, b) => a - b);
	const minWeight = sorted[0]!;
	// DictTrie's default option WordWeightMedian: user words without a frequency get the median.
	const defaultWeight = sorted[Math.floor(sorted.length / 2)]!;
	const units = [...main];
	const singles = new Set<string>();
	for (const line of lines(inputs.userDict.toWellFormed())) {
		if (line.length === 0) continue;
		const buf = split(line, ' ');
		let unit: { word: string; weight: number } | undefined;
		if (buf.length === 1 || buf.length === 2) unit = { word: buf[0]!, weight: defaultWeight };
		else if (buf.length === 3) unit = { word: buf[0]!, weight: Math.log(atoi(buf[1]!) / sum) };
		if (!unit) continue;
		units.push(unit);
		if ([...unit.word].length === 1) singles.add(unit.word);
	}
	const trie = new Map<string, TrieValue>();
	const node = (key: string): TrieValue => {
		let value = trie.get(key);
		if (!value) {
			value = { word: false, weight: 0, prefix: false, single: false };
			trie.set(key, value);
		}
		return value;
	};
	// Later entries replace earlier ones on the same node, as Trie::InsertNode does.
	for (const unit of units) {
		if (unit.word === '') continue;
		const value = node(unit.word);
		value.word = true;
		value.weight = unit.weight;
		const runes = [...unit.word];
		let key = '';
		for (const rune of runes.slice(0, -1)) node((key += rune)).prefix = true;
	}
	for (const ch of singles) node(ch).single = true;
	return { trie, minWeight };
}

/** cppjieba's HMMModel: start and transition log-probabilities and four emission maps (B, E, M, S). */
function readHmmModel(path: string) {
	const useful = lines(readFileSync(path, 'utf8'))
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('#'));
	const row = (line: string | undefined) => split(line ?? '', ' ').map(atof);
	const start = row(useful[0]);
	const trans = [1, 2, 3, 4].map((i) => row(useful[i]));
	const emit = new Map<string, (number | null)[]>();
	for (let state = 0; state < 4; state++) {
		for (const pair of split(useful[5 + state] ?? '', ',')) {
			const [ch, prob] = split(pair, ':');
			if (ch === undefined || prob === undefined || [...ch].length !== 1) continue;
			let probs = emit.get(ch);
			if (!probs) emit.set(ch, (probs = [null, null, null, null]));
			probs[state] = atof(prob);
		}
	}
	return { start, trans, emit };
}

/** Writes the compiled dictionary of `inputs` into the empty database `db`, tagged with `key`. */
export function writeJiebaDictionary(db: DatabaseSync, inputs: JiebaInputs, key: string): void {
	const { trie, minWeight } = buildTrie(inputs);
	const hmm = readHmmModel(inputs.hmmModelPath);
	db.exec(DICTIONARY_SCHEMA);
	db.exec('BEGIN');
	const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
	meta.run('inputs', key);
	meta.run('minWeight', String(minWeight));
	meta.run('hmm', JSON.stringify({ start: hmm.start, trans: hmm.trans }));
	const insert = db.prepare(
		'INSERT INTO word (key, is_word, weight, prefix, single) VALUES (?, ?, ?, ?, ?)',
	);
	for (const k of [...trie.keys()].sort()) {
		const v = trie.get(k)!;
		insert.run(
			k,
			v.word ? 1 : 0,
			v.word && !Number.isNaN(v.weight) ? v.weight : null,
			v.prefix ? 1 : 0,
			v.single ? 1 : 0,
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
