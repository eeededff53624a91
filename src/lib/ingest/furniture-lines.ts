import type { PageFurniture } from '../schema/page-furniture.ts';
import { isBilingualFurniture } from './bilingual-furniture.ts';
import { briefingHeadLines } from './briefing-head.ts';
import { browserTitleHeadline, siteColonHeadline } from './browser-title.ts';
import { breadcrumbMetaTail } from './crumb-meta.ts';
import { readEpaperHeader } from './epaper-header.ts';
import { embedCardLines } from './embed-card.ts';
import { isEpaperToolBar } from './epaper-tools.ts';
import {
	dropAccountCard,
	isFollowButton,
	PREV_NEXT_LABEL,
	wrapsHeadlineBelow,
} from './furniture-context.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { issueCalendarLines } from './issue-calendar.ts';
import { isJumpNote } from './jump-note.ts';
import { isGalleryNumber } from './media-shapes.ts';
import { menuRuns } from './menus.ts';
import { isNavigationLine } from './navigation-line.ts';
import { ORIGINAL_MARK, twoPlateNameAtStart } from './outlets.ts';
import { isLabelWithEditors, isPageLabel } from './page-label.ts';
import { readPageMetaLine } from './page-meta.ts';
import { endsSentence, hanCount, isFurnitureLine } from './patterns.ts';
import {
	isColumnLabel,
	isParagraph,
	isParagraphBetween,
	isPhraseFurniture,
	isSharePrompt,
	LEAD,
} from './phrase-furniture.ts';
import {
	endsList,
	FIELDS_LABEL,
	isDatedLink,
	isMarkedListItem,
	opensSidebar,
} from './related-list.ts';
import { classifiedAdLines } from './classified-ads.ts';
import { colophonLines } from './colophon.ts';
import { isContactFields } from './contact-fields.ts';
import { publicAdLines } from './public-ad.ts';
import { isRevisionNote } from './revision-note.ts';
import { isRunningText } from './running-text.ts';
import { isAppBarName, isSiteHeader } from './site-header.ts';
import { isSiteBar, isSiteName, SITE_DECORATION } from './site-name.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxListItem: MAX_LIST_ITEM,
	maxMarkedListItem: MAX_MARKED_LIST_ITEM,
	maxRelatedListHead: MAX_RELATED_LIST_HEAD,
	headLines: HEAD_LINES,
	minRepostedHan: MIN_REPOSTED_HAN,
	headlineBelowLines: HEADLINE_BELOW_LINES,
	maxReprintNote: MAX_REPRINT_NOTE,
	maxFooterContactLine: MAX_FOOTER_CONTACT_LINE,
} = readIngestLines().furniture;
/** A repost mark closing a line: `（转载）`, `(转自某某网)`. */
const REPOST_MARK = /\s*[（(【[]\s*(?:转载|转发|转自|原载)[^)）】\]]{0,16}[)）】\]]\s*$/;

/**
 * Drops web page furniture by general features: phrase lists from `search-config/page-furniture.json`
 * (share, comment and app prompts, reposting notices, print/close buttons, breadcrumbs), navigation
 * bars of short pieces between separators, e-paper page labels, the site's name standing alone,
 * and related-article lists (a list head such as 相关新闻 with the short title lines under it).
 * Nothing is marked as an item boundary: a share bar between a headline and its text is no break.
 * Returns the kept lines, the site's name when it stood alone on a line, and the numbers of the
 * lines of banners set inside the story (`inside`: a 公益广告's), which the tail reads as never there.
 */
