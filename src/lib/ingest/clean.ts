import { isCommentTime } from './comment-thread.ts';
import {
	BYLINE_LINE,
	COPYRIGHT_HEAD,
	DATELINE,
	endsSentence,
	isFurnitureLine,
	KEYED_PHOTO_CREDIT,
	hanCount,
	META_LINE,
	OUTLET_LEAD,
	PAGE_HEADER,
	PHOTO_CREDIT,
	PICTURE_KEY,
	SOURCE_LABEL,
} from './patterns.ts';
import { NO_FURNITURE, type PageFurniture } from '../schema/page-furniture.ts';
import { breadcrumbColumns, joinBrokenHeadlines } from './broken-headline.ts';
import { readEpaperHeader } from './epaper-header.ts';
import { stripMediaTags } from './media-tags.ts';
import { isOneBroadcastItem, trimBroadcastPage } from './broadcast-page.ts';
import { dropWebFurniture } from './furniture-lines.ts';
import { isPageLabel } from './page-label.ts';
import { isProseSentence } from './phrase-furniture.ts';
import { hasPostingStamp } from './posting-stamp.ts';
import { dropRepeatedLines } from './repeated-lines.ts';
import { dropSheetRepeats } from './sheet-repeats.ts';
import { readBareMeta } from './bare-meta.ts';
import { dateOf } from './meta-dates.ts';
import { BARE_DATE } from './dateline-continues.ts';
import { accountOnPlatform, isOutletName, twoPlateNameAtStart } from './outlets.ts';
import { joinSplitFields } from './meta-line-forms.ts';
import { joinFieldRows } from './field-rows.ts';
import { withNamedEdition, withoutEditionWord } from './masthead.ts';
import { keysKnownOutlet, readSourceNote } from './source-notes.ts';
import { readPageMetaLine, takePageMeta, type PageMeta } from './page-meta.ts';
import type { PageContext, SourceLine } from './types.ts';
import { unkeyTitleFields } from './title-field.ts';
import { hasWebHead } from './web-head-shape.ts';
import { readOriginalTitle } from './original-title.ts';
import { isBodyText, trimWebHead, webHeadOf } from './web-head.ts';
import { isHeadlineLine } from './web-headline.ts';
import { dropEditorNote } from './editor-note.ts';
import { trimWebTail } from './web-tail.ts';
import { cutRunInPrompts, isFollowPrompt } from './prompt-run-in.ts';
import { dropPictureEchoes } from './picture-echo.ts';
import { dropLeadEchoes } from './lead-echo.ts';
import { dropLinkBoxes } from './link-box.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxCopyrightLine: MAX_COPYRIGHT_LINE,
	maxCopyrightHan: MAX_COPYRIGHT_HAN,
	maxCopyrightHead: MAX_COPYRIGHT_HEAD,
	maxPageHeader: MAX_PAGE_HEADER,
	maxMetaLine: MAX_META_LINE,
	minSidebarHan: MIN_SIDEBAR_HAN,
} = readIngestLines().pageLines;
const {
	maxExclaiming: MAX_EXCLAIMING_HEADING,
	maxShort: MAX_SHORT_HEADING,
	maxLong: MAX_LONG_HEADING,
	colonReach: COLON_REACH,
	maxCommas: MAX_HEADING_COMMAS,
	maxSubtitleCommas: MAX_SUBTITLE_COMMAS,
	minBrokenLine: MIN_BROKEN_LINE,
	maxKickerPair: MAX_KICKER_PAIR,
	minLeadRatio: MIN_LEAD_RATIO,
} = readIngestLines().headings;

const CJK = '\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f“”‘’';
const HALF_TO_FULL: Record<string, string> = {
	',': '\uFF0C',
	';': '\uFF1B',
	':': '\uFF1A',
	'?': '\uFF1F',
	'!': '\uFF01',
};
const HALF_WIDTH = /[,;:?!]/;
const HALF_WIDTH_BY_CJK = new RegExp(`([,;:?!])(?=[${CJK}])|(?<=[${CJK}])([,;:?!])`, 'g');

/**
 * Normalises one block of text: strips leading/trailing ASCII, ideographic and no-break spaces,
 * collapses runs of spaces, removes spaces next to Chinese punctuation (`说。 ”` → `说。”`), and
 * turns ASCII `,;:?!` touching Chinese text into their full-width forms. Parentheses stay as printed.
 */
