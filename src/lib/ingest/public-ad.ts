import { alternation } from '../schema/media-words.ts';
import type { PublicAds } from '../schema/page-furniture.ts';
import { BYLINE_LINE, endsSentence, PHOTO_CREDIT } from './patterns.ts';
import { isParagraph } from './phrase-furniture.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import {
	afterColonLabel,
	HAN_ONLY,
	isOrnamented,
	isPhrases,
	isSeveralPhrases,
	SLOGAN_PARTS,
} from './public-ad-labels.ts';
import type { SourceLine } from './types.ts';

// A site sets a 公益广告 (public-service advertisement) banner between a story's paragraphs: a civic
// slogan of parallel short parts (`讲文明　树新风`, `节约粮食　光盘行动`), often under or over its label
// (`公益广告`, `【公益广告】…`) and signed by the office that put it up (`—— 某某县文明办宣`). Saved as
// text, the banner's words stay in the story.

/** A dash opening the line that signs the banner: `—— 某某县文明办宣`. */
const DASH = /^[—–\-－]{1,2}\s*/;
const BRACKETS = /^[\s【[(（〔]+|[\s】\])）〕]+$/g;

/**
 * True for a civic slogan's shape: two or three parts of as many Han characters, `minPartHan` to
 * `maxPartHan` each, set off by spaces or middle dots and nothing else (`讲文明　树新风`); a
 * byline's key and name (`本报记者 某某某`) or a headline's clauses (`山里开民宿 蹚出致富路`) are
 * not as short and even.
 */
function isSloganShape(text: string, ads: PublicAds): boolean {
	const parts = text.trim().split(SLOGAN_PARTS);
	if (parts.length < 2 || parts.length > ads.maxParts) return false;
	const n = evenPartHan(parts, ads);
	return (
		n >= ads.minPartHan &&
		n <= ads.maxPartHan &&
		parts.every((p) => HAN_ONLY.test(p) && (p.length === n || isPlacePart(p, n, ads)))
	);
}

/**
 * True for a slogan's part that names the county or town the site serves (`文明某某县`, `美丽某某镇`):
 * longer than the other parts by the place's name, it ends in a division's suffix (`placeSuffixes`)
 * and runs to `maxPlacePartHan` characters at most.
 */
const isPlacePart = (part: string, n: number, ads: PublicAds) =>
	part.length > n &&
	part.length <= ads.maxPlacePartHan &&
	ads.placeSuffixes.some((s) => part.endsWith(s));

/** The slogan without its parts that name a place: a local story names the site's place too. */
function unplaced(text: string, ads: PublicAds): string {
	const parts = text.trim().split(SLOGAN_PARTS);
	const n = evenPartHan(parts, ads);
	return parts.filter((p) => !isPlacePart(p, n, ads)).join(' ');
}

/** The length the slogan's parts share: that of its first part that names no place. */
function evenPartHan(parts: readonly string[], ads: PublicAds): number {
	const shortest = Math.min(...parts.map((p) => p.length));
	return parts.find((p) => !isPlacePart(p, shortest, ads))?.length ?? 0;
}

/** The line with its 公益广告 label taken off (`【公益广告】垃圾分类　从我做起` → `垃圾分类　从我做起`), or undefined. */
function afterLabel(text: string, ads: PublicAds): string | undefined {
	const t = text.trim();
	if (isOrnamented(t, ads)) return '';
	const colon = afterColonLabel(t, ads);
	if (colon !== undefined) return colon;
	for (const label of ads.labels) {
		const bare = t.replace(BRACKETS, '');
		if (bare === label) return '';
		const word = alternation([label]);
		const m = new RegExp(`^[【[(（〔]\\s*(?:${word})\\s*[】\\])）〕]\\s*`).exec(t);
		if (m !== null) return t.slice(m[0].length);
		// The label set after the slogan, on a space or in brackets (`讲文明　树新风　公益广告`).
		const after = new RegExp(`(?:[\\s\\u3000]+|[【[(（〔])(?:${word})[】\\])）〕]?$`).exec(t);
		if (after !== null && after.index > 0) return t.slice(0, after.index).trim();
	}
	return undefined;
}

/**
 * True for the line that signs a banner: on a dash, an office and what it did, all Han
 * (`—— 某某县文明办宣`, `——某某县公安局 提醒`); a subtitle on a dash says what a story is about.
 */
