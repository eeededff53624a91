import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../diagnostic.ts';
import { hanAtLeast, hanCount } from './patterns.ts';
import type { SourceFormat } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

const {
	declarationChars: DECLARATION_CHARS,
	tagChars: TAG_CHARS,
	minTags: MIN_TAGS,
	minGbConfidence: MIN_GB_CONFIDENCE,
} = readIngestArticles().sniffing;

/** Default size limit of one input: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The result of decoding one input file. */
export type DecodeResult =
	| { ok: true; text: string; encoding: string; format: SourceFormat }
	| { ok: false; diagnostic: Diagnostic };

const GB_NAMES = new Set(['GB18030', 'GBK', 'GB2312', 'GB_2312-80', 'EUC-CN']);

function reject(
	file: string,
	ruleId: string,
	reason: string,
	line?: number,
): { ok: false; diagnostic: Diagnostic } {
	const diagnostic: Diagnostic = { file, reason, ruleId, fatal: true };
	if (line !== undefined) diagnostic.line = line;
	return { ok: false, diagnostic };
}

/** Format from the file extension; `.txt` (or no known extension) is sniffed for HTML. */
export function detectFormat(path: string, text: string): SourceFormat {
	const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
	if (ext === 'md' || ext === 'markdown') return 'md';
	if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
	const head = text.slice(0, DECLARATION_CHARS).trimStart().toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
	const tags = text.slice(0, TAG_CHARS).match(/<\/?(p|div|br|span|h[1-6]|body|table|td)\b[^>]*>/gi);
	return tags !== null && tags.length >= MIN_TAGS ? 'html' : 'txt';
}

function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/** Share of control characters (other than tab, newline, carriage return, form feed) in a sample. */
function controlShare(bytes: Uint8Array): { nul: boolean; share: number } {
	const n = Math.min(bytes.length, 65536);
	let bad = 0;
	let nul = false;
	for (let i = 0; i < n; i++) {
		const b = bytes[i]!;
		if (b === 0) nul = true;
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) bad++;
	}
	return { nul, share: n === 0 ? 0 : bad / n };
}

function decodeBom(bytes: Uint8Array): { text: string; encoding: string } | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	return undefined;
}

/**
 * UTF-16 saved without a byte-order mark: the zero high bytes of its ASCII characters (newlines,
 * digits, spaces) sit at odd offsets (little-endian) or even ones (big-endian), which no UTF-8 or
 * GB18030 text has. Undefined unless one side clearly holds the zeros and the text reads as Chinese.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string } | undefined {
	if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
	const n = Math.min(bytes.length, 65536);
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i++) {
		if (bytes[i] !== 0) continue;
		if (i % 2 === 0) even++;
		else odd++;
	}
	if (even + odd === 0) return undefined;
	const encoding = odd > even * 9 ? 'utf-16le' : even > odd * 9 ? 'utf-16be' : undefined;
	if (encoding === undefined) return undefined;
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	return hanAtLeast(text, 2) ? { text, encoding } : undefined;
}

// `&#x5E72;` and `&#24178;`: pages that write their Chinese as numeric references.
function decodeNumericReferences(html: string): string {
	return html.replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/giu, (ref, code: string) => {
		const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code);
		return point <= 0x10ffff ? String.fromCodePoint(point) : ref;
	});
}

/**
 * Decodes one input file: UTF-8 (with or without BOM), UTF-16 (with or without BOM), or GB18030/GBK, and tells
 * its format. Rejects, with a diagnostic that names the file and says what to do, inputs that are
 * too large (checked before decoding), empty, binary, damaged (an invalid or truncated multibyte
 * sequence), in an unsupported encoding, or without any Chinese text.
 */
export function decodeSource(
	path: string,
	bytes: Uint8Array,
	options: { maxBytes?: number } = {},
): DecodeResult {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	if (bytes.length > maxBytes) {
		const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
		return reject(
			path,
			'file-too-large',
			`the file is ${mb(bytes.length)} MB, over the ${mb(maxBytes)} MB limit; split it into smaller files or raise the limit with \`--max-mb ${Math.ceil(bytes.length / 1024 / 1024)}\`.`,
		);
	}
	let decoded = decodeBom(bytes) ?? decodeUtf16WithoutBom(bytes);
	if (decoded === undefined) {
		const { nul, share } = controlShare(bytes);
		if (nul || share > 0.01)
			return reject(
				path,
				'binary-file',
				`the file looks like a binary file (${nul ? 'it contains NUL bytes' : 'it is full of control characters'}), not text; give ingest .txt, .md or .html files.`,
			);
		const attempt = decodeBytes(path, bytes);
		if ('diagnostic' in attempt) return attempt;
		decoded = attempt;
	}
	const text = decoded.text.replace(/\r\n?/g, '\n');
	if (text.trim() === '')
		return reject(
			path,
			'empty-file',
			`the file is empty (${bytes.length === 0 ? 'no bytes' : 'only whitespace'}); remove it or put the page text in it.`,
		);
	const format = detectFormat(path, text);
	const visible = format === 'html' ? decodeNumericReferences(text.replace(/<[^>]*>/g, '')) : text;
	if (!hanAtLeast(visible, 2))
		return reject(
			path,
			'no-chinese-text',
			`the file contains no Chinese text; ingest only reads Chinese press releases, so check that this is the right file.`,
		);
	return { ok: true, text, encoding: decoded.encoding, format };
}

function decodeBytes(
	path: string,
	bytes: Uint8Array,
): { text: string; encoding: string } | { ok: false; diagnostic: Diagnostic } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Not valid UTF-8: either damaged UTF-8 or another encoding.
	}
	const loose = new TextDecoder('utf-8').decode(bytes);
	const errors = (loose.match(/\uFFFD/g) ?? []).length;
	const han = hanCount(loose);
	// A few bad sequences in otherwise good UTF-8 Chinese: damaged, not another encoding.
	if (han > 0 && (errors <= 3 || errors < han * 0.01)) {
		const line = lineAt(loose, loose.indexOf('\uFFFD'));
		const where =
			loose.indexOf('\uFFFD') >= loose.length - 2
				? 'ends in the middle of a character (truncated)'
				: 'contains an invalid UTF-8 byte sequence';
		return reject(
			path,
			'invalid-multibyte',
			`the file ${where} at line ${line}; re-export or re-download the file as UTF-8.`,
			line,
		);
	}
	const ranked = chardet.analyse(bytes);
	const guess = ranked[0]?.name ?? 'unknown';
	const gbConfidence = Math.max(
		0,
		...ranked.filter((r) => GB_NAMES.has(r.name.toUpperCase())).map((r) => r.confidence),
	);
	const looksGb = GB_NAMES.has(guess.toUpperCase()) || gbConfidence >= MIN_GB_CONFIDENCE;
	const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030');
	const gbErrors = gb.indexOf('\uFFFD');
	if (gbErrors === -1 && looksGb) return { text: gb, encoding: 'gb18030' };
	if (looksGb) {
		const line = lineAt(gb, gbErrors);
		return reject(
			path,
			'invalid-multibyte',
			`the file is neither valid UTF-8 nor valid GB18030: a multibyte sequence is broken or truncated at line ${line}; re-export the file as UTF-8.`,
			line,
		);
	}
	return reject(
		path,
		'unknown-encoding',
		`the file is not UTF-8, UTF-16 or GB18030/GBK (it looks like ${guess}); convert it to UTF-8, e.g. \`iconv -f <encoding> -t UTF-8\`.`,
	);
}