export function normalizeText(text: string): string {
	// Each pattern runs only where the character it needs is there: most lines have none of them.
	let out = text.replace(/[\u00a0\u2002-\u200b\u3000\ufeff\t]/g, ' ');
	if (out.includes('  ')) out = out.replace(/ {2,}/g, ' ');
	out = out.trim();
	if (HALF_WIDTH.test(out)) out = out.replace(HALF_WIDTH_BY_CJK, (m) => HALF_TO_FULL[m] ?? m);
	if (!/\s/.test(out)) return out;
	out = out.replace(/(?<=[)\uFF09])\s+(?=[\u3400-\u9fff\d“])/g, '');
	out = out
		.replace(/\s+(?=[\uFF0C。、\uFF1B\uFF1A\uFF01\uFF1F”’」』\uFF09】》])/g, '')
		.replace(/(?<=[\uFF0C。、\uFF1B\uFF1A\uFF01\uFF1F“‘「『\uFF08【《])\s+/g, '');
	return out;
}

/** A copyright sign or formula anywhere on a line: `2020 © 某某局 版权所有`, `… All Rights Reserved.` */
const COPYRIGHT_SIGN = /©|\bcopyright\b|all rights reserved/i;

/** True for a footer's copyright line, of any length a footer's line has, where the sign stands. */
function isCopyrightLine(text: string): boolean {
	return (
		text.length <= MAX_COPYRIGHT_LINE &&
		COPYRIGHT_SIGN.test(text) &&
		hanCount(text) <= MAX_COPYRIGHT_HAN
	);
}

/** True when a copyright notice goes on with this line (`①凡本网注明…`). */
function continuesCopyright(text: string): boolean {
	return /^[①-⑩⑴-⑽\d一二三四五六七八九十][、.)).]?|本网|转载|著作权|版权|授权|免责|联系/.test(text);
}

/**
 * On a saved e-paper page (its masthead or page header, no web meta line), the headline-shaped line
 * printed right over the headline the text answers, with no line between, is the title box's own
 * line (the title over its subtitle or its second line, a kicker): the trim keeps it.
 */
function withTitleAbove(trimmed: SourceLine[], lines: readonly SourceLine[]): SourceLine[] {
	const top = trimmed[0];
	const at = top === undefined ? -1 : lines.indexOf(top);
	const above = lines[at - 1];
	if (at < 1 || above === undefined || above.line !== top!.line - 1 || !isHeadlineLine(above))
		return trimmed;
	return [above, ...trimmed];
}

/**
 * Drops page furniture and boilerplate (copyright and disclaimer blocks, 责任编辑, 本版责编, 新闻关键词,
 * `来源:… 大字体 小字体 扫码带走 打印`, share widgets) and collects what it says about the page: the
 * outlet and a printed date. The block after removed furniture is marked `afterFurniture`.
 * `bare` holds meta lines read from where they stand (`readBareMeta`), by line number.
 * `paperHead` is true when the page is headed as a saved e-paper page (`withTitleAbove`).
 * `accounts` holds the names the page's source notes call accounts that carried the text.
 */
