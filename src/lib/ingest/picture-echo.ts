import type { PictureEcho } from '../schema/page-furniture.ts';
import type { SourceLine } from './types.ts';
import { hanAtLeast } from './patterns.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import { BODY_WINDOW, isBodyText, isHeadlineLine, MIN_BLOCK_SHARE } from './web-headline.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// A page copied as text keeps, where a picture stood, what its tag held: a placeholder with its alt
// text (`[img: …]`), its file's name (`….jpg`), a marker before or after a text (`[图片]…`, `…（图）`,
// `图片：…`). A site's editor fills a lead picture's alt text with the headline, so such a line
// repeats the headline above the text or between its first paragraphs; it is the picture's, never
// the article's.

const { maxFileName: MAX_FILE_NAME } = readIngestLines().webBody;
/** A picture file's extension closing a line. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|bmp|webp|tiff?)$/i;

/** The patterns of one list of picture words: a placeholder, a marker before and after a text. */
interface StandInPatterns {
	placeholder: RegExp;
	before: RegExp;
	after: RegExp;
}

let compiled: { words: readonly string[]; patterns: StandInPatterns } | undefined;

function patternsOf(words: readonly string[]): StandInPatterns {
	if (compiled?.words === words) return compiled.patterns;
	// A picture word may carry the picture's number on the page (`（图1）`, `[图2]`); its square brackets
	// may be full width (`［图片］`), as a page typed in a Chinese input method prints them.
	const word = `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[0-9０-９]{0,2}`;
	const patterns = {
		placeholder: new RegExp(`^[[［【]\\s*${word}\\s*[:：]\\s*[^\\]］】]*[\\]］】]\\s*`, 'i'),
		before: new RegExp(`^(?:[[［【(（〔]\\s*${word}\\s*[\\]］】)）〕]|${word}\\s*[:：])\\s*`, 'i'),
		after: new RegExp(`\\s*[[［【(（〔]\\s*${word}\\s*[\\]］】)）〕]$`, 'i'),
	};
	compiled = { words, patterns };
	return patterns;
}

/** A line compared with another: no spaces, full-width forms folded. */
const keyOf = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/** `text` without its first characters that spell `head` (spaces aside), or undefined when it does not open so. */
function afterHead(text: string, head: string): string | undefined {
	let k = 0;
	for (let i = 0; i < text.length; i++) {
		const c = keyOf(text[i]!);
		if (c === '') continue;
		if (!head.startsWith(c, k)) return undefined;
		k += c.length;
		if (k === head.length) return text.slice(i + 1).trimStart();
	}
	return undefined;
}

/**
 * What stays of one line (null: none of it) given the head's lines `heads` (as `keyOf` reads them;
 * the longest `longest` long) and those it may repeat bare (`bareHeads`, none but among the text's first lines).
 */
function keptOf(
	text: string,
	heads: Set<string>,
	longest: number,
	bareHeads: () => Set<string>,
	p: StandInPatterns,
): string | null {
	// A placeholder holding its alt text goes with whatever it holds, the text run in after it stays.
	const placeholder = p.placeholder.exec(text);
	if (placeholder !== null)
		return text.length === placeholder[0].length ? null : text.slice(placeholder[0].length);
	if (text.length <= MAX_FILE_NAME && IMAGE_FILE.test(text) && !/[。！？]/.test(text)) return null;
	const before = p.before.exec(text);
	const after = before === null ? p.after.exec(text) : null;
	const bare =
		before !== null
			? text.slice(before[0].length)
			: after !== null
				? text.slice(0, after.index)
				: text;
	// Each Han character stays one character of the key: a line with more of them than the longest
	// head's key repeats none, and is not normalised to be compared.
	const key = hanAtLeast(bare, longest + 1) ? undefined : keyOf(bare);
	if (key !== undefined && heads.has(key))
		return before !== null || after !== null || bareHeads().has(key) ? null : text;
	// A marker before a headline run into the paragraph under it: the paragraph stays.
	if (before !== null)
		for (const head of heads) {
			const rest = afterHead(bare, head);
			if (rest !== undefined && isBodyText(rest)) return rest;
		}
	return text;
}

