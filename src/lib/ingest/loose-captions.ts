import { PICTURE_KIND, type LineRole } from './line-roles.ts';
import { CAPTION_MARKER, hanCount } from './patterns.ts';
import { overlap } from './text-overlap.ts';
import type { PageSegment, SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

/**
 * Takes the photo captions that stand between paragraphs or between stories (`图为…。 本报记者
 * 某某摄`) out of a page: a caption says nothing about where a story ends, so the page is split
 * as if it were not there. A caption right under a headline with no text after it stays: the
 * headline heads a photo item.
 * Returns the page without them and the captions, runs of adjacent ones together.
 */
export function withoutLooseCaptions(
	lines: SourceLine[],
	roles: LineRole[],
): { lines: SourceLine[]; captions: SourceLine[][] } {
	const kept: SourceLine[] = [];
	const captions: SourceLine[][] = [];
	let inRun = false;
	lines.forEach((line, k) => {
		const loose =
			roles[k] === 'photo' && (roles[k - 1] !== 'heading' || inRun || textFollows(roles, k));
		if (!loose) {
			kept.push(line);
			inRun = false;
		} else if (inRun) captions.at(-1)!.push(line);
		else captions.push([line]);
		inRun = loose;
	});
	return { lines: kept, captions };
}

/**
 * True when a story's text goes on under the caption at `k` (a dateline, a byline or a paragraph):
 * the headline above it heads that story, not the photo. A photo item's headline has nothing but
 * its captions under it before the next headline.
 */
function textFollows(roles: LineRole[], k: number): boolean {
	let j = k + 1;
	while (roles[j] === 'photo') j++;
	const next = roles[j];
	return next === 'dateline' || next === 'byline' || next === 'body';
}

const firstLine = (s: PageSegment) =>
	Math.min(...[...s.head, ...s.bylines, ...s.body].map((b) => b.line));

const { maxDescriptionHan: MAX_DESCRIPTION_HAN, describesStory: DESCRIBES_STORY } =
	readIngestLines().captions;

/** A caption that reports news by itself says when: `3月12日，…`, `近日，…`, `当地时间…`. */
const DATED = /\d{1,2}月\d{1,2}日|[近日]日|连日来|当地时间/u;

/** The picture's giver or kind in brackets closing a caption: `（图片由某某中心提供）`, `（某某局供图）`, `（资料图）`. */
const GIVER = new RegExp(
	`[(（](?:图片由[^()（）]{2,24}提供|[^()（）]{2,24}供图|${PICTURE_KIND})[)）]\\s*$`,
	'u',
);

/** A caption keyed by its picture: `图：`, `图②：`. */
const PICTURE_KEYED = /^图[①-⑳\d]*\s*[:：]\s*/u;
/** A photographer keyed after the caption: `　摄影：某某`, ` 摄/某某`. */
const KEYED_PHOTOGRAPHER =
	/[\s\u3000]+(?:摄影|摄像|摄|图片|供图)\s*[:：/／]\s*[\p{Script=Han}·\s]{2,12}$/u;

/**
 * A line that is a caption by itself: a marker (`▲`, `图为`, `上图：`, `图：`) or its own credit (`…摄`,
 * `供图`, `（图片由…提供）`).
 */
const CAPTION_OPENING = new RegExp(
	`${CAPTION_MARKER.source}|${PICTURE_KEYED.source}|(?:摄|供图)[)）]?\\s*$|${GIVER.source}`,
	'u',
);

/** A caption's words about its picture: no marker (`▲`, `图为`), no credit (`…摄`, `通讯员 某某 供图`, `（图片由…提供）`). */
function description(run: SourceLine[]): string {
	return run
		.map((l) =>
			l.text
				.replace(/^[▲△▼▽↑↓←→\s]*(?:图为)?/u, '')
				.replace(PICTURE_KEYED, '')
				.replace(KEYED_PHOTOGRAPHER, '')
				.replace(GIVER, '')
				.replace(/[。！]?[^。！]*(?:摄|供图|图)[)）]?\s*$/u, ''),
		)
		.join('');
}

/**
 * True when a caption run is the picture of the news story it stands in or right after: a short
 * description, undated, printed between that story's paragraphs or in that story's words. A
 * picture story's caption (dated, long enough to report the news by itself) or a caption after a
 * story about something else is an item of its own.
 */
function describesStory(run: SourceLine[], story: PageSegment | undefined): boolean {
	if (story?.kind !== 'news') return false;
	// A plain sentence over a credit alone on its line may be the story's own: the run stays.
	if (!CAPTION_OPENING.test(run[0]!.text)) return false;
	const text = description(run);
	const han = hanCount(text);
	// A marker and a label or credit only (`▲ 资料图`, `△ 王明 摄`) report nothing by themselves.
	if (han === 0) return true;
	if (han > MAX_DESCRIPTION_HAN || DATED.test(text)) return false;
	const inside = story.body.some((b) => b.line > run.at(-1)!.line);
	return inside || overlap(text, [...story.head, ...story.body]) >= DESCRIBES_STORY;
}

/**
 * Puts each caption back as a photo item of its own, after the items that began above it, unless
 * it describes the picture of the story it stands in or right after, or of the story whose text
 * begins right under it with no headline between: then it is that story's, and neither an item
 * nor text.
 */
export function withCaptionItems(segments: PageSegment[], captions: SourceLine[][]): PageSegment[] {
	const out = [...segments];
	for (const run of captions) {
		// The story is looked for among the page's stories, not the caption items put back before.
		const k = segments.findIndex((s) => firstLine(s) > run[0]!.line);
		if (describesStory(run, k < 0 ? segments.at(-1) : segments[k - 1])) continue;
		// Over a story's first paragraph with no headline between, it is that story's picture.
		const below = k < 0 ? undefined : segments[k];
		if (below?.head.length === 0 && describesStory(run, below)) continue;
		const at = out.findIndex((s) => firstLine(s) > run[0]!.line);
		const item: PageSegment = { head: [], bylines: [], body: run, kind: 'photo' };
		out.splice(at < 0 ? out.length : at, 0, item);
	}
	return out;
}
