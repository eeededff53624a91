import { alternation, MEDIA_WORDS } from '../schema/media-words.ts';
import type { LineRole } from './line-roles.ts';
import { endsSentence, hanCount } from './patterns.ts';
import type { SourceLine } from './types.ts';

/** A caption's marker before its text: `上图：`, `图②：`. */
const CAPTION_MARK = /^(?:[上下左右中]图|图\s*[①-⑳\d]{1,2})\s*[:：]/;
/** A credit naming only a picture agency or an archive: `人民视觉`, `（视觉中国）`, `新华社发`. */
const AGENCY_CREDIT = new RegExp(`^[(（]?(?:${alternation(MEDIA_WORDS.pictureCredits)})[)）]?$`);
/** Longest caption line over a credit. */
const MAX_CAPTION_HAN = 60;
/** Most caption lines a credit closes (`上图：…` / `下图：…` / credit). */
const MAX_CAPTION_LINES = 3;

/** True for a short caption sentence: one or two sentences, ending like one, never a long paragraph. */
function captionSentence(text: string): boolean {
	return (
		endsSentence(text) &&
		hanCount(text) <= MAX_CAPTION_HAN &&
		(text.match(/[。！？]/g) ?? []).length <= 2
	);
}

/**
 * Marks photo captions told by the grammar of captions rather than a credit on the same line: an
 * agency's credit alone on its line (`人民视觉`, `新华社发`), the short caption sentence right above
 * it, and lines marked as captions (`上图：`) above that one. Returns new roles.
 */
export function captionRoles(lines: SourceLine[], roles: readonly LineRole[]): LineRole[] {
	const out = [...roles];
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
