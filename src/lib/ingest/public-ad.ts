import type { PublicAds } from '../schema/page-furniture.ts';
import { endsSentence } from './patterns.ts';
import { isParagraph } from './phrase-furniture.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

// A site sets a 公益广告 (public-service advertisement) banner between a story's paragraphs: a civic
// slogan of parallel short parts (`讲文明　树新风`, `节约粮食　光盘行动`), often under or over its label
// (`公益广告`, `【公益广告】…`) and signed by the office that put it up (`—— 某某县文明办宣`). Saved as
// text, the banner's words stay in the story.

const SLOGAN_PARTS = /[\s\u3000·•・]+/;
const HAN_ONLY = /^[\u3400-\u9fff]+$/;
/** A dash opening the line that signs the banner: `—— 某某县文明办宣`. */
const SIGN_OFF = /^[—–\-－]{1,2}\s*\S/;
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
	const n = parts[0]!.length;
	return (
		n >= ads.minPartHan &&
		n <= ads.maxPartHan &&
		parts.every((p) => HAN_ONLY.test(p) && p.length === n)
	);
}

/** True for a line of Han phrases set off by spaces or middle dots, as a banner's lines are. */
const isPhrases = (text: string) =>
	text
		.trim()
		.split(SLOGAN_PARTS)
		.every((p) => HAN_ONLY.test(p));

/** The line with its 公益广告 label taken off (`【公益广告】垃圾分类　从我做起` → `垃圾分类　从我做起`), or undefined. */
function afterLabel(text: string, ads: PublicAds): string | undefined {
	const t = text.trim();
	for (const label of ads.labels) {
		const bare = t.replace(BRACKETS, '');
		if (bare === label) return '';
		const m = new RegExp(`^[【[(（〔]\\s*${label}\\s*[】\\])）〕]\\s*`).exec(t);
		if (m !== null) return t.slice(m[0].length);
	}
	return undefined;
}

/**
 * Indices of the lines of a 公益广告 banner set inside a story: below the first paragraph, its label
 * alone or before a short line, and at most `linesUnderText` lines under a paragraph, or right under
 * the label, a slogan that shares at
 * most `maxTextShare` of its bigrams with the page's paragraphs (a section heading names what its
 * text is about; a slogan names nothing the story does); with them the short lines right next to
 * them that sign the banner (`—— 某某文明办宣`) or are Han phrases only (`中国梦·某某县美`). Without
 * `ads`, none.
 */
export function publicAdLines(
	lines: readonly SourceLine[],
	ads: PublicAds | undefined,
): Set<number> {
	const out = new Set<number>();
	if (ads === undefined) return out;
	const first = lines.findIndex((l) => isParagraph(l.text));
	if (first < 0) return out;
	const text = bigramSet(
		lines
			.filter((l) => isParagraph(l.text))
			.map((l) => l.text)
			.join('\n'),
	);
	const isSlogan = (t: string) =>
		isSloganShape(t, ads) && shareIn(bigramSet(t), text) <= ads.maxTextShare;
	const short = (t: string) => t.length <= ads.maxLine && !endsSentence(t);
	for (let i = first + 1; i < lines.length; i++) {
		const t = lines[i]!.text;
		if (!short(t) || lines[i]!.heading !== undefined) continue;
		const rest = afterLabel(t, ads);
		if (rest !== undefined && (rest === '' || short(rest))) out.add(i);
		// A slogan with no label stands a few lines under a paragraph (a picture or a section heading
		// between), or under the banner's label.
		else if (
			(out.has(i - 1) ||
				lines.slice(Math.max(0, i - ads.linesUnderText), i).some((l) => isParagraph(l.text))) &&
			isSlogan(t)
		)
			out.add(i);
	}
	// The banner's other lines: a sign-off, a slogan or its label next to one already found.
	for (const i of [...out].sort((a, b) => a - b)) {
		for (const j of [i - 1, i + 1]) {
			const t = lines[j]?.text;
			if (t === undefined || j <= first || out.has(j) || !short(t)) continue;
			if (SIGN_OFF.test(t) || isPhrases(t)) out.add(j);
		}
	}
	return out;
}