export function dropWebFurniture(
	lines: SourceLine[],
	furniture: PageFurniture,
): { lines: SourceLine[]; siteName?: string; inside: ReadonlySet<number> } {
	const out: SourceLine[] = [];
	let siteName: string | undefined;
	let inList = false;
	const menu = menuRuns(lines);
	const publicAds = publicAdLines(lines, furniture.publicAds);
	const cards = embedCardLines(lines, furniture.embedCards);
	const classified = classifiedAdLines(lines, furniture.classifiedAds);
	const colophon = colophonLines(lines, furniture.colophon);
	const briefing = briefingHeadLines(lines, furniture.briefingHeads);
	const calendar = issueCalendarLines(lines, furniture.issueCalendar);
	// Whether the last line was furniture dropped under the page's text (a tool bar, a menu, a
	// prompt), or a contact line under it: a site's contact fields there (`地址：…　邮编：…`) are its
	// footer.
	let underBar = false;
	let textAbove = false;
	for (const [i, line] of lines.entries()) {
		if (underBar && isContactFields(line.text, MAX_FOOTER_CONTACT_LINE)) continue;
		underBar = false;
		// The end of the lines under this one where a browser's title looks for its headline.
		const below = i + 1 + HEADLINE_BELOW_LINES;
		// A repost mark closing the headline at the top of the page (`标题（转载）`) is no part of it.
		const reposted = out.length < HEAD_LINES ? REPOST_MARK.exec(line.text) : null;
		const block =
			reposted !== null && hanCount(line.text.slice(0, reposted.index)) >= MIN_REPOSTED_HAN
				? { ...line, text: line.text.slice(0, reposted.index) }
				: line;
		const t = block.text;
		// A title marked as a list's item (`· 某某…`) may be long: a headline with its subtitle and date.
		if (
			inList &&
			(t.length <= MAX_LIST_ITEM || isMarkedListItem(t, MAX_MARKED_LIST_ITEM)) &&
			!endsSentence(t) &&
			block.heading === undefined &&
			!endsList(lines, i)
		)
			continue;
		// A box's label over the page's keyed fields (`【文章属性】` over `来源：…`) is no text.
		if (inList && FIELDS_LABEL.test(t) && endsList(lines, i)) {
			inList = false;
			continue;
		}
		inList = false;
		if (publicAds.has(i) || cards.has(i) || classified.has(i) || colophon.has(line.line)) continue;
		if (briefing.has(i) || calendar.has(i)) continue;
		// Running text below the head is what no rule below reads as furniture: it asks none of them.
		if (out.length >= HEAD_LINES && isRunningText(t, furniture)) {
			out.push(block);
			continue;
		}
		// A breadcrumb that prints the page's fields after its path: the fields stay for the cleaner.
		const crumbMeta = breadcrumbMetaTail(t);
		if (crumbMeta !== undefined) {
			out.push({ ...block, text: crumbMeta });
			continue;
		}
		const bare = t.replace(LEAD, '');
		const listHead =
			(t.length <= MAX_RELATED_LIST_HEAD &&
				// A pointer to another piece (`（相关报道见第二版）`) says 见 after the words: the text's own.
				furniture.relatedListHeads.some(
					(h) => bare.startsWith(h) && !/^\s*见/.test(bare.slice(h.length)),
				) &&
				!opensSidebar(lines, i)) ||
			// A link to the page before or after, its label alone over the other page's title.
			PREV_NEXT_LABEL.test(t);
		// Such a label with a blank line under it is a bare button: the line after it is the page's own.
		const opensList =
			listHead && !(PREV_NEXT_LABEL.test(t) && lines[i + 1]?.line !== line.line + 1);
		// A site names itself in its masthead, above the story.
		// A WeChat account's line (`原创 某某县融媒体中心`) is the account's, not the site's name.
		if (out.length < HEAD_LINES && !ORIGINAL_MARK.test(t) && isSiteName(t)) {
			// A body's second nameplate in brackets (`某某县融媒体中心（某某县广播电视台）`) is its name's.
			siteName ??= (twoPlateNameAtStart(t) === t ? t : t.replace(SITE_DECORATION, ''))
				.replace(/\s+/g, '')
				.replace(/官方网站$|官网$|门户网站?$|网站$/, '');
			continue;
		}
		// The headline printed again below with a site's, channel's or repost's word before or after it
		// (`标题 - 某某号·政务`, `某某局·标题`, `标题（转载）`) is the browser's page title.
		if (out.length < HEAD_LINES && wrapsHeadlineBelow(line.text, lines.slice(i + 1, below)))
			continue;
		// The browser's page title (`标题——某某日报`) goes when the headline follows; else it is the
		// headline. A bar of the site's name and its buttons (`某某县人民政府 | 无障碍 | English`) is none.
		const headline = out.length < HEAD_LINES && !isSiteBar(t) ? browserTitleHeadline(t) : undefined;
		if (headline !== undefined) {
			if (!lines.slice(i + 1, below).some((l) => l.text === headline))
				out.push({ ...block, text: headline });
			continue;
		}
		// `站名：标题` goes only where the headline is printed again below: else it is the headline.
		const colonTitle = out.length < HEAD_LINES ? siteColonHeadline(t) : undefined;
		if (colonTitle !== undefined && lines.slice(i + 1, below).some((l) => l.text === colonTitle))
			continue;
		// A reprint's note of its original (`（转载自：某某日报）`) names the source: the cleaner reads it.
		if (
			t.length <= MAX_REPRINT_NOTE &&
			/转|原载|源自|首发/.test(t) &&
			readPageMetaLine(t)?.original === true
		) {
			out.push(block);
			continue;
		}
		// The grammar's own furniture (责任编辑, 延伸阅读) is left to the cleaner, which marks an item
		// boundary after it; a share or scan prompt is no boundary (it sits between a headline and its text).
		if (!isSharePrompt(bare) && isFurnitureLine(t)) {
			inList = opensList;
			out.push(block);
			continue;
		}
		// A follow button closes an account's card: its name and a line about it stand above it.
		if (isFollowButton(bare)) {
			dropAccountCard(out, lines, i);
			continue;
		}
		// A portal's channel named alone above the headline (`政策解读`, `【图文解读】`), in the page's
		// head before any running text, labels the column.
		// The name is tested first: looking back over the kept lines for every line was quadratic.
		const channelLabel =
			(furniture.portalChannels.includes(bare.replace(/[】\]]$/, '').trim()) ||
				isColumnLabel(t, furniture.columnHeads)) &&
			(out.length < HEAD_LINES || !out.some((l) => isParagraph(l.text)));
		if (
			listHead ||
			channelLabel ||
			menu.has(i) ||
			(!isParagraphBetween(lines, i) && isPhraseFurniture(t, furniture)) ||
			isEpaperToolBar(t, furniture.epaperToolWords, furniture.epaperToolParts) ||
			isShapeFurniture(t) ||
			isDatedLink(t) ||
			isGalleryNumber(t, lines[i + 1]?.text) ||
			isNavigationLine(t) ||
			isPageLabel(t) ||
			isJumpNote(t) ||
			isRevisionNote(t) ||
			isLabelWithEditors(t) ||
			isSiteBar(t) ||
			isSiteHeader(t) ||
			isAppBarName(t, lines[i + 1]?.text) ||
			isBilingualFurniture(t, furniture)
		) {
			// The page's fields set off by bars, keyed (`时间：… | 来源：… | 点击数：…`, `来源｜某某日报`) or
			// dated (`2021-08-03 | 某某局 | 阅读量 12`), look like a tool bar, and a WeChat head line naming the
			// account and its time (`原创 某某发布 2024-05-01 发表于某省`) like a byline, but they are its
			// meta line: the cleaner reads them.
			const meta = listHead ? undefined : readPageMetaLine(t);
			// An e-paper's header behind a button (`往期回顾 ▾ 2021-03-09 某某日报`) still names the
			// paper and the issue's date, and a masthead its paper with the edition word set off
			// (`某某晚报 | 电子版`): the cleaner reads them and drops them.
			const header = listHead ? undefined : readEpaperHeader(t);
			if (
				(meta?.kind === 'fields' &&
					(/[:：]|^原创\s/.test(t) || meta.date !== undefined || meta.source !== undefined)) ||
				(meta?.kind === 'masthead' && meta.source !== undefined) ||
				(header?.paper !== undefined && header.date !== undefined)
			) {
				out.push(block);
				continue;
			}
			inList = opensList;
			underBar = textAbove ||= out.some((l) => isParagraph(l.text));
			continue;
		}
		out.push(block);
	}
	const inside = new Set([...publicAds].map((i) => lines[i]!.line));
	return siteName === undefined ? { lines: out, inside } : { lines: out, siteName, inside };
}