export function removeBoilerplate(
	lines: SourceLine[],
	bare: ReadonlyMap<number, PageMeta> = new Map(),
	headlineLine?: number,
	accounts: ReadonlySet<string> = new Set(),
): { lines: SourceLine[]; page: PageContext; paperHead: boolean } {
	const page: PageContext = { source: '' };
	// An e-paper's chrome: its masthead (the paper's name, the date and weekday) or its page
	// header (`第03版：要闻`), and no meta line of a web page's own (发布时间, 来源) beside it.
	let paperHead = false;
	let ownMeta = false;
	const kept: SourceLine[] = [];
	let pendingBreak = false;
	let inCopyright = false;
	let lastMeta: PageMeta | undefined;
	// The fields above the headline that dated the page, which fields under it overrule.
	let datedAbove: PageMeta | undefined;
	for (const [i, block] of lines.entries()) {
		const text = block.text;
		if (inCopyright && continuesCopyright(text)) continue;
		// A reading box's label over running text (`延伸阅读` + a paragraph) is the story's sidebar.
		if (opensSidebar(text, lines[i + 1]?.text)) continue;
		inCopyright = false;
		const copyright = COPYRIGHT_HEAD.exec(text);
		if ((copyright !== null && text.length <= MAX_COPYRIGHT_HEAD) || isCopyrightLine(text)) {
			if (copyright?.[1] !== undefined && page.source === '') page.source = copyright[1];
			inCopyright = true;
			pendingBreak = true;
			continue;
		}
		// A note naming the text's source (`本文转载自…`) is read by `cleanLines`; it is no text.
		if (readSourceNote(text) !== undefined) continue;
		// A letter's date is its text's, not the page's.
		if (letterDate(lines, i)) {
			kept.push(pendingBreak ? { ...block, afterFurniture: true } : block);
			pendingBreak = false;
			lastMeta = undefined;
			continue;
		}
		// A reader's comment's time dates the comment: it stays for the comment thread's trimming.
		if (isCommentTime(lines, i)) {
			kept.push(pendingBreak ? { ...block, afterFurniture: true } : block);
			pendingBreak = false;
			lastMeta = undefined;
			continue;
		}
		const header = text.length <= MAX_PAGE_HEADER ? PAGE_HEADER.exec(text) : null;
		const named = header === null ? undefined : (header[1] ?? header[3]);
		// A digital edition's word after the name (`某某晚报数字报 日期 第3版`) makes the header the e-paper's
		// masthead, read below, whose date and paper are the page's own fields; any other header with
		// its page's number is a print page's, which no meta reader takes for the page's fields.
		const printedName = named === undefined ? undefined : withoutEditionWord(named);
		const printHeader = header !== null && printedName === named;
		const read = printHeader ? undefined : (bare.get(block.line) ?? readPageMetaLine(text));
		// The original a field names (`转自：某某发布`) that the page calls an account only carried the text.
		const web = read?.original === true && accounts.has(read.source!) ? carried(read) : read;
		if (web !== undefined) {
			const above = headlineLine !== undefined && block.line < headlineLine;
			if (!above && datedAbove !== undefined && isDatedFields(web) && web.unkeyed !== true) {
				forgetPageMeta(page, datedAbove);
				datedAbove = undefined;
			}
			if (above && isDatedFields(web) && !KEYED.test(text) && page.datePublished !== true)
				datedAbove = web;
			if (web.kind === 'masthead') paperHead = true;
			else if (!(web.kind === 'date' && lastMeta?.kind === 'masthead')) ownMeta = true;
			takePageMeta(page, web, block.line, lastMeta);
			lastMeta = web;
			continue;
		}
		lastMeta = undefined;
		if (printHeader) {
			const printed = header[2];
			// A name the outlets' list does not know is the paper's where the header reads it so.
			const paper =
				printedName !== undefined && isOutletName(printedName)
					? printedName
					: readEpaperHeader(text)?.paper;
			if (paper !== undefined && page.source === '') {
				page.source = withNamedEdition(text, paper);
				page.printHeader = { ...page.printHeader, source: page.source };
			}
			const date = page.date === undefined ? dateOf(printed!) : undefined;
			if (date !== undefined) {
				page.date = date;
				page.printHeader = { ...page.printHeader, date };
			}
			paperHead = true;
			continue;
		}
		const epaper = readEpaperHeader(text);
		if (epaper !== undefined) {
			// The header names the paper's edition after its name (`某某日报（县区版）`), as its masthead does,
			// and, as a masthead read on a web page, the paper and its issue's day are the page's own fields.
			if (epaper.paper !== undefined && page.source === '') {
				page.source = withNamedEdition(text, epaper.paper);
				page.sourceLabelled = true;
				page.fieldsFromPaperHeader = true;
			}
			if (epaper.date !== undefined && (page.date === undefined || page.dateRevised === true)) {
				page.date = epaper.date;
				page.datePublished = true;
				delete page.dateRevised;
				page.fieldsFromPaperHeader = true;
			}
			paperHead = true;
			continue;
		}
		const meta = text.length <= MAX_META_LINE ? META_LINE.exec(text) : null;
		const isFurniture = !isProseSentence(text) && isFurnitureLine(text);
		if (
			meta !== null ||
			isFurniture ||
			(SOURCE_LABEL.test(text) && text.length <= MAX_META_LINE && !endsSentence(text))
		) {
			// The line's first date, whether it opens the line (META_LINE) or stands among its words.
			const date = dateOf(text);
			if (page.date === undefined && date !== undefined) page.date = date;
			// `图片来源`, `数据来源`, `资料来源` credit a picture or a figure, not the page (a space may part
			// the key's two words: `资料图片 来源：…`).
			const label = SOURCE_LABEL.exec(text);
			const credit =
				(label !== null && /[图片据料]$/.test(text.slice(0, label.index).trimEnd())) ||
				KEYED_PHOTO_CREDIT.test(text);
			// A body's two nameplates keep the second's brackets, also inside a bracketed note.
			if (label !== null && !credit && page.source === '')
				page.source =
					twoPlateNameAtStart(text.slice(label.index + label[0].length - label[1]!.length)) ??
					label[1]!.split(/[-—–]/)[0]!;
			// A line of fields that dates the page (`[ 来源：… ] [ 时间：… ]`) heads the story as a
			// meta line does: the headline above it and the text below are one item.
			// A picture's credit (`△ 图片来源：…`) stands inside a story: it marks no break either.
			// A graphic's credit (`制图：某某`, no 本版) between paragraphs stands beside its graphic
			// inside the story; over a headline it may still close the story above.
			if (
				!/^(?:打印|大字体|小字体|扫码带走)/.test(text) &&
				!(GRAPHIC_CREDIT.test(text) && endsSentence(lines[i + 1]?.text ?? '')) &&
				meta === null &&
				date === undefined &&
				!credit
			)
				pendingBreak = true;
			continue;
		}
		kept.push(pendingBreak ? { ...block, afterFurniture: true } : block);
		pendingBreak = false;
	}
	return { lines: kept, page, paperHead: paperHead && !ownMeta };
}

