// A line classifier that asks "does any of these patterns match?" calls `test` once per pattern and
// per line; the cleaner asked it of some twenty anchored patterns for every line, twice. One
// alternation of them gives the same answer in one call: a pattern matches somewhere exactly when
// its branch of the alternation does.

/** Flags under which `test` has state (`lastIndex`): such a pattern is never joined. */
const STATEFUL = /[gy]/;
/** A back-reference or a named group: their numbers and names would clash once joined. */
const NUMBERED = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/**
 * A test that is true exactly when some pattern of `patterns` matches `text`, as
 * `patterns.some((p) => p.test(text))` is: the patterns with the same flags joined into one
 * alternation, those with a global or sticky flag or a back-reference kept apart.
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
	const byFlags = new Map<string, string[]>();
	const apart: RegExp[] = [];
	for (const p of patterns) {
		if (STATEFUL.test(p.flags) || NUMBERED.test(p.source)) {
			apart.push(p);
			continue;
		}
		const sources = byFlags.get(p.flags) ?? [];
		sources.push(`(?:${p.source})`);
		byFlags.set(p.flags, sources);
	}
	const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
	const all = [...joined, ...apart];
	if (all.length === 1) {
		const only = all[0]!;
		return (text) => only.test(text);
	}
	return (text) => all.some((p) => p.test(text));
}