const NONE = new Set<string>();

/** A field's short key and its colon or bar opening a line: `来源：`, `采写：`, `来源 | `. */
const FIELD_KEY = /^[\u3400-\u9fff]{1,6}\s*[:：|｜丨]/;

/**
 * The headline: the headline-shaped line nearest above the text at `first` that shares its words,
 * and the headline over it across a line of fields when that line is a subtitle.
 */
function headlineOf(lines: SourceLine[], first: number): Set<string> {
	const opening = bigramSet(
		lines
			.slice(first, first + BODY_WINDOW)
			.map((l) => l.text)
			.join(''),
	);
	const shares = (l: SourceLine) =>
		isHeadlineLine(l) &&
		!FIELD_KEY.test(l.text) &&
		shareIn(bigramSet(l.text), opening) >= MIN_BLOCK_SHARE;
	const nearest = lines.slice(0, first).findLastIndex(shares);
	if (nearest < 0) return NONE;
	const headlines = [lines[nearest]!];
	// A subtitle under the page's fields (`标题` / `发布于…` / `副题`) is the line nearest the text; the
	// headline over the fields is echoed too. A headline right over it is another story's (a
	// contents list's entry over an e-paper's first headline).
	const over = lines[nearest - 2];
	if (over !== undefined && !isHeadlineLine(lines[nearest - 1]!) && shares(over))
		headlines.push(over);
	const keys = new Set<string>();
	for (const headline of headlines) {
		// A headline broken over two lines is echoed whole: the line and the one above or below it,
		// joined.
		const at = lines.indexOf(headline);
		keys.add(keyOf(headline.text));
		const up = lines[at - 1];
		const down = lines[at + 1];
		// The echo must spell the two lines exactly, so any line but a field's may be the other half
		// (a broken headline's last part, `京开幕`, is too short to look like a headline).
		if (up !== undefined && !FIELD_KEY.test(up.text))
			keys.add(keyOf(up.text) + keyOf(headline.text));
		if (down !== undefined && at + 1 < first && !FIELD_KEY.test(down.text))
			keys.add(keyOf(headline.text) + keyOf(down.text));
	}
	return keys;
}

/**
 * Drops what pictures left in `lines` (a placeholder, a file's name), and a line that repeats a
 * line of the head above the first paragraph behind a picture's marker (`（图）`, `图片：`), or
 * bare among the text's first `cfg.linesIntoText` lines when it is the headline-shaped line
 * nearest above the text; a placeholder or marked headline run into a paragraph is cut off it.
 */
export function dropPictureEchoes(lines: SourceLine[], cfg: PictureEcho | undefined): SourceLine[] {
	if (cfg === undefined) return lines;
	const first = lines.findIndex((l) => isBodyText(l.text));
	if (first < 0) return lines;
	const p = patternsOf(cfg.pictureWords);
	// The head's lines, and each two in a row (a headline broken over two lines).
	const above = lines.slice(0, first).map((l) => keyOf(l.text));
	const heads = new Set(
		[...above, ...above.slice(1).map((k, i) => above[i]! + k)].filter(
			(k) => k.length >= cfg.minChars,
		),
	);
	// A bare repeat is the headline's: the headline-shaped line nearest above the text whose words
	// the text takes up (a field, `来源：…`, or a tool bar aside), not another headline a head lists
	// (an e-paper's contents over its stories). Read only when a line repeats one.
	const longest = Math.max(0, ...[...heads].map((k) => k.length));
	let bare: Set<string> | undefined;
	const bareHeads = () => (bare ??= headlineOf(lines, first));
	const out: SourceLine[] = [];
	lines.forEach((line, i) => {
		const near = i >= first && i <= first + cfg.linesIntoText;
		const text = keptOf(line.text, heads, longest, near ? bareHeads : () => NONE, p);
		if (text === null) return;
		out.push(text === line.text ? line : { ...line, text });
	});
	return out;
}