/** The credit of one graphic in a story, not the page's (`本版制图：…` closes the page's stories). */
const GRAPHIC_CREDIT = /^(?:制图|绘图)\s*[:\uFF1A]\s*[\p{Script=Han}·\s]{2,12}$/u;

/**
 * True when line `i` dates a letter printed in the text: a date alone under a person's signature
 * (two to four Han characters) that closes running text. It is the letter's, not the page's.
 */
function letterDate(lines: readonly SourceLine[], i: number): boolean {
	return (
		i >= 2 &&
		BARE_DATE.test(lines[i]!.text) &&
		/^\p{Script=Han}{2,4}$/u.test(lines[i - 1]!.text) &&
		endsSentence(lines[i - 2]!.text)
	);
}

/**
 * True for the label of a reading box (`延伸阅读`, `相关链接`) over a paragraph of running text: the
 * story's own sidebar, not a list of other articles, so no item ends there.
 */
function opensSidebar(text: string, next: string | undefined): boolean {
	return (
		/^[【\[]?(?:延伸阅读|相关阅读|相关链接|背景链接|链接)[】\]]?[:\uFF1A]?$/.test(text) &&
		next !== undefined &&
		endsSentence(next) &&
		hanCount(next) >= MIN_SIDEBAR_HAN
	);
}

/** True for a block that reads like running text: it has clause punctuation and no headline spacing. */
function isProse(text: string): boolean {
	return (
		/[,\uFF0C。;\uFF1B:\uFF1A、!\uFF01?\uFF1F]/.test(text) &&
		!/[\u3400-\u9fff] [\u3400-\u9fff]/.test(text)
	);
}

/**
 * A genre label before a title, naming who prints it and what it is: a commentary
 * (`某某日报评论员文章：`, `某某社论：`, `某某快评：`), an agency's or paper's piece as a broadcast
 * cites it (`新华社播发：`, `某某日报署名文章：`, `新华社长篇通讯：`), a press conference's report
 * (`某某部新闻发布会：`).
 */
const COMMENTARY_LABEL =
	/^[\u3400-\u9fff]{0,12}(?:评论员文章|社论|快评|短评|时评|述评|评论员观察|播发|署名文章|文章|长篇通讯|纪实通讯|通讯|新闻发布会|发布会)[:\uFF1A]/;

/** A column's tag in black brackets at the start of a line, with text after it. */
const COLUMN_TAG = /^【[^【】]{2,30}】(?=\S)/;

/**
 * True for a line shaped like a headline or section heading: no sentence end, and either short
 * (`headings.maxShort` in `ingest-lines.json`) or a long headline or dash subtitle (`——记…`) with
 * few commas.
 */
