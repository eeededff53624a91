import YAML from 'yaml';

/** How article frontmatter is written: YAML 1.1 (as Astro reads it), lines never folded. */
export const FRONTMATTER_YAML_OPTIONS = { lineWidth: 0, version: '1.1' } as const;

// Scalars `yaml` quotes (its `plainString`): an indicator at the start, `: `, ` #`, a trailing
// space or colon. Control characters, line breaks, surrogates and document markers (`---`) take
// other paths in `yaml` and are left to it.
const NEEDS_QUOTES =
	/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const SPECIAL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff]|^(?:---|\.\.\.)/;
// A quoted scalar without quotes or backslashes is its text in double quotes (`"%"`, `"000000"`).
const QUOTE_OR_ESCAPE = /["'\\]/;
const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

// The tags a plain scalar is tested against: a string that reads as a number, boolean, null or
// date in YAML 1.1 (000000, 2024-01-18, yes) must be quoted.
const schema = new YAML.Document(null, FRONTMATTER_YAML_OPTIONS).schema;
const typedTags = [...schema.tags, ...(schema.compat ?? [])].filter(
	(tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test,
);

// Those tags' patterns are anchored and ASCII only (digits, signs, `null`, `yes`, `.inf`, dates):
// a string with any other character (all Han text) is none of them, and is not tested.
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Thrown inside the writer when a value needs `yaml`'s general rules. */
class NeedsLibrary extends Error {}

function scalar(value: unknown): string {
	if (value === null) return 'null';
	if (typeof value === 'boolean') return String(value);
	if (typeof value === 'number') {
		const text = JSON.stringify(value);
		if (Number.isFinite(value) && !Object.is(value, -0) && !text.includes('e')) return text;
		throw new NeedsLibrary();
	}
	if (typeof value !== 'string' || SPECIAL.test(value)) throw new NeedsLibrary();
	const quoted =
		NEEDS_QUOTES.test(value) ||
		(ASCII_ONLY.test(value) && typedTags.some((tag) => tag.test?.test(value)));
	if (!quoted) return value;
	if (QUOTE_OR_ESCAPE.test(value)) throw new NeedsLibrary();
	return `"${value}"`;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.getPrototypeOf(value) === Object.prototype;

/** A value on the rest of its key's line (` 12`, ` []`), or null when it opens a block below. */
function inline(value: unknown): string | null {
	if (Array.isArray(value)) return value.length === 0 ? '[]' : null;
	if (isMap(value)) return Object.values(value).some((v) => v !== undefined) ? null : '{}';
	return scalar(value);
}

function writeMap(map: Record<string, unknown>, indent: string, out: string[]): void {
	for (const [key, value] of Object.entries(map)) {
		if (value === undefined) continue;
		if (!KEY.test(key) || scalar(key) !== key) throw new NeedsLibrary();
		const rest = inline(value);
		if (rest !== null) out.push(`${indent}${key}: ${rest}`);
		else {
			out.push(`${indent}${key}:`);
			writeBlock(value, `${indent}  `, out);
		}
	}
}

function writeBlock(value: unknown, indent: string, out: string[]): void {
	if (isMap(value)) return writeMap(value, indent, out);
	if (!Array.isArray(value)) throw new NeedsLibrary();
	for (const item of value) {
		const rest = item === undefined ? null : inline(item);
		if (rest !== null) out.push(`${indent}- ${rest}`);
		else if (isMap(item)) {
			// A map in a sequence starts on the dash's line: `- text: …`, then its other keys below.
			const lines: string[] = [];
			writeMap(item, `${indent}  `, lines);
			lines[0] = `${indent}- ${lines[0]?.slice(indent.length + 2) ?? ''}`;
			out.push(...lines);
		} else throw new NeedsLibrary();
	}
}

/**
 * `YAML.stringify(frontmatter, FRONTMATTER_YAML_OPTIONS)` of an article's frontmatter (undefined
 * keys dropped), byte for byte. Frontmatter whose strings are all plain (nearly every article: Han
 * text, codes, dates, paths) is written directly, which is many times faster; anything else goes
 * through `yaml` itself.
 */
export function frontmatterToYaml(frontmatter: Record<string, unknown>): string {
	try {
		const out: string[] = [];
		writeMap(frontmatter, '', out);
		return out.length === 0 ? '{}\n' : `${out.join('\n')}\n`;
	} catch (error) {
		if (!(error instanceof NeedsLibrary)) throw error;
		const defined = JSON.parse(JSON.stringify(frontmatter)) as object;
		return YAML.stringify(defined, FRONTMATTER_YAML_OPTIONS);
	}
}
