function isDigit(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
const NUMBER_PART = /^[0-9０-９.．%％]+$/;
const NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$/;
const DANGLING = /^[0-9０-９]+[.．]$/;

/** Cheap guard before `DANGLING`: the token starts with a digit and ends with a decimal point. */
function maybeDangling(t: string): boolean {
	const end = t.charCodeAt(t.length - 1);
	return (end === 0x2e || end === 0xff0e) && isDigit(t.charCodeAt(0)) && DANGLING.test(t);
}

/**
 * Joins the pieces jieba leaves of a number (`5`,`9`,`1` → `591`; `99`,`.`,`3`,`%` → `99.3%`):
 * digit runs, one decimal point between digits and a trailing percent sign become one token.
 * Other tokens pass through unchanged, so the concatenation of the output equals that of the input.
 */
export function mergeNumberTokens(tokens: readonly string[]): string[] {
	const out: string[] = [];
	for (const token of tokens) {
		const last = out.at(-1);
		if (last !== undefined && isDigit(last.charCodeAt(0)) && NUMBER_PART.test(token)) {
			const joined = last + token;
			// Accept a prefix of a valid number (`5.` waits for its `8`), reject `5%3` or `1.2.3`.
			if (NUMBER.test(joined) || DANGLING.test(joined)) {
				out[out.length - 1] = joined;
				continue;
			}
		}
		out.push(token);
	}
	// A dangling decimal point (`2023.`) is a full stop: give it back as its own token.
	if (!out.some(maybeDangling)) return out;
	return out.flatMap((t) => (maybeDangling(t) ? [t.slice(0, -1), t.slice(-1)] : [t]));
}
