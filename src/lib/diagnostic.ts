/**
 * A problem found in an input, reported with its place instead of crashing (as unified's
 * VFileMessage). `fatal` means the item (or the whole file) was rejected; otherwise it is a warning.
 */
export interface Diagnostic {
	/** Path of the input file, as given on the command line. */
	file: string;
	/** What happened and what to do, in one sentence. */
	reason: string;
	/** Stable kebab-case id of the rule, e.g. `unknown-encoding`, `missing-date`. */
	ruleId: string;
	/** 1-based line where it applies, when known. */
	line?: number;
	/** True when the file or item was rejected. */
	fatal: boolean;
}

/** Formats a diagnostic as `file:line: reason [ruleId]` for terminals and logs. */
export function formatDiagnostic(d: Diagnostic): string {
	const place = d.line === undefined ? d.file : `${d.file}:${d.line}`;
	return `${place}: ${d.reason} [${d.ruleId}]`;
}
