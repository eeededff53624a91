import { isGuideLabel, namesItsPage } from './line-roles.ts';
import type { PageSegment } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

// Fewest titles of a guide, as of a contents list: one line naming a page is a story's own note
// (`（相关报道见第二版）`), which stays where the page prints it.
const { minContentsTitles: MIN_GUIDE_TITLES } = readIngestArticles().splitting;

/**
 * The page's items without its guides to the issue (导读): a contents item of two titles or more,
 * every one of which names another page (`某某……第6版`, `▶A5　某某`), beside a story of the page's own. The stories it
 * names are on those pages; a page of contents alone keeps its list.
 */
export function withoutIssueGuides(segments: PageSegment[]): PageSegment[] {
	if (!segments.some((s) => s.kind === 'news')) return segments;
	return segments.filter((s) => {
		if (s.kind !== 'contents') return true;
		const titles = s.body.filter((b) => !isGuideLabel(b.text));
		return titles.length < MIN_GUIDE_TITLES || titles.some((b) => !namesItsPage(b.text));
	});
}
