import { isBareCredit, type LineRole } from './line-roles.ts';
import { endsSentence, hanCount } from './patterns.ts';
import type { SourceLine } from './types.ts';

/**
 * A caption's marker before its text: `上图：`, `图②：`. (`图为…` opens captions the corpus keeps in
 * a story's text.)
 */
const CAPTION_MARK = /^(?:[上下左右中]图|图\s*[①-⑳\d]{1,2})\s*[:：]/;
/** A picture's source closing a caption: `（资料图片）`, `（受访者供图）`, `（人民视觉）`. */
const PICTURE_SOURCE =
	/[(（](?:资料图片|资料照片|[^()（）\s]{0,12}供图|人民视觉|视觉中国|新华社发|中新社发)[)）]\s*$/;
/** A credit naming only a picture agency or an archive: `人民视觉`, `（视觉中国）`, `新华社发`. */
const AGENCY_CREDIT = /^[(（]?(?:人民视觉|视觉中国|新华社发|中新社发|资料图片|资料照片)[)）]?$/;
/** Longest caption read by its marker or source alone, and longest caption line over a credit. */
const MAX_MARKED = 150;
const MAX_CAPTION_HAN = 60;
/** Most caption lines a credit closes (`上图：…` / `下图：…` / credit). */
const MAX_CAPTION_LINES = 3;

/** True for a credit line standing alone: a photographer's (`王明 摄`) or an agency's (`人民视觉`). */
const isCreditLine = (text: string) => isBareCredit(text) || AGENCY_CREDIT.test(text);

/** True for a short caption sentence: one or two sentences, ending like one, never a long paragraph. */
function captionSentence(text: string): boolean {
	return (
		endsSentence(text) &&
		hanCount(text) <= MAX_CAPTION_HAN &&
		(text.match(/[。！？]/g) ?? []).length <= 2
	);
}

/**
 * Marks photo captions told by the grammar of captions rather than a credit on the same line: a
 * short line with a caption's marker (`上图：`) or a picture's source (`（资料图片）`), an agency's
 * credit alone on its line (`人民视觉`, `新华社发`), the short caption sentence right above such a
 * credit, and marked caption lines above that one. Returns new roles.
 */
export function captionRoles(lines: SourceLine[], roles: readonly LineRole[]): LineRole[] {
	const out = [...roles];
	lines.forEach(({ text }, i) => {
		if (out[i] !== 'body' || text.length > MAX_MARKED || isCreditLine(text)) return;
		if ((CAPTION_MARK.test(text) || PICTURE_SOURCE.test(text)) && endsCaption(text))
			out[i] = 'photo';
	});
	lines.forEach(({ text }, i) => {
		// A photographer's credit alone under a sentence credits the story's own picture, which the
		// story's text keeps; an agency's name alone credits a picture the page laid beside it.
		if (!AGENCY_CREDIT.test(text)) return;
		// The caption sentence right above the credit, and above it only lines marked as captions.
		const caption = (j: number) =>
			j >= 0 && (out[j] === 'body' || out[j] === 'photo') && captionSentence(lines[j]!.text);
		// A headline over the caption heads a photo item, and text under the credit makes the picture
		// a story's own; both are read where stories are split.
		const above = lines[i - 2];
		const headed = above !== undefined && out[i - 2] !== 'photo' && !endsSentence(above.text);
		if (!caption(i - 1) || headed || out[i + 1] === 'body') return;
		let j = i - 2;
		while (i - j <= MAX_CAPTION_LINES && caption(j) && CAPTION_MARK.test(lines[j]!.text)) j--;
		for (let k = j + 1; k <= i; k++) out[k] = 'photo';
	});
	return out;
}

/** A marked caption is a sentence or a picture's source, not a heading that happens to start so. */
const endsCaption = (text: string) => endsSentence(text) || PICTURE_SOURCE.test(text);
