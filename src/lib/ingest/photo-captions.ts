import { alternation, MEDIA_WORDS } from '../schema/media-words.ts';
import { isBareCredit, type LineRole } from './line-roles.ts';
import { endsSentence, hanAtLeast, hanCount } from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxCaptionSentences: MAX_CAPTION_SENTENCES } = readIngestLines().captions;

/** A caption's marker before its text: `上图：`, `图②：`. */
const CAPTION_MARK = /^(?:[上下左右中]图|图\s*[①-⑳\d]{1,2})\s*[:：]/;
/** A credit naming only a picture agency or an archive: `人民视觉`, `（视觉中国）`, `新华社发`. */
const AGENCY_CREDIT = new RegExp(`^[(（]?(?:${alternation(MEDIA_WORDS.pictureCredits)})[)）]?$`);

/** True for a credit naming only a picture agency or an archive (`新华社发`, `（人民视觉）`). */
export const isAgencyCredit = (text: string): boolean => AGENCY_CREDIT.test(text);
const {
	maxCaptionHan: MAX_CAPTION_HAN,
	maxCaptionGap: MAX_CAPTION_GAP,
	maxCaptionLines: MAX_CAPTION_LINES,
	maxMarkedCaptionHan: MAX_MARKED_CAPTION_HAN,
	maxPhotoStoryText: MAX_PHOTO_STORY_TEXT,
} = readIngestLines().captions;

/** True for a short caption sentence: one or two sentences, ending like one, never a long paragraph. */
function captionSentence(text: string): boolean {
	return (
		endsSentence(text) &&
		!hanAtLeast(text, MAX_CAPTION_HAN + 1) &&
		(text.match(/[。！？]/g) ?? []).length <= MAX_CAPTION_SENTENCES
	);
}

/** A file picture named in a credit, bracketed or before it: `（资料图）`, `资料图片 某某/摄`. */
const FILE_PICTURE = /资料(?:图片?|照片)/;

/** A caption's marker pointing at its picture: `▲`, `△`, `↑`, `图为`. */
const PICTURE_MARK = /^(?:[▲△↑]\s*|图为)/;

/** True for a short line opened by a caption's marker: a label (`▲ 资料图`) or one caption sentence. */
function isMarkedCaption(text: string): boolean {
	if (!PICTURE_MARK.test(text) || hanAtLeast(text, MAX_MARKED_CAPTION_HAN + 1)) return false;
	return !/[，,；;：:]/.test(text) || captionSentence(text);
}

/**
 * True when the caption ending above `j + 1` is a photo story's own text: a headline stands above
 * it with only a little undated text between (other captions of the same pictures), so a careful
 * reader reads the captions as the story. Beside a story's running text it is a picture's caption.
 */
function photoStoryText(lines: SourceLine[], roles: readonly LineRole[], j: number): boolean {
	let text = 0;
	for (let k = j; k >= 0; k--) {
		if (roles[k] === 'heading') return true;
		if (roles[k] === 'dateline' || roles[k] === 'byline') return false;
		text += hanCount(lines[k]!.text);
		if (text > MAX_PHOTO_STORY_TEXT) return false;
	}
	return false;
}

/** A caption sentence closed by a picture agency's or an archive's credit in brackets: `…。（资料图片）`. */
const CREDITED_SENTENCE = new RegExp(
	`^(.+[。！？])\\s*[(（](?:${alternation(MEDIA_WORDS.pictureCredits)})[)）]$`,
);

/**
 * Marks photo captions told by the grammar of captions rather than a photographer's credit on the
 * same line: a credit alone on its line (an agency's, `人民视觉`, `新华社发`, or a photographer's,
 * `本报记者 某某摄`, `（某某 摄）`) with the short caption sentence right above it and lines marked
 * as captions (`上图：`) above that one, and a short sentence closed by an agency's credit in
 * brackets (`…。（资料图片）`). A photo story's captions are its text and keep their role: a headline
 * right over the caption, or a little undated text between (`photoStoryText`). Returns new roles.
 */
export function captionRoles(lines: SourceLine[], roles: readonly LineRole[]): LineRole[] {
	const out = [...roles];
	lines.forEach(({ text }, i) => {
		// A story's lead under the credit (a dateline, a byline, a long paragraph) makes the
		// pictures that story's, even right under its headline: their captions are no photo story's
		// text.
		// Asked only of a credit or a credited sentence, a few lines of a page.
		const leadBelow = () => {
			const next = roles[i + 1];
			return (
				next === 'dateline' ||
				next === 'byline' ||
				// A paragraph longer than a photo story prints in all is a report's running text.
				(next === 'body' && hanAtLeast(lines[i + 1]!.text, MAX_PHOTO_STORY_TEXT + 1))
			);
		};
		const storyText = (j: number) => !leadBelow() && photoStoryText(lines, out, j);
		// A caption's own marker (`▲ 资料图`, `图为…。`) on a short line: a picture's, never a
		// sub-heading's or a paragraph's, unless it is a photo story's text.
		// Only where text goes on under it, where it would split the story; after the text it is left
		// to the credit's own rules. A marked line read as a heading is taken for a caption only when
		// it is a bare label (`▲ 资料图`).
		const textBelow = ['body', 'dateline', 'byline'].includes(out[i + 1] ?? '');
		const marked =
			textBelow &&
			isMarkedCaption(text) &&
			(out[i] === 'body' || (out[i] === 'heading' && !/[。！？]/.test(text)));
		if (marked && !storyText(i - 1)) {
			out[i] = 'photo';
			return;
		}
		const sentence = CREDITED_SENTENCE.exec(text)?.[1];
		if (sentence !== undefined) {
			if (out[i] === 'body' && captionSentence(sentence) && !storyText(i - 1)) out[i] = 'photo';
			return;
		}
		if (!AGENCY_CREDIT.test(text) && !isBareCredit(text)) return;
		// A file picture's credit (`图片由某某提供（资料图）`) illustrates the story: the line over it is its text.
		if (FILE_PICTURE.test(text)) return;
		// A credit line that carries its own caption sentence (`▲ 会议现场。本报记者 王明 摄`) is the
		// whole caption: the line above it is not.
		if (/[。！？]/.test(text)) {
			if (out[i] === 'body' && !storyText(i - 1)) out[i] = 'photo';
			return;
		}
		// The caption sentence right above the credit, and above it only lines marked as captions.
		const caption = (j: number) =>
			j >= 0 && (out[j] === 'body' || out[j] === 'photo') && captionSentence(lines[j]!.text);
		// A caption is printed with its credit, a blank row between at most: lines dropped between
		// them (a gallery's counter and buttons) put the credit with the next picture, not this text.
		if (!caption(i - 1) || lines[i]!.line - lines[i - 1]!.line > MAX_CAPTION_GAP) return;
		let j = i - 2;
		while (i - j <= MAX_CAPTION_LINES && caption(j) && CAPTION_MARK.test(lines[j]!.text)) j--;
		if (storyText(j)) return;
		for (let k = j + 1; k <= i; k++) out[k] = 'photo';
	});
	return out;
}
