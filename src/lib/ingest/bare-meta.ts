import { readEpaperHeader } from './epaper-header.ts';
import { arabicDates, LUNAR_DATE } from './meta-dates.ts';
import {
	isNamedPublisher,
	isOutletName,
	isPublisherName,
	isPublisherValue,
	ORIGINAL_MARK,
} from './outlets.ts';
import { loneBracketedDate } from './meta-date-printings.ts';
import { readPageMetaLine, toHalfWidthDigits, type PageMeta } from './page-meta.ts';
import { DATELINE } from './patterns.ts';
import type { SourceLine } from './types.ts';
import type { WebHead } from './web-head.ts';
import { isBodyText } from './web-headline.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { nearHeadline: NEAR_HEADLINE, sideColumnReach: SIDE_COLUMN_REACH } = readIngestLines().meta;

/** An e-paper's count of pages on a line of its own (`今日12版`, `本期共16版`). */
const PAGE_COUNT = /^(?:今日|本期)?共?\s*\d{1,3}\s*版$/;

/** An issue's number (`总第1234期`), which only a periodical prints beside its date. */
const ISSUE_NUMBER = /总?第\s*\d{1,8}\s*期/;

/** A lunar date alone on its line (`农历甲辰年七月十七`), as a masthead prints it under the issue's date. */
const LUNAR_LINE = new RegExp(`^${LUNAR_DATE.source}$`);

/**
 * True for a date line only a paper's masthead prints, wherever its page label stands: one with the
 * lunar date or the issue's number, one beside the issue's count of pages or its lunar date, or one
 * right under the paper's name printed as an e-paper's masthead without its day (`某某日报电子版`).
 */
function isMastheadDate(lines: SourceLine[], i: number): boolean {
	const above = i > 0 ? readPageMetaLine(lines[i - 1]!.text) : undefined;
	return (
		LUNAR_DATE.test(lines[i]!.text) ||
		ISSUE_NUMBER.test(lines[i]!.text) ||
		(above?.kind === 'masthead' && above.date === undefined) ||
		[lines[i - 1], lines[i + 1]].some(
			(n) => n !== undefined && (PAGE_COUNT.test(n.text) || LUNAR_LINE.test(n.text)),
		)
	);
}

/** The key words of a source field (`来源：`, `信息来源 |`, `【稿源】`). */
const FIELD_KEY = /来源|稿源|出处/u;
/** A date's key: `发布时间：`, `日期：`, `更新时间:`. */
const DATE_KEY = /(?:时间|日期)\s*[:：]/u;

/** A WeChat account's line over its time line: `原创 某某发布`, the account marking the text its own. */
const ORIGINAL_ACCOUNT = ORIGINAL_MARK;

/**
 * The name on a publisher's line, without the 原创 mark a WeChat account's line prints before it, and
 * the account alone where the author stands before it (`原创 作者 某某发布`).
 */
function accountOf(text: string): string {
	const name = text.replace(ORIGINAL_ACCOUNT, '');
	if (name === text) return text;
	return name.split(/\s+/).at(-1)!;
}

/**
 * The account a WeChat line `原创 某某发布` names right over the line numbered `line` in `lines` (the
 * page's lines before its furniture went, the 原创 mark with them).
 */
function originalAccountAbove(lines: readonly SourceLine[], line: number): string | undefined {
	const at = lines.findIndex((l) => l.line === line);
	const above = at > 0 ? lines[at - 1]!.text : '';
	const account = accountOf(above);
	return account !== above && isPublisherValue(account) ? account : undefined;
}

/** True when a line next to line `i` names a publisher, alone or under a key. */
function besidePublisher(lines: SourceLine[], i: number): boolean {
	return [lines[i - 1], lines[i + 1]].some(
		(n) =>
			n !== undefined &&
			(isPublisherValue(accountOf(n.text)) || readPageMetaLine(n.text)?.source !== undefined),
	);
}

/** A paper's name alone, up to an autonomous county's paper (`某某族某某族自治县日报社`). */
const LONG_PAPER_NAME = /^[\u3400-\u9fff·]{2,20}$/;

/** A paper's name beside its page label, whatever it ends in (`今日某某`). */
const PAPER_NAME = /^[\u3400-\u9fff·]{2,12}$/;

