import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { searchConfigPath } from '../../config-path.ts';
import { allDivisions } from '../../geo/gazetteer.ts';
import { buildUserDictionary } from './user-dictionary.ts';

/** Everything that decides how the project's jieba cuts text. */
export interface JiebaInputs {
	/** cppjieba's main dictionary (`word freq tag` per line). */
	mainDictPath: string;
	/** cppjieba's HMM model (start, transition and emission log-probabilities). */
	hmmModelPath: string;
	/** Text of the user dictionary: gazetteer names plus the policy vocabulary. */
	userDict: string;
}

/** Options of `jiebaInputs`. */
export interface JiebaInputsOptions {
	/** Policy vocabulary in jieba user-dictionary format; default `search-config/jieba-user-dict.utf8`. */
	vocabularyPath?: string;
}

/** Bump when the compiled dictionary's layout or the port's reading of the inputs changes. */
const FORMAT_VERSION = 'jieba-dict/1';

/**
 * Path of a file of the dictionaries bundled with nodejieba (`jieba.dict.utf8`, `hmm_model.utf8`):
 * the one place that knows where nodejieba keeps them.
 */
export function nodejiebaDictFile(name: string): string {
	const packageDir = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
	return join(packageDir, 'submodules/cppjieba/dict', name);
}

/** The dictionaries nodejieba is loaded with: its bundled main dictionary and HMM model, and our user dictionary. */
export function jiebaInputs(options: JiebaInputsOptions = {}): JiebaInputs {
	const vocabulary = readFileSync(
		options.vocabularyPath ?? searchConfigPath('jieba-user-dict.utf8'),
		'utf8',
	);
	return {
		mainDictPath: nodejiebaDictFile('jieba.dict.utf8'),
		hmmModelPath: nodejiebaDictFile('hmm_model.utf8'),
		userDict: buildUserDictionary(allDivisions(), vocabulary),
	};
}

/** Hash of the inputs' contents: equal keys mean identical segmentation. */
export function jiebaInputsKey(inputs: JiebaInputs): string {
	return createHash('sha256')
		.update(FORMAT_VERSION)
		.update(readFileSync(inputs.mainDictPath))
		.update('\0')
		.update(readFileSync(inputs.hmmModelPath))
		.update('\0')
		.update(inputs.userDict)
		.digest('hex');
}
