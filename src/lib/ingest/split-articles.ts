import { endsSentence, hanAtLeast, isNoticeTitle, OUTLET_LEAD, PICTURE_KEY } from './patterns.ts';
import type { StoryBoundary } from '../schema/page-furniture.ts';
import { opensNewStory } from './story-boundary.ts';
import { storyStart, type HeadlineBlock, type StoryStartOptions } from './story-start.ts';
import { overlap } from './text-overlap.ts';
import {
	BARE_DATE,
	ISSUE_DATE,
	leadAnswersHeadline,
	restatedSummary,
	signedOff,
} from './dateline-continues.ts';
import { contentsKey, contentsTitles, withoutPageContents } from './page-contents.ts';
import { withCaptionItems, withoutLooseCaptions } from './loose-captions.ts';
import { answeredHeadline } from './answered-headline.ts';
import { isSiblingSection } from './sibling-section.ts';
import {
	reattachTrailingTitles,
	takeBackHeadline,
	withoutColumnLabels,
} from './headline-repairs.ts';
import { sectionsOf, storyBigrams, summaryOnly, type StoryBigrams } from './open-story.ts';
import type { PageSegment, SourceLine } from './types.ts';
import type { LineRole } from './line-roles.ts';

export { isContentsLine, lineRole, type LineRole } from './line-roles.ts';
import {
	isArtCredit,
	isBareDateline,
	isBoxLabel,
	isContentsLabel,
	isDatelineLead,
} from './line-roles.ts';
import { headsPhoto, rolesInContext } from './line-context.ts';
import { isBriefHead, isSidebarLabel } from './sidebar-briefs.ts';
import { columnTagOf } from './column-tag.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

const { minLetterTextHan: MIN_LETTER_TEXT_HAN, maxColumnLabel: MAX_COLUMN_LABEL } =
	readIngestArticles().splitting;

/** Title of a round-up of briefs: `国内联播快讯`, `国际简讯`, `一句话新闻`, `要闻速览`. */
const ROUND_UP = /(?:快讯|简讯|短讯|速递|速览|集锦|一句话新闻|新闻简报|要闻简报)$/;

const { minBriefHan: MIN_BRIEF_HAN, maxBoxLines: MAX_BOX_LINES } = readIngestArticles().splitting;

/** A picture's credit keyed by the picture alone, no writer: `图：某某`, `图片/某某`, `摄影：某某`. */
const PICTURE_CREDIT = new RegExp(
	String.raw`${PICTURE_KEY.source}\s*[\p{Script=Han}·\s]{2,12}$`,
	'u',
);

/** True for a brief's first paragraph: a sentence of running text. */
const briefText = (text: string) => endsSentence(text) && hanAtLeast(text, MIN_BRIEF_HAN);

/** The running text of a story so far, its section headings left out. */
function storyText(segment: PageSegment, roleOf: Map<SourceLine, LineRole>): SourceLine[] {
	return segment.body.filter((b) => b.heading === undefined && roleOf.get(b) !== 'heading');
}

/** Up to two paragraphs of running text from `start` on, stopping at the next headline. */
function nextParagraphs(lines: SourceLine[], roles: string[], start: number): SourceLine[] {
	const out: SourceLine[] = [];
	for (let j = start; j < lines.length && roles[j] !== 'heading' && out.length < 2; j++)
		out.push(lines[j]!);
	return out;
}

/**
 * True when the story model is sure, beyond the e-paper setting `partsThreshold`, that a story
 * starts in this block: on a page whose stories open with datelines, a headline over plain text
 * heads a part of the story above unless its text answers it or the model is that sure (a feature
 * printed after a dated brief). Without the setting the parts rule stands alone.
 */
function surelyStarts(block: HeadlineBlock, options: StoryStartOptions): boolean {
	const t = options.answered?.partsThreshold;
	if (t === undefined || options.model === undefined) return false;
	const model = { ...options.model, threshold: t, singleStoryThreshold: t };
	return storyStart(block, { ...options, model }) !== undefined;
}