/**
 * The line beside a print page's header that names no paper (`[2024-05-01] 第04版`) when it is a
 * paper's name alone (`某某日报农村版`): the masthead printed over the header, or under it. A name
 * the outlets' list does not know is the paper's when it opens the page right over the header.
 */
function paperBesideHeader(lines: SourceLine[], i: number): SourceLine | undefined {
	const header = readEpaperHeader(lines[i]!.text);
	if (header?.date === undefined || header.paper !== undefined) return undefined;
	return [lines[i - 1], lines[i + 1]].find(
		(n) =>
			n !== undefined &&
			LONG_PAPER_NAME.test(n.text) &&
			(isOutletName(n.text) || (i === 1 && n === lines[0])) &&
			readPageMetaLine(n.text) === undefined,
	);
}

/**
 * Meta lines a web page prints without labels, read from where they stand in the page's head
 * (above its first paragraph): a date alone on a line next to the headline block, in brackets or
 * not, is the page's date; a publisher's name alone next to a date with no source (`某某县融媒体中心` over `2023/12/5`,
 * `某某日报社` over `出版日期：…`) is its source. Next to an e-paper's page label (`A03：要闻`) the
 * date line is the paper's masthead and any name beside it or on it the paper's
 * (`今日某某 2021.03.09`), as it is next to a lunar date or the issue's count of pages (`今日12版`);
 * a paper's name alone beside a print page's header (`某某日报` over `2021-03-09 第03版`) is the paper's.
 * Returns what each such line says, by its line number;
 * `head` is the head of `lines` (`webHeadOf`); `nearPageLabel` tells whether a line number stands
 * next to a page label; `unfurnished` holds the page's lines before its furniture was dropped, where a
 * WeChat account's `原创 某某发布` over its time line still stands; `webHead` tells whether the page's
 * head is a web page's (a site's furniture), the only page with a side column.
 */