export function looksLikeHeading(block: SourceLine): boolean {
	if (block.heading !== undefined) return true;
	// A column's tag before a headline (`【某某系列报道】某地：…`) is no part of its length or colons.
	const column = COLUMN_TAG.exec(block.text);
	if (column !== null)
		return looksLikeHeading({ ...block, text: block.text.slice(column[0].length) });
	const t = block.text;
	if (endsSentence(t) || /[,\uFF0C、]$/.test(t)) return false;
	// A short headline may exclaim or ask inside (`首破万亿元！春节消费亮眼`); a sentence may not.
	const inner = t.slice(0, -1);
	if (/[。]/.test(inner)) return false;
	if (
		/[!\uFF01?\uFF1F]/.test(inner) &&
		(t.length > MAX_EXCLAIMING_HEADING || /[,\uFF0C;\uFF1B:\uFF1A]/.test(t))
	)
		return false;
	if (t.length <= MAX_SHORT_HEADING) return true;
	const commas = (t.match(/[,\uFF0C;\uFF1B]/g) ?? []).length;
	// A colon early is a field's or a sentence's, unless a commentary's genre label stands before it.
	const colon = /[:\uFF1A]/.test(t.slice(0, COLON_REACH)) && !COMMENTARY_LABEL.test(t);
	return (
		t.length <= MAX_LONG_HEADING &&
		commas <= (/^——/.test(t) ? MAX_SUBTITLE_COMMAS : MAX_HEADING_COMMAS) &&
		!colon
	);
}

/**
 * Joins a paragraph broken in the middle of a sentence (`推动干部队伍建设能` / `力大幅提升…`): a prose
 * line without a sentence end, followed by a prose line that is not a new lead (dateline, byline,
 * opening quote) and not a heading, and not itself preceded by a heading line.
 */