/** True when a story's text so far is only a labelled box: its label, then a few lines of text. */
function boxOnly(body: SourceLine[], roleOf: Map<SourceLine, LineRole>): boolean {
	return (
		body.length >= 2 &&
		body.length <= MAX_BOX_LINES + 1 &&
		isBoxLabel(body[0]!.text) &&
		body.every((b) => roleOf.get(b) === 'body')
	);
}

/**
 * The page without the credits of pictures standing inside a story: a picture's credit alone
 * (`图：某某`) under a story's text or a section heading, over text or a heading, heads no story and
 * is no text (read as a byline, it would cut the story in two), and the lines' roles.
 */
function withoutPictureCredits(page: SourceLine[]): {
	whole: SourceLine[];
	wholeRoles: LineRole[];
} {
	const roles = rolesInContext(page);
	const text = roles.findIndex((r) => r === 'body' || r === 'dateline');
	const credit = (k: number) =>
		roles[k] === 'byline' &&
		text >= 0 &&
		text < k &&
		(roles[k - 1] === 'body' || roles[k - 1] === 'dateline' || roles[k - 1] === 'heading') &&
		(roles[k + 1] === 'body' || roles[k + 1] === 'heading') &&
		PICTURE_CREDIT.test(page[k]!.text);
	if (!page.some((_, k) => credit(k))) return { whole: page, wholeRoles: roles };
	const whole = page.filter((_, k) => !credit(k));
	return { whole, wholeRoles: rolesInContext(whole) };
}

function newSegment(kind: PageSegment['kind'], head: SourceLine[] = []): PageSegment {
	return { head, bylines: [], body: [], kind };
}

/**
 * Splits a cleaned page into its items. A story starts at a headline block followed by a
 * dateline (`本报北京1月18日电`) or byline (`本报记者 X`), at a dateline or byline directly after
 * another story's text, after removed page furniture, or at the top of the page; a headline
 * block followed by running text inside a story is a section heading. Photo captions (`…摄`) and
 * contents lists become items of their own (a caption between paragraphs or stories is read as if
 * it were not there); a title printed after its body is moved back. With a
 * `boundary` model, a headline inside a story whose text turns to another subject opens a new story.
 * A page's own list of its stories (版面目录: titles printed again below as headlines) is dropped;
 * on a page known to hold several stories (`options.severalStories`, an e-paper page), a headline
 * the text under it answers opens a story (`options.answered`).
 */