export function readBareMeta(
	lines: SourceLine[],
	head: WebHead,
	nearPageLabel: (line: number) => boolean,
	unfurnished: readonly SourceLine[] = lines,
	webHead: () => boolean = () => false,
): Map<number, PageMeta> {
	const out = new Map<number, PageMeta>();
	const first = head.first;
	if (first < 1) return out;
	// The headline is looked for only once a line reads as meta: most pages' heads hold none.
	const headline = () => head.headline().title;
	// The lines just over the first paragraph hold the page's date, as do those by the headline the
	// text answers (a browser's title repeating it at the top of the page stands far from them).
	const nearTitle = (i: number) =>
		first - i <= NEAR_HEADLINE || (headline() >= 0 && Math.abs(i - headline()) <= NEAR_HEADLINE);
	// A source printed under a key (`信息来源：…`) is the page's own word: no bare name stands for it.
	let keyed: boolean | undefined;
	const keyedSource = () =>
		(keyed ??= lines
			.slice(0, first)
			.some((n) => readPageMetaLine(n.text)?.source !== undefined && FIELD_KEY.test(n.text)));
	let keyedDateSeen: boolean | undefined;
	const keyedDate = () =>
		(keyedDateSeen ??= lines
			.slice(0, first)
			.some((n) => readPageMetaLine(n.text)?.date !== undefined && DATE_KEY.test(n.text)));
	// True once a line of the head dates the page: then a side column after the text is not read.
	let headDated = false;
	for (let i = 0; i < first; i++) {
		const l = lines[i]!;
		const paper = nearPageLabel(l.line) || isMastheadDate(lines, i);
		// In the head, a date in Chinese numerals, or alone in round brackets (`（2024-05-01）`) beside
		// the publisher, by the headline dates the page as a plain date does.
		const arabic = arabicDates(l.text);
		const digits = loneBracketedDate(toHalfWidthDigits(arabic)) ?? arabic;
		const printed = readPageMetaLine(l.text, paper);
		const meta = printed ?? (digits === l.text ? undefined : readPageMetaLine(digits, paper));
		if (meta?.date !== undefined) headDated = true;
		if (meta === undefined) {
			const paperName = paperBesideHeader(lines, i);
			if (paperName !== undefined)
				out.set(paperName.line, { kind: 'masthead', source: paperName.text });
			continue;
		}
		if (out.has(l.line)) continue;
		if (meta.kind === 'masthead') {
			if (paper) out.set(l.line, meta);
			continue;
		}
		// Such a date with the publisher beside it (`二〇二四年五月一日 星期三 某某县教育局`) is the page's
		// date and source, as the same line in digits is.
		if (printed === undefined && meta.source !== undefined && meta.date !== undefined) {
			if (paper || nearTitle(i)) out.set(l.line, meta);
			continue;
		}
		if (meta.date === undefined || meta.source !== undefined || meta.dateKind !== undefined)
			continue;
		if (!paper && meta.kind === 'date' && !nearTitle(i)) continue;
		// A date printed under a key (`发布时间：…`) is the page's own word: a bare date in the head (a
		// print's or a browser's stamp, `2019/7/16 13:03`) does not stand for it.
		if (!paper && meta.kind === 'date' && keyedDate()) continue;
		// A date alone in round brackets right under a headline is a speech's or a document's
		// (`（2019年12月31日）`); beside the publisher's name or fields it is the page's.
		if (!paper && digits !== arabic && !besidePublisher(lines, i)) continue;
		const kind = paper ? 'masthead' : 'fields';
		out.set(l.line, { ...meta, kind });
		// The lunar date printed on its own line beside the issue's is the masthead's too.
		for (const n of paper ? [lines[i - 1], lines[i + 1]] : [])
			if (n !== undefined && LUNAR_LINE.test(n.text)) out.set(n.line, { kind });
		// A named publisher is no headline, even one that shares the text's words (`某某县融媒` over a
		// text that opens `某某县融媒消息：`), nor a paper's name by a page label; a headline may end
		// like a body's name (`…举办`).
		const publisher = (paper || !keyedSource() ? [lines[i - 1], lines[i + 1]] : []).find(
			(n) =>
				n !== undefined &&
				(n !== lines[headline()] || isNamedPublisher(n.text) || (paper && isOutletName(n.text))) &&
				(isPublisherValue(accountOf(n.text)) || (paper && PAPER_NAME.test(n.text))) &&
				readPageMetaLine(n.text) === undefined,
		);
		if (publisher === undefined) {
			const account = originalAccountAbove(unfurnished, l.line);
			if (account !== undefined) out.set(l.line, { ...meta, kind, source: account });
			continue;
		}
		// An account that marks the text 原创 wrote it; a name alone may only have posted it.
		const source = accountOf(publisher.text);
		out.set(
			publisher.line,
			paper || source !== publisher.text ? { kind, source } : { kind, source, unkeyed: true },
		);
	}
	if (!headDated && webHead()) readSideColumn(lines, out);
	return out;
}

/**
 * The meta of a two-column page whose saved text puts its side column after the article: a date
 * line (a date alone, keyed or not) just after the last paragraph, with a publisher's name alone
 * over it or under it, is the page's date and source, as the same pair under the headline is.
 * Read only where the head dates nothing, on a page of one story; a list's items (a title with its
 * date) hold no name alone. The column says nothing of where the article starts (`after`).
 */
function readSideColumn(lines: SourceLine[], out: Map<number, PageMeta>): void {
	// A page of several stories (two opening with datelines) is a paper's page: what follows its last
	// story is that story's close (an issuer and a date), no side column of the page.
	if (lines.filter((l) => DATELINE.test(l.text)).length > 1) return;
	let last = lines.length - 1;
	while (last >= 0 && !isBodyText(lines[last]!.text)) last--;
	if (last < 0) return;
	for (let i = last + 1; i < lines.length && i <= last + SIDE_COLUMN_REACH; i++) {
		const meta = readPageMetaLine(lines[i]!.text);
		if (meta?.date === undefined || meta.source !== undefined || meta.dateKind !== undefined)
			continue;
		const publisher = [lines[i - 1], lines[i + 1]].find(
			(n, k) =>
				n !== undefined &&
				(k === 1 || i - 1 > last) &&
				isPublisherName(n.text) &&
				readPageMetaLine(n.text) === undefined,
		);
		if (publisher === undefined) return;
		out.set(lines[i]!.line, { ...meta, kind: 'fields', after: true });
		out.set(publisher.line, { kind: 'fields', source: publisher.text, unkeyed: true, after: true });
		return;
	}
}
