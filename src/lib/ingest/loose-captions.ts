import type { LineRole } from './line-roles.ts';
import type { PageSegment, SourceLine } from './types.ts';

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

/** Puts each caption back as a photo item of its own, after the items that began above it. */
export function withCaptionItems(segments: PageSegment[], captions: SourceLine[][]): PageSegment[] {
	const out = [...segments];
	for (const run of captions) {
		const at = out.findIndex((s) => firstLine(s) > run[0]!.line);
		const item: PageSegment = { head: [], bylines: [], body: run, kind: 'photo' };
		out.splice(at < 0 ? out.length : at, 0, item);
	}
	return out;
}
