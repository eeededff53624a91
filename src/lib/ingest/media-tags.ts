import { alternation, MEDIA_WORDS } from '../schema/media-words.ts';
import { readEpaperHeader } from './epaper-header.ts';
import { BROADCAST_PROGRAMMES } from './outlets.ts';
import { endsSentence, hanAtLeast } from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { minRunningTextHan: MIN_RUNNING_TEXT_HAN } = readIngestLines().prose;

/** A word naming a page's medium. */
const MEDIA_WORD = `(?:${alternation(MEDIA_WORDS.mediaWords)})`;
/**
 * A media tag a site prints before a link's or headline's text: a media word or a national
 * programme's name in brackets (`[视频]`, `【组图】`, `[新闻联播]`), or a media word and a colon (`视频：`),
 * a play mark before it or not (`▶ 视频：`).
 */
const MEDIA_TAG = new RegExp(
	`^(?:[▶▷►]\\s*)?(?:[[【(（〔]\\s*(?:${MEDIA_WORD}|${alternation(BROADCAST_PROGRAMMES)})\\s*[\\]】)）〕]|${MEDIA_WORD}\\s*[:：|｜])\\s*(?=\\S)`,
);

/**
 * A label only a page's head prints before its headline: a player's label and a colon (`正在播放：`,
 * `视频标题：`), or a national programme's name in title marks, a separator after it or not (`《新闻联播》`,
 * `《新闻联播》：`). In the text the same words start sentences (`《新闻联播》报道…`), so they are read before the
 * text alone.
 */
const HEAD_LABEL = new RegExp(
	`^(?:(?:${alternation(MEDIA_WORDS.titleLabels)})\\s*[:：]|《(?:${alternation(BROADCAST_PROGRAMMES)})》\\s*[:：|｜丨]?)\\s*(?=\\S)`,
);

const { maxListHead: MAX_LIST_HEAD } = readIngestLines().pageTools;

/** True for running text: a sentence of some length. */
const isProse = (text: string) => endsSentence(text) && hanAtLeast(text, MIN_RUNNING_TEXT_HAN);

/**
 * Reads a saved video page's media tags: before the text, a tagged line is the headline and
 * loses its tag (`[视频]某某` → `某某`); after it, a tagged line is a link to another video and
 * goes, with the short head over the links (`相关视频`).
 */
export function stripMediaTags(lines: SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	let inText = false;
	let textEnd = -1;
	for (const block of lines) {
		const tag =
			MEDIA_TAG.exec(block.text) ??
			// A header line (`《新闻联播》 2024-03-05`) keeps its programme's name.
			(inText || readEpaperHeader(block.text) !== undefined ? null : HEAD_LABEL.exec(block.text));
		if (tag === null) {
			if (isProse(block.text)) {
				inText = true;
				textEnd = out.length;
			}
			out.push(block);
			continue;
		}
		if (!inText) {
			out.push({ ...block, text: block.text.slice(tag[0].length) });
			continue;
		}
		// A link's head: one short line, not a sentence, right after the text.
		const head = out.at(-1);
		if (
			head !== undefined &&
			out.length - 1 > textEnd &&
			head.text.length <= MAX_LIST_HEAD &&
			!endsSentence(head.text) &&
			MEDIA_TAG.exec(head.text) === null
		)
			out.pop();
	}
	return out;
}
