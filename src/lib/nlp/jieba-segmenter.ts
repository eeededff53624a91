import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allDivisions } from '../geo/gazetteer.ts';
import { SegmenterUnavailableError } from '../errors.ts';
import { mergeNumberTokens } from './merge-number-tokens.ts';
import type { Segmenter } from './segmenter.ts';
import { searchConfigPath } from '../config-path.ts';
import { buildUserDictionary } from './user-dictionary.ts';

/** Options of the process-wide jieba segmenter; only the first call's options take effect. */
export interface JiebaSegmenterOptions {
	/** Policy vocabulary in jieba user-dictionary format; default `search-config/jieba-user-dict.utf8`. */
	vocabularyPath?: string;
}

interface NodeJieba {
	load(options: { userDict: string }): void;
	cut(text: string, hmm?: boolean): string[];
	cutForSearch(text: string, hmm?: boolean): string[];
}

// nodejieba keeps one dictionary per process, so the segmenter is a process-wide singleton.
let instance: Segmenter | undefined;

/** Translates a failure to load nodejieba (missing binding, bad dictionary) into `SegmenterUnavailableError`. */
export function toSegmenterError(error: unknown): SegmenterUnavailableError {
	const code = (error as { code?: unknown } | null)?.code;
	const detail =
		code === 'BINDING_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED'
			? `the native binding of nodejieba is missing or does not fit Node ${process.version} (${String(code)})`
			: `nodejieba failed while loading its dictionaries (${error instanceof Error ? error.message : String(error)})`;
	return new SegmenterUnavailableError(detail, { cause: error });
}

function loadNodeJieba(userDict: string): NodeJieba {
	try {
		const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
		jieba.load({ userDict });
		return jieba;
	} catch (error) {
		throw toSegmenterError(error);
	}
}

function dropSpaces(tokens: string[]): string[] {
	return tokens.filter((t) => t.trim() !== '');
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
	const vocabulary = readFileSync(
		options.vocabularyPath ?? searchConfigPath('jieba-user-dict.utf8'),
		'utf8',
	);
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-jieba-'));
	const userDict = join(dir, 'user.dict.utf8');
	let jieba: NodeJieba;
	try {
		writeFileSync(userDict, buildUserDictionary(allDivisions(), vocabulary));
		jieba = loadNodeJieba(userDict);
	} finally {
		// nodejieba reads the file while loading; nothing needs it afterwards.
		rmSync(dir, { recursive: true, force: true });
	}
	instance = {
		cut: (text) => mergeNumberTokens(dropSpaces(jieba.cut(text, true))),
		cutForSearch: (text) => mergeNumberTokens(dropSpaces(jieba.cutForSearch(text, true))),
	};
	return instance;
}