function isSignOff(text: string, ads: PublicAds): boolean {
	const t = text.trim();
	if (!DASH.test(t) || t.length > ads.maxLine) return false;
	const rest = t.replace(DASH, '').replace(/\s+/g, '');
	return HAN_ONLY.test(rest) && ads.signOffVerbs.some((v) => rest.endsWith(v));
}

/** A byline or a picture's credit set as two parts (`本报记者 某某某`, `本报记者 某某某摄`). */
const isCredit = (text: string) =>
	BYLINE_LINE.test(text) || PHOTO_CREDIT.test(text) || /记者|通讯员/.test(text);

/**
 * Indices of the lines of a 公益广告 banner set inside a story, below its first paragraph: its label,
 * alone or before a short line, and a slogan at most `linesUnderText` lines under a paragraph (or
 * right under the label) that shares at most `maxTextShare` of its bigrams with the page's sentences
 * (a section heading names what its text is about; a slogan names nothing the story does), when the
 * label or a sign-off (`—— 某某县文明办宣`) stands next to it, or when it is of parts of
 * `minBarePartHan` characters (四字 formulas; two three-character parts are as often two reporters'
 * names), names a civic cause (`causes`: 禁毒, 节约, 文明; a newspaper's even headline names an
 * event) and is the only line of a slogan's shape on the page (a story's section headings come in
 * a series); with them the short lines right next to them that sign the banner or are Han phrases
 * only (`中国梦·某某县美`). Without `ads`, none.
 */
export function publicAdLines(
	lines: readonly SourceLine[],
	ads: PublicAds | undefined,
): Set<number> {
	const out = new Set<number>();
	if (ads === undefined) return out;
	const first = lines.findIndex((l) => isParagraph(l.text));
	if (first < 0) return out;
	const short = (t: string) => t.length <= ads.maxLine && !endsSentence(t);
	const labels = new Set<number>();
	/** Labels alone on their line (`公益广告`): the slogan next to one may be a single phrase. */
	const bareLabels = new Set<number>();
	const slogans: number[] = [];
	for (let i = first + 1; i < lines.length; i++) {
		const t = lines[i]!.text;
		if (!short(t) || lines[i]!.heading !== undefined) continue;
		const rest = afterLabel(t, ads);
		if (rest !== undefined && (rest === '' || short(rest))) labels.add(i);
		if (rest === '' && !isOrnamented(t, ads)) bareLabels.add(i);
		else if (isSloganShape(t, ads) && !isCredit(t)) slogans.push(i);
	}
	// Every sentence of the page, a short closing one too (`…游得开心，也住得舒心。`); read only
	// when some line has a slogan's shape (most pages have none).
	const text =
		slogans.length === 0
			? new Set<number>()
			: bigramSet(
					lines
						.filter((l) => endsSentence(l.text))
						.map((l) => l.text)
						.join('\n'),
				);
	const signed = (i: number) =>
		[i - 1, i + 1].some((j) => labels.has(j) || isSignOff(lines[j]?.text ?? '', ads));
	for (const i of slogans) {
		const t = lines[i]!.text;
		const under =
			labels.has(i - 1) ||
			lines.slice(Math.max(0, i - ads.linesUnderText), i).some((l) => isParagraph(l.text));
		if (!under || shareIn(bigramSet(unplaced(t, ads)), text) > ads.maxTextShare) continue;
		const bare =
			slogans.length === 1 &&
			evenPartHan(t.trim().split(SLOGAN_PARTS), ads) >= ads.minBarePartHan &&
			ads.causes.some((w) => t.includes(w));
		if (bare || signed(i)) out.add(i);
	}
	for (const i of labels) out.add(i);
	// The banner's other lines: a sign-off, a slogan or its label next to one already found.
	for (const i of [...out].sort((a, b) => a - b)) {
		for (const j of [i - 1, i + 1]) {
			const t = lines[j]?.text;
			if (t === undefined || j <= first || out.has(j) || !short(t)) continue;
			// A single phrase is a heading of the text but next to a label alone on its line.
			if (isSignOff(t, ads) || isSeveralPhrases(t) || (bareLabels.has(i) && isPhrases(t)))
				out.add(j);
		}
	}
	return out;
}