export function joinBrokenLines(lines: SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	// The source line of the last row joined into `out`'s last block.
	let lastRow = 0;
	// Whether `out`'s last block stands after a blank line.
	let setOff = false;
	// Where a paragraph's rows run on line after line, a blank line parts paragraphs; where every
	// line stands apart, it parts nothing.
	const rowsRunOn = lines.some(
		(l, k) =>
			k > 0 &&
			l.line === lines[k - 1]!.line + 1 &&
			lines[k - 1]!.text.length >= MIN_BROKEN_LINE &&
			!endsSentence(lines[k - 1]!.text) &&
			isProse(lines[k - 1]!.text),
	);
	for (const block of lines) {
		const prev = out.at(-1);
		const beforePrev = out.at(-2);
		// On such a page, a short heading-shaped line (one comma at most) set off by a blank line
		// under a closed paragraph is a section heading (`精准服务，五百名志愿者走进养老院`), not a paragraph's first row;
		// a line closed by a colon leads into what follows it.
		const headingAlone =
			rowsRunOn &&
			prev !== undefined &&
			block.line > lastRow + 1 &&
			beforePrev !== undefined &&
			endsSentence(beforePrev.text) &&
			prev.text.length <= MAX_SHORT_HEADING &&
			!/[:\uFF1A]$/.test(prev.text) &&
			(prev.text.match(/[,\uFF0C;\uFF1B]/g) ?? []).length <= MAX_HEADING_COMMAS &&
			looksLikeHeading(prev);
		const canJoin =
			prev !== undefined &&
			!headingAlone &&
			prev.heading === undefined &&
			block.heading === undefined &&
			block.afterFurniture !== true &&
			!endsSentence(prev.text) &&
			!/[)\uFF09]$/.test(prev.text) &&
			// A caption ends with its credit (`…。 黄芳摄`), not with a full stop.
			!PHOTO_CREDIT.test(prev.text) &&
			!(beforePrev === undefined && prev.text.length <= MAX_SHORT_HEADING) &&
			prev.text.length >= MIN_BROKEN_LINE &&
			isProse(prev.text) &&
			(beforePrev === undefined ||
				!looksLikeHeading(beforePrev) ||
				prev.text.length > MAX_SHORT_HEADING) &&
			isProse(block.text) &&
			// Where rows run on, a row is as wide as the rows under it: a headline-shaped line set off
			// by a blank line over a line many times longer is a headline over its lead paragraph
			// (`“城里安了家，就在这过年”`), however it is punctuated. A line closed by a colon or a dash
			// leads into what follows it, and a picture's credit (`图：某某提供`) is no headline.
			!(
				rowsRunOn &&
				setOff &&
				looksLikeHeading(prev) &&
				!/(?:[:\uFF1A]|——)$/.test(prev.text) &&
				!PICTURE_KEY.test(prev.text) &&
				block.text.length >= MIN_LEAD_RATIO * prev.text.length
			) &&
			// Two short headline-shaped lines are a kicker and its title, not one broken sentence.
			!(
				prev.text.length <= MAX_KICKER_PAIR &&
				block.text.length <= MAX_KICKER_PAIR &&
				looksLikeHeading(block)
			) &&
			!/^[“‘「『《(\uFF08【\[]/.test(block.text) &&
			!DATELINE.test(block.text) &&
			// A broadcast's lead (`央视网消息（新闻联播）：`) opens the text under a long headline.
			!OUTLET_LEAD.test(block.text) &&
			!BYLINE_LINE.test(block.text);
		if (canJoin) out[out.length - 1] = { ...prev, text: prev.text + block.text };
		else {
			setOff = block.line > lastRow + 1;
			out.push(block);
		}
		lastRow = block.line;
	}
	return out;
}

const { mastheadBelowLabel: MASTHEAD_BELOW_LABEL } = readIngestLines().meta;

/**
 * Stage 3 as one call: normalise every block, join a field's key to its value on the next line,
 * drop boilerplate and (with the phrase lists of
 * `search-config/page-furniture.json`) web page furniture and the lines that recur across the
 * page's folder (`repeated`), join broken lines.
 */
export function cleanLines(
	lines: SourceLine[],
	furniture: PageFurniture = NO_FURNITURE,
	repeated?: ReadonlySet<string>,
): { lines: SourceLine[]; page: PageContext } {
	// A table's cells are told apart by the tabs and runs of spaces that normalising collapses;
	// a page saved part by part or printed sheet by sheet loses what recurs at each seam first.
	const plain = dropSheetRepeats(
		joinFieldRows(lines)
			.map((b) => ({ ...b, text: normalizeText(b.text) }))
			.filter((b) => b.text !== ''),
	);
	// A follow or download prompt run into a paragraph's end is cut off it before lines are judged,
	// and a box that prints the text's opening again over it (a digest) goes before it can head a story.
	const normalized = dropLeadEchoes(
		cutRunInPrompts(joinSplitFields(plain), furniture),
		furniture.leadEcho,
	);
	// Web furniture goes first, so a list's head (推荐阅读, 分享到) is still there to drop its items.
	const furnished = dropWebFurniture(stripMediaTags(normalized), furniture);
	// A box of links between two paragraphs (延伸阅读 over other articles' titles) is no text; it
	// stood inside the text, so the tail reads the page as if it had never been there (the paragraph
	// under it is no line stranded under furniture).
	const boxes = dropLinkBoxes(
		furnished.lines,
		normalized,
		furniture.relatedListHeads,
		furniture.linkBoxes,
	);
	const dropped = { ...furnished, lines: boxes.lines };
	// A 公益广告 banner between the paragraphs stood inside the text too.
	const unboxed =
		boxes.boxed.size === 0 && furnished.inside.size === 0
			? normalized
			: normalized.filter((l) => !boxes.boxed.has(l.line) && !furnished.inside.has(l.line));
	// A record's title field (`标  题	某某`) is a headline line.
	// What a picture left (its alt text repeating the headline, its file's name) is no text.
	const web = {
		...dropped,
		lines: unkeyTitleFields(dropPictureEchoes(dropped.lines, furniture.pictureEcho)),
	};
	const labels = normalized.filter((l) => isPageLabel(l.text)).map((l) => l.line);
	// An e-paper's masthead stands above its page label, or just under it.
	// Bare meta lines and the web-page test read the same head, and its headline once.
	const head = webHeadOf(web.lines);
	// Whether the head is a web page's (its site's name, or web furniture over the headline), read
	// once for the bare meta and the web-page test.
	let webHeadSeen: boolean | undefined;
	const webHead = () =>
		(webHeadSeen ??= web.siteName !== undefined || hasWebHead(normalized, web.lines, head));
	const bare = readBareMeta(
		web.lines,
		head,
		(n) => labels.some((x) => n <= x + MASTHEAD_BELOW_LABEL),
		normalized,
		webHead,
	);
	const title = head.headline().title;
	const titleLine = web.lines[title]?.line ?? 0;
	const {
		lines: kept,
		page,
		paperHead,
	} = removeBoilerplate(web.lines, bare, web.lines[title]?.line, carryingAccounts(normalized));
	if (page.source === '' && web.siteName !== undefined) page.source = web.siteName;
	const local = dropRepeatedLines(kept, repeated, furniture.repeatedLines);
	// A page that prints its own 发布时间, 来源 or site name, or whose head held web furniture
	// (menus, tool bars, a search box), is a web page: its head is trimmed to the headline.
	const isWebPage =
		((page.datePublished === true || page.sourceLabelled === true) &&
			page.fieldsFromPaperHeader !== true) ||
		webHead();
	if (isWebPage) page.webPage = true;
	// On a saved e-paper web page the print header's paper and issue day are every story's fields.
	if (isWebPage && page.printHeader !== undefined) {
		if (page.source === page.printHeader.source) page.sourceLabelled = true;
		const { date } = page.printHeader;
		if (date !== undefined && page.date === date && page.datePublished !== true)
			page.datePublished = true;
	}
	const fieldsLine = page.firstMeta?.kind === 'fields' ? page.firstMeta.line : undefined;
	// A web article's headline broken over two lines is one line. An e-paper page, like the
	// newspaper pages of the corpus, prints its kickers and subtitles on lines of their own: only a
	// headline's end broken off its line is joined there.
	const columns = new Set(normalized.flatMap((l) => breadcrumbColumns(l.text)));
	const whole =
		labels.length > 0
			? joinBrokenHeadlines(local, true, columns)
			: isWebPage
				? joinBrokenHeadlines(
						local,
						false,
						columns,
						normalized.find((l) => l.line === fieldsLine),
					)
				: local;
	// A broadcast's transcript page is read by its genre's grammar once the web page's own is done.
	const headTrimmed = () =>
		paperHead && web.siteName === undefined
			? withTitleAbove(trimWebHead(whole, normalized, fieldsLine), whole)
			: trimWebHead(whole, normalized, fieldsLine);
	// A site's 编者按 or 导语 box under a web article's headline is no part of the story; an
	// e-paper's page prints its stories' own boxes.
	const trimmed = trimBroadcastPage(
		isWebPage
			? trimWebTail(
					labels.length > 0 || paperHead
						? headTrimmed()
						: dropEditorNote(headTrimmed(), normalized),
					unboxed,
					furniture.linksAfterText,
					{
						notices: furniture.tailNotices,
						weather: furniture.weatherBox,
						authors: furniture.authorCards,
						replies: furniture.replyCards,
						isPrompt: (text) => isFollowPrompt(text, furniture),
					},
				)
			: local,
	);
	const firstText = trimmed.find((l) => isBodyText(l.text));
	// An e-paper's page label (第A03版) says the page holds a page of stories, whatever its fields.
	// Its fields printed above the text, or below all of it (a 信息公开 table, `来源 · 日期 · 阅读`
	// closing the page), say it holds one article.
	const fields = page.firstMeta?.kind === 'fields' ? page.firstMeta.line : undefined;
	// A paper's name alone on its line over the date is an e-paper's masthead printed over
	// several lines, not a web article's fields.
	const paperMasthead =
		fields !== undefined &&
		page.sourceUnkeyed === true &&
		/报$/.test(page.source) &&
		isOutletName(page.source);
	if (paperMasthead) page.firstMeta = { kind: 'masthead', line: fields };
	if (fields !== undefined && firstText !== undefined)
		page.singleStory =
			(fields < firstText.line || !trimmed.some((l) => l.line > fields && isBodyText(l.text))) &&
			labels.length === 0 &&
			!paperMasthead;
	// A web article's posting stamp between its headline and its text (`某某局` over
	// `2021/03/09 10时05分`), read as no fields line, says the same as its fields.
	else if (
		isWebPage &&
		labels.length === 0 &&
		!paperHead &&
		page.firstMeta === undefined &&
		firstText !== undefined &&
		normalized.some((l) => l.line > titleLine && l.line < firstText.line && hasPostingStamp(l.text))
	)
		page.singleStory = true;
	// A broadcast item's page holds that item alone, whatever headings its transcript prints.
	if (isOneBroadcastItem(trimmed) && labels.length === 0) page.singleStory = true;
	takeSourceNote(page, normalized);
	// Read before a field's key is joined to the line under it, which may be furniture.
	const originals = plain.flatMap((l) => readOriginalTitle(l.text) ?? []);
	if (originals.length > 0) page.originalTitles = originals;
	return { lines: joinBrokenLines(trimmed), page };
}

/**
 * What every line naming an account holds (an account word, or the quote around the name a
 * platform's name precedes), to pass over the page's other lines cheaply.
 */
const ACCOUNT_HINT = /号|客户端|官方|[“"「『]/;

/**
 * A field's key and its colon, or a publishing verb (`某某局 发布于…`): a line that keys its date or
 * source so is the page's own meta.
 */
const KEYED = /[\u3400-\u9fff]\s*[:：]|发布|发表|更新/;

/** True for a line of fields that dates the page as its own. */
function isDatedFields(meta: PageMeta): boolean {
	return meta.kind === 'fields' && meta.date !== undefined && meta.dateKind === undefined;
}

/**
 * Forgets the date and source a line above the headline that keys neither gave the page: a print
 * view's time and site (`2023/6/1 09:15:22　某某县人民政府网`), which the article's own fields under
 * its headline overrule (a WeChat account's line under it, which may only have posted the text,
 * does not).
 */
function forgetPageMeta(page: PageContext, meta: PageMeta): void {
	delete page.date;
	delete page.datePublished;
	delete page.dateRevised;
	if (meta.source !== undefined && page.source === meta.source) {
		page.source = '';
		delete page.sourceLabelled;
		delete page.sourceUnkeyed;
		delete page.sourceBeside;
		delete page.sourceOriginal;
	}
}

/** `meta`'s original as an account's name, which carried the text: any keyed source beats it. */
function carried(meta: PageMeta): PageMeta {
	const out: PageMeta = { ...meta, unkeyed: true };
	delete out.original;
	return out;
}

/**
 * Names the page calls accounts that carried the text: in a source note (`本文转载自“某某发布”公众号`)
 * or after a platform's name (`来源：微信公众号“某某发布”`).
 */
function carryingAccounts(lines: readonly SourceLine[]): Set<string> {
	const out = new Set<string>();
	for (const l of lines) {
		if (!ACCOUNT_HINT.test(l.text)) continue;
		const account = accountOnPlatform(l.text);
		if (account !== undefined) out.add(account);
		const note = readSourceNote(l.text);
		if (note?.account === true) out.add(note.source);
	}
	return out;
}

/**
 * Keeps what the page's first source note says (`本文来源：…`, `（本文转载自…）`), after any that only names an
 * account that carried the text, wherever it stands,
 * furniture around it or not: it names the source when no field did or only a name under no key
 * did, and a reprint's original beats the reprinting site's own 来源, as a `转载自：` field does,
 * unless that 来源 keys an outlet the genre knows by name and the note's does not (`keysKnownOutlet`).
 */
function takeSourceNote(page: PageContext, lines: SourceLine[]): void {
	for (const l of lines) {
		const note = readSourceNote(l.text);
		if (note === undefined) continue;
		// An account that carried the text names the source only where no field did, and yields to a
		// later note naming where the text came from (`本文转自公众号“某某发布”` … `（来源：某某日报）`).
		// So does a paper's record of printing it (`（原载于《某某日报》…第2版）`).
		if (note.account === true || note.printed === true) {
			if (page.sourceLabelled !== true) {
				page.source = note.source;
				page.sourceLabelled = true;
				page.sourceUnkeyed = true;
			}
			continue;
		}
		const original =
			note.original === true && page.sourceOriginal !== true && !keysKnownOutlet(page, note.source);
		// A body's name beside the date only posted the text, which the note credits.
		if (
			page.sourceLabelled !== true ||
			original ||
			page.sourceUnkeyed === true ||
			page.sourceBeside === true
		) {
			page.source = note.source;
			page.sourceLabelled = true;
			delete page.sourceUnkeyed;
			delete page.sourceBeside;
			if (original) page.sourceOriginal = true;
		}
		return;
	}
}