export function splitArticles(
	page: SourceLine[],
	boundary?: StoryBoundary,
	options: StoryStartOptions = {},
): PageSegment[] {
	const { whole, wholeRoles } = withoutPictureCredits(withoutPageContents(page));
	const listed = contentsTitles(page);
	const { lines, captions } = withoutLooseCaptions(whole, wholeRoles);
	const segments: PageSegment[] = [];
	// Roles are a function of the lines alone: with no caption taken out, they are those just read.
	const roles = captions.length === 0 ? wholeRoles : rolesInContext(lines);
	const roleOf = new Map(lines.map((l, i) => [l, roles[i]!]));
	// A page that shows several stories by their grammar (two datelines or bylines) is read for
	// stories that run on without one; elsewhere the model must be surer, as a single article's
	// section headings should stay inside it.
	const printed = roles.filter((r) => r === 'dateline' || r === 'byline').length;
	const starts = options.severalStories === true ? Math.max(printed, 2) : printed;
	// On an e-paper page whose stories open with datelines (央视网消息：, 本报讯), a headline over
	// plain text heads a part of the story above, unless the text under it answers it.
	const datedHeads = roles.filter(
		(r, k) => r === 'heading' && (roles[k + 1] === 'dateline' || roles[k + 1] === 'byline'),
	).length;
	const partsOnly = options.severalStories === true && datedHeads >= 2;
	const model =
		starts >= 2 || boundary === undefined
			? boundary
			: { ...boundary, threshold: boundary.singleStoryThreshold };
	let cur: PageSegment | undefined;
	const storyCache = new Map<PageSegment, StoryBigrams>();
	let lastNews: PageSegment | undefined;
	// A round-up of briefs (国内联播快讯, 简讯) is one item: its briefs' headlines stay in its text.
	let inRoundUp = false;
	// A story's sidebar (链接) of briefs: their heads and datelines stay in its text.
	let inSidebar = false;
	const open = (seg: PageSegment) => {
		inRoundUp = false;
		inSidebar = false;
		segments.push(seg);
		cur = seg;
		if (seg.kind === 'news') lastNews = seg;
		return seg;
	};
	for (let i = 0; i < lines.length; i++) {
		const block = lines[i]!;
		const role = roles[i]!;
		if (role === 'heading') {
			let end = i;
			// A data box's figure between headline lines (`3.57万亿`) does not end the block.
			const continues = (k: number) =>
				lines[k]!.afterFurniture !== true &&
				(roles[k] === 'heading' || (roles[k] === 'figure' && roles[k + 1] === 'heading'));
			while (end + 1 < lines.length && continues(end + 1)) end++;
			const group = lines.slice(i, end + 1);
			// A letter's signature and its date (`习近平` / `2019年10月6日`) close the letter's text.
			if (
				cur?.kind === 'news' &&
				cur.body.length > 0 &&
				group.length <= 2 &&
				BARE_DATE.test(group.at(-1)!.text) &&
				group.every((l) => !hanAtLeast(l.text, MIN_LETTER_TEXT_HAN))
			) {
				cur.body.push(...group);
				i = end;
				continue;
			}
			const head = group.filter((_, k) => roles[i + k] !== 'figure');
			let after = end + 1;
			while (roles[after] === 'figure') after++;
			const nextRole = roles[after];
			const boxed = end + 1 < lines.length && isBoxLabel(lines[end + 1]!.text);
			const hasH1 = head.some((h) => h.heading === 1);
			const columnTag = columnTagOf(head.at(-1)!.text) !== undefined;
			// An official notice's title (`关于…的公告`) opens an item of its own.
			const noticeTitle = isNoticeTitle(head.at(-1)!.text);
			const photo = nextRole === 'body' && headsPhoto(lines, roles, end);
			// A brief's headline over its text is a line of the round-up, as the corpus keeps it; a
			// short line under a headline that ends no sentence is a link's or a prompt's, no brief.
			if (
				inRoundUp &&
				nextRole === 'body' &&
				briefText(lines[after]!.text) &&
				block.afterFurniture !== true &&
				!noticeTitle &&
				!boxed &&
				!photo
			) {
				cur!.body.push(...group);
				i = end;
				continue;
			}
			// Under a story's text, a sidebar's label opens its briefs; a region's name over a headline
			// heads one of them.
			if (
				cur?.kind === 'news' &&
				cur.body.length > 0 &&
				(isSidebarLabel(head[0]!.text) || (inSidebar && isBriefHead(head)))
			) {
				inSidebar = true;
				cur.body.push(...group);
				i = end;
				continue;
			}
			// An outlet's lead (`央视网消息（新闻联播）：`) opens each of its items: under one, a headline
			// over text that opens with no lead of its own heads a part of the item, as TV items are
			// sub-headed as a rule.
			const broadcastPart =
				nextRole === 'body' &&
				cur?.kind === 'news' &&
				OUTLET_LEAD.test(cur.body.find((b) => roleOf.get(b) !== 'figure')?.text ?? '') &&
				!OUTLET_LEAD.test(lines[after]!.text);
			// A headline in the pattern of the story's own section headings is its next section.
			const sibling =
				nextRole === 'body' &&
				cur?.kind === 'news' &&
				isSiblingSection(
					head,
					cur.body.filter((b) => roleOf.get(b) === 'heading'),
				);
			// On an e-paper page, a headline the text under it answers opens a story of its own.
			const answered =
				!broadcastPart &&
				!sibling &&
				options.answered !== undefined &&
				nextRole === 'body' &&
				cur?.kind === 'news' &&
				answeredHeadline(
					head,
					storyText(cur, roleOf),
					nextParagraphs(lines, roles, after),
					options.answered,
				);
			const startsItem =
				// In a round-up, a headline over no brief's text (a link list, a prompt) ends it.
				(inRoundUp && nextRole === 'body') ||
				// The page's own contents list names the story this headline opens.
				(listed.size > 0 &&
					[head.map((h) => h.text), ...head.map((h) => [h.text])].some((t) =>
						listed.has(contentsKey(t)),
					)) ||
				answered ||
				noticeTitle ||
				nextRole === 'dateline' ||
				nextRole === 'byline' ||
				nextRole === 'contents' ||
				nextRole === 'photo' ||
				photo ||
				boxed ||
				cur === undefined ||
				cur.kind !== 'news' ||
				block.afterFurniture === true ||
				// A cartoon's credit (`王 五图 赵 六文`) closes its item.
				(i > 0 && isArtCredit(lines[i - 1]!.text)) ||
				(hasH1 && cur.body.length > 0) ||
				(columnTag && cur.body.length > 0) ||
				// A dash subtitle (`——习近平走进胡同问民生`) belongs to a headline, never to a section heading.
				(head.some((h) => /^——\s*[^\s]{8,}/.test(h.text)) && cur.body.length > 0) ||
				// A speech's or a document's title over the date it was given opens its full text,
				// unless a lead above it or in its block leads into it (`央视网消息：`, `全文如下：`).
				((head.slice(1).some((h) => ISSUE_DATE.test(h.text)) ||
					ISSUE_DATE.test(lines[after]?.text ?? '')) &&
					cur.body.length > 0 &&
					![lines[i - 1], ...head].some((l) => /[:\uFF1A]$/.test(l?.text ?? ''))) ||
				(nextRole === undefined && cur.head.length === 0 && cur.body.length > 0);
			const opens =
				!startsItem &&
				nextRole === 'body' &&
				cur !== undefined &&
				model !== undefined &&
				opensNewStory(
					head,
					storyBigrams(storyCache, cur, roleOf),
					nextParagraphs(lines, roles, end + 1),
					model,
				);
			const canContinue = cur !== undefined && cur.kind === 'news';
			const candidate: HeadlineBlock = {
				lines,
				roles,
				start: i,
				end,
				cues: {
					nextRole,
					rule: startsItem || opens,
					strong: startsItem,
					boxed,
					photo,
					columnTag,
					notice: noticeTitle,
					// A round-up's briefs stay in its text above and never reach the model.
					roundUpBrief: false,
					pageStarts: starts,
					...sectionsOf(canContinue ? cur! : undefined, roleOf),
					// An e-paper page reprints whole web stories, whose parts are sub-headed under a
					// dateline too: a brief's dateline says nothing there, unless the page's stories
					// open with datelines as a rule (then the parts rule above reads the headlines).
					...(options.severalStories === true && !partsOnly ? { storyDated: false } : {}),
				},
				story: () =>
					canContinue ? storyBigrams(storyCache, cur!, roleOf) : { bigrams: new Set(), chars: 0 },
				next: nextParagraphs(lines, roles, after),
				storyHead: canContinue ? cur!.head : [],
				items: segments.length,
				canContinue,
			};
			const modelStart = storyStart(candidate, options);
			const at =
				((broadcastPart || sibling) && !startsItem) ||
				(partsOnly && nextRole === 'body' && !startsItem && !surelyStarts(candidate, options))
					? undefined
					: modelStart;
			const offset = i;
			i = end;
			if (at === undefined) {
				cur!.body.push(...group);
				continue;
			}
			cur?.body.push(...group.slice(0, at - offset));
			const rest = group.slice(at - offset);
			const restHead = rest.filter((l) => roleOf.get(l) !== 'figure');
			const kind =
				nextRole === 'contents' ? 'contents' : nextRole === 'photo' || photo ? 'photo' : 'news';
			const roundUp = restHead.some((h) => ROUND_UP.test(h.text));
			open(newSegment(kind, withoutColumnLabels(restHead))).body.push(
				...rest.filter((l) => roleOf.get(l) === 'figure'),
			);
			inRoundUp = roundUp;
			continue;
		}
		if (role === 'byline') {
			if (cur !== undefined && cur.kind === 'news' && cur.body.length === 0)
				cur.bylines.push(block);
			else open(newSegment('news')).bylines.push(block);
			// A short line between a byline and the lead is a column label (`因干部状态新观察`).
			if (
				roles[i + 1] === 'heading' &&
				(roles[i + 2] === 'body' || roles[i + 2] === 'dateline') &&
				lines[i + 1]!.text.length <= MAX_COLUMN_LABEL
			)
				i++;
			continue;
		}
		if (role === 'photo') {
			// A caption is an item of its own; text after it goes on with the story it interrupted.
			if (cur !== undefined && cur.kind === 'photo' && cur.body.length === 0) cur.body.push(block);
			else segments.push({ ...newSegment('photo'), body: [block] });
			if (cur?.kind === 'photo') cur = lastNews;
			continue;
		}
		if (role === 'contents') {
			if (cur !== undefined && cur.kind === 'contents') cur.body.push(block);
			else open(newSegment('contents')).body.push(block);
			continue;
		}
		// A headline's summary (提要) may stand above the dateline: the dateline still opens no new item.
		const freshHead = () =>
			cur !== undefined &&
			cur.kind === 'news' &&
			// A data box's figures under the headline count as no text, and so does a dateline with
			// nothing after it but its byline (`本网讯（记者 某某）` over a reprint's own lead).
			(cur.body.every((b) => roleOf.get(b) === 'figure' || isBareDateline(b.text)) ||
				// A letter printed above the report on it, signed and dated.
				(cur.head.length > 0 && signedOff(cur.body)) ||
				// A 提要 of a few paragraphs that the report under the dateline restates.
				(cur.head.length > 0 &&
					cur.bylines.length === 0 &&
					restatedSummary(cur.body, lines, roles, i, roleOf)) ||
				// A labelled box under the headline (核心阅读 and its few lines) is the story's own.
				(cur.head.length > 0 && boxOnly(cur.body, roleOf)) ||
				(cur.head.length > 0 &&
					// Under a byline, one summary line at most (a web page's 提要 under 记者 X).
					(cur.bylines.length === 0 || cur.body.length <= 1) &&
					summaryOnly(cur.body, roleOf) &&
					!cur.body.some((b) => isDatelineLead(b.text)) &&
					(overlap(cur.head.map((h) => h.text).join(''), cur.body) >= 0.25 ||
						overlap(cur.body.map((b) => b.text).join(''), lines.slice(i, i + 3)) >= 0.3)));
		// One headline over two dispatches (`某某某某分别会见…`): the second dateline's lead answers
		// a line of the headline of the story it follows, whose text ran on from a dateline with no heading.
		const nextDispatch = () =>
			cur !== undefined &&
			cur.kind === 'news' &&
			cur.head.length > 0 &&
			cur.body.some((b) => roleOf.get(b) === 'dateline') &&
			!cur.body.some(
				(b) =>
					b.heading !== undefined || (roleOf.get(b) !== 'body' && roleOf.get(b) !== 'dateline'),
			) &&
			leadAnswersHeadline(cur.head, block);
		if (role === 'dateline' && !inSidebar && !freshHead() && !nextDispatch()) {
			const previous = cur;
			const next = open(newSegment('news'));
			if (previous !== undefined) takeBackHeadline(previous, next, lines.slice(i, i + 3));
		} else if (cur === undefined || block.afterFurniture === true) open(newSegment('news'));
		cur!.body.push(block);
	}
	reattachTrailingTitles(segments);
	// A contents label with no list under it (a link to the page's contents) is no item.
	const labelOnly = (s: PageSegment) =>
		s.kind === 'contents' &&
		s.head.length === 0 &&
		s.body.length === 1 &&
		isContentsLabel(s.body[0]!.text);
	return withCaptionItems(
		segments.filter((s) => s.head.length + s.body.length + s.bylines.length > 0 && !labelOnly(s)),
		captions,
	);
}
