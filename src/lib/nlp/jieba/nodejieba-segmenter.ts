import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SegmenterUnavailableError } from '../../errors.ts';
import { jiebaInputs, type JiebaInputs } from './inputs.ts';
import { finishJiebaWords } from './finish-words.ts';
import type { Segmenter } from './segmenter.ts';

/** Options of the process-wide jieba segmenter; only the first call's options take effect. */
export interface JiebaSegmenterOptions {
	/** Policy vocabulary in jieba user-dictionary format; default `search-config/jieba-user-dict.utf8`. */
	vocabularyPath?: string;
}

interface NodeJieba {
	load(options: {
		dict: string;
		hmmDict: string;
		userDict: string;
		idfDict: string;
		stopWordDict: string;
	}): void;
	cut(text: string, hmm?: boolean): string[];
	cutForSearch(text: string, hmm?: boolean): string[];
}

// nodejieba keeps one dictionary per process, so the segmenter is a process-wide singleton.
let instance: Segmenter | undefined;
let loaded: NodeJieba | undefined;

/** Translates a failure to load nodejieba (missing binding, bad dictionary) into `SegmenterUnavailableError`. */
export function toSegmenterError(error: unknown): SegmenterUnavailableError {
	const code = (error as { code?: unknown } | null)?.code;
	const detail =
		code === 'BINDING_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED'
			? `the native binding of nodejieba is missing or does not fit Node ${process.version} (${String(code)})`
			: `nodejieba failed while loading its dictionaries (${error instanceof Error ? error.message : String(error)})`;
	return new SegmenterUnavailableError(detail, { cause: error });
}

function loadNodeJieba(inputs: JiebaInputs, dir: string): NodeJieba {
	const userDict = join(dir, 'user.dict.utf8');
	writeFileSync(userDict, inputs.userDict);
	// The keyword extractors are never used: one-line idf and stop-word files (cppjieba rejects
	// empty ones) spare the load of their 6 MB tables, about 130 ms.
	const idfDict = join(dir, 'idf.utf8');
	writeFileSync(idfDict, '的 1.0\n');
	const stopWordDict = join(dir, 'stop-words.utf8');
	writeFileSync(stopWordDict, '的\n');
	try {
		const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
		jieba.load({
			dict: inputs.mainDictPath,
			hmmDict: inputs.hmmModelPath,
			userDict,
			idfDict,
			stopWordDict,
		});
		return jieba;
	} catch (error) {
		throw toSegmenterError(error);
	}
}

/**
 * The project's segmenter: nodejieba with a user dictionary built at run time from every
 * gazetteer division name and short form plus the policy vocabulary, so place names and policy
 * terms are never cut in half, and with numbers (591, 5.8, 99.3%) kept whole. Loaded once per
 * process (about a second); later calls return the same instance. Deterministic.
 * @throws {SegmenterUnavailableError} when nodejieba's native binding cannot be loaded.
 */
export function createJiebaSegmenter(options: JiebaSegmenterOptions = {}): Segmenter {
	if (instance) return instance;
	const inputs = jiebaInputs(options);
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-jieba-'));
	let jieba: NodeJieba;
	try {
		jieba = loadNodeJieba(inputs, dir);
	} finally {
		// nodejieba reads the files while loading; nothing needs them afterwards.
		rmSync(dir, { recursive: true, force: true });
	}
	loaded = jieba;
	instance = {
		cut: (text) => finishJiebaWords(jieba.cut(text, true)),
		cutForSearch: (text) => finishJiebaWords(jieba.cutForSearch(text, true)),
	};
	return instance;
}

/**
 * nodejieba's own precise cut (HMM on) over the project's dictionaries, with nothing after it:
 * the baseline `npm run bench:ingest` compares the pipeline with. Loads the segmenter when needed.
 */
export function rawJiebaCut(options: JiebaSegmenterOptions = {}): (text: string) => string[] {
	createJiebaSegmenter(options);
	const jieba = loaded;
	if (jieba === undefined) throw new TypeError('the jieba segmenter did not keep its dictionary');
	return (text) => jieba.cut(text, true);
}
