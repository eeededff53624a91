import type { ArticleKind, DatePrecision } from '../schema/taxonomy.ts';
import { inferYear, isYearTrusted, leadDate, type YearEvidence } from './dates.ts';
import { isoDate } from './meta-dates.ts';
import { isOutletName, outletAtStart } from './outlets.ts';
import { DATELINE, isNoticeTitle, PAREN_BYLINE, TRAILING_BYLINE } from './patterns.ts';
import type { PageContext, PageSegment, SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { publisherLines: PUBLISHER_LINES } = readIngestLines().meta;

const { minFullHeadline: MIN_FULL_HEADLINE } = readIngestLines().headings;
const { chars: LEAD_TITLE_CHARS, maxChars: MAX_LEAD_TITLE } = readIngestLines().leadTitle;

/** Headline roles of a headline block. */
export interface Headline {
	/** The headline proper (主题). */
	title?: string;
	/** The line above it (引题). */
	kicker?: string;
	/** The line below it (副题), without its leading dash. */
	subtitle?: string;
}

/**
 * In a two-line headline, tells a subtitle (副题) under the title from a title under its kicker
 * (引题): a dash opens a subtitle; a column tag `(民生观)` closes a title; a second line under a
 * full first line is a subtitle, unless the first line leads into it (`…时指出`, `…印发`, `…——`).
 */
function secondIsSubtitle(first: string, second: string): boolean {
	if (/^[—-]/.test(second)) return true;
	if (/[(\uFF08][^()\uFF08\uFF09]{2,16}[)\uFF09]$/.test(first)) return true;
	if (/(?:指出|强调|表示|要求|提出|印发|说|——|[:\uFF1A])$/.test(first)) return false;
	// A full headline (`headings.minFullHeadline` characters or more) over a line with no cue of its own is title + subtitle:
	// so the 人民日报 corpus's headline lines read, and so the sample pages' labels.
	return first.length >= MIN_FULL_HEADLINE;
}

/**
 * Reads kicker (引题), title (主题) and subtitle (副题) from a headline block. With heading marks, the
 * highest-level heading is the title; otherwise one line is the title, two lines are kicker +
 * title (the 人民日报 layout) unless the second reads as a subtitle, three are kicker + title + subtitle.
 */
export function assignHeadline(head: SourceLine[]): Headline {
	if (head.length === 0) return {};
	const marked = head.some((l) => l.heading !== undefined);
	if (!marked) {
		const tagged = head.findIndex((l) => COLUMN_TAG.test(l.text) && !/^[—-]/.test(l.text));
		if (tagged >= 0) return headlineAround(head, tagged);
		const dash = head.findIndex((l, i) => i + 1 < head.length && /——$/.test(l.text));
		if (dash >= 0) return headlineAround(head, dash + 1);
	}
	let block = head;
	while (block.length > 1 && isDeck(block.at(-1)!.text)) block = block.slice(0, -1);
	return assignHeadlineLines(block);
}

/** A column tag closing a title: `为“候鸟老人”搭好安乐窝(民生视线)`. */
const COLUMN_TAG = /[(\uFF08][^()\uFF08\uFF09]{2,30}[)\uFF09]$/;

/**
 * A summary line printed under a headline, not part of it: a long sentence with commas
 * (`媒体不仅应该是…,更应该是…`) or a bulleted pull quote (`■…`).
 */
function isDeck(text: string): boolean {
	return /^[■●◆▲]/.test(text) || (text.length > 24 && /[,\uFF0C;\uFF1B]/.test(text));
}

/** The headline with the title at `t`: the line above is its kicker, a dash line below its subtitle. */
function headlineAround(head: SourceLine[], t: number): Headline {
	const strip = (s: string) => s.replace(/^[—-]{1,2}\s*/, '').replace(/——$/, '');
	const out: Headline = { title: strip(head[t]!.text) };
	const above = head[t - 1]?.text;
	// The line over a title is its kicker (引题), however long; a summary is printed under it.
	if (above !== undefined && !/^[■●◆▲]/.test(above)) out.kicker = strip(above);
	const below = head[t + 1]?.text;
	if (below !== undefined && /^[—-]/.test(below)) out.subtitle = strip(below);
	return out;
}

function assignHeadlineLines(head: SourceLine[]): Headline {
	const lines = head.slice(-3);
	if (lines.length === 0) return {};
	const texts = lines.map((l) => l.text.replace(/^[—-]{1,2}\s*/, ''));
	const marked = lines.filter((l) => l.heading !== undefined);
	let t: number;
	if (marked.length > 0 && marked.length < lines.length) {
		const level = Math.min(...marked.map((l) => l.heading!));
		t = lines.findIndex((l) => l.heading === level);
	} else if (lines.length === 1) t = 0;
	else if (lines.length === 2) t = secondIsSubtitle(lines[0]!.text, lines[1]!.text) ? 0 : 1;
	else t = 1;
	const out: Headline = { title: texts[t]! };
	if (t > 0) out.kicker = texts.slice(0, t).join(' ');
	if (t + 1 < texts.length) out.subtitle = texts.slice(t + 1).join(' ');
	return out;
}

/** What a dateline says: outlet, city, month and day, and where the lead's own text begins. */
export interface Dateline {
	/** Outlet that filed it (`新华社`, `鲁网`); '' for `本报`. */
	outlet: string;
	/** City it was filed from (`本报济南…电` → 济南). */
	city?: string;
	/** Month printed in the dateline. */
	month?: number;
	/** Day printed in the dateline. */
	day?: number;
	/** The byline inside the parentheses after the dateline. */
	byline?: string;
	/** The lead paragraph without dateline and byline. */
	rest: string;
}

/** `编辑出版:新湘评论杂志社`: group 1 = the publisher's name without 杂志社/报社/编辑部. */
const PUBLISHER =
	/(?:编辑出版|出版|主办)\s*[:\uFF1A]\s*([\u3400-\u9fff]{2,12}?)(?:杂志社|报社|编辑部)/;

/** Parses `本报北京1月18日电(记者张璠)…`, `鲁网5月10日讯(记者 杜伟)…`, `本报讯(记者 X)…`. */
export function parseDateline(text: string): Dateline | undefined {
	const m = DATELINE.exec(text);
	if (m === null) return undefined;
	let rest = text.slice(m[0].length);
	// Bylines come in parentheses, `(记者 李若生)`, or bare before 报道: `记者 李若生 报道:`.
	const byline =
		PAREN_BYLINE.exec(rest) ??
		/^\s*((?:记者|通讯员)[\s\u3400-\u9fff、]{2,30}?)\s*报道[:\uFF1A]?/.exec(rest);
	if (byline !== null) rest = rest.slice(byline[0].length);
	const out: Dateline = { outlet: '', rest: rest.replace(/^[\s:\uFF1A,\uFF0C]+/, '') };
	if (byline !== null) out.byline = byline[1]!;
	const prefix = m[2] ?? m[5] ?? '';
	if (m[3] !== undefined) {
		out.month = Number(m[3]);
		out.day = Number(m[4]);
	}
	// `据新华社北京…电` (after the agency) and `综合本报…电` (compiled by the paper) name the
	// outlet after the word.
	const local = prefix.replace(/^[【\[]/, '').replace(/^(?:据|综合)/, '');
	const outlet = /^本[报刊]/.test(local) ? local.slice(0, 2) : outletAtStart(local);
	if (outlet !== undefined) {
		out.outlet = /^本[报刊]/.test(outlet) ? '' : outlet;
		const city = local.slice(outlet.length);
		if (/^[\u3400-\u9fff]{2,8}$/.test(city)) out.city = city;
	} else if (/^[\u3400-\u9fff]{2,12}$/.test(local) && isOutletName(local)) out.outlet = local;
	return out;
}

/** Names after `记者` in a byline: `记者 任婧婉 刘瑶 李哲`, `记者张璠`, `本报记者 肖 遥`. */
export function reportersFrom(byline: string): string[] {
	const m =
		/(?:记者|作者|撰文|^文(?:\s*[/\uFF0F]\s*图)?|^图(?:\s*[/\uFF0F]\s*文)?)\s*[:\uFF1A/\uFF0F]?\s*(.*)$/.exec(
			byline,
		);
	if (m === null) return [];
	const part = m[1]!.split(/\s*(?:通讯员|实习生|见习记者|摄影|摄|编辑)/)[0]!;
	const tokens = part.split(/[\s、,\uFF0C]+/).filter((t) => /^[\u3400-\u9fff·]+$/.test(t));
	const names: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t.length === 1 && tokens[i + 1]?.length === 1) {
			names.push(t + tokens[i + 1]!);
			i++;
		} else if (t.length >= 2 && t.length <= 5) names.push(t);
	}
	return names;
}

/**
 * Outlet printed before `记者` in a byline (`牡丹晚报全媒体记者 X` → 牡丹晚报); '' for 本报, after a
 * verb of compiling or citing too (`综合本报记者…报道`, `据本报记者`).
 */
export function outletOfByline(byline: string): string {
	const m = /^[□■◎●\s]*([\u3400-\u9fff]{2,14}?)(?:全媒体|融媒体|特约|见习|实习)?记者/.exec(byline);
	if (m === null || /^(?:综合|据|来自|摘自)?本[报刊]/.test(m[1]!)) return '';
	return isOutletName(m[1]!) ? m[1]! : '';
}

const LEAD_ADVERBIAL =
	/^(?:近日|日前|近期|近年来|今年以来|去年以来|目前|当前|截至目前|眼下|此前|随后|同时|据介绍|据悉|据了解|记者了解到|记者获悉|为[^,\uFF0C]{0,20}|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上下中晚]午)?|[^,\uFF0C]{0,6}以来)$/;

/** A title made from the lead: its first clauses after time adverbials, at most about 30 characters. */
export function titleFromLead(lead: string): string {
	const sentence =
		lead.replace(/^图[①-⑩\d]*\s*[为:\uFF1A]\s*/, '').split(/[。!\uFF01?\uFF1F;\uFF1B]/)[0] ?? lead;
	const clauses = sentence
		.split(/[,\uFF0C:\uFF1A]/)
		.map((c) => c.trim())
		.filter((c) => c !== '');
	let i = 0;
	while (i < clauses.length - 1 && LEAD_ADVERBIAL.test(clauses[i]!)) i++;
	let title = clauses[i] ?? sentence;
	for (
		let j = i + 1;
		j < clauses.length && title.length + clauses[j]!.length + 1 <= LEAD_TITLE_CHARS;
		j++
	)
		title += `\uFF0C${clauses[j]!}`;
	if (title.length > MAX_LEAD_TITLE) title = `${title.slice(0, LEAD_TITLE_CHARS)}…`;
	return title.replace(/^[“‘]|[”’]$/g, '');
}

/** Kind of an item from its headline: official notices (公告, 公示, 通告, 启事, 关于…的通知) or news. */
export function kindOf(segment: PageSegment, title: string): ArticleKind {
	if (segment.kind !== 'news') return segment.kind;
	if (isNoticeTitle(title)) return 'notice';
	return 'news';
}

/**
 * The year of an item's month and day from the full date its lead opens with: that date's year, or
 * the next when the dateline's month and day come earlier in the calendar, as a report is filed on or
 * after the day its lead recalls (`1月9日电` over `2019年12月5日，…` is 2020).
 */
function leadYear(
	lead: { year?: number; month: number; day: number } | undefined,
	dateline: Dateline | undefined,
): number | undefined {
	if (lead?.year === undefined) return undefined;
	const { month, day } = dateline ?? {};
	if (month === undefined || day === undefined) return lead.year;
	return month < lead.month || (month === lead.month && day < lead.day) ? lead.year + 1 : lead.year;
}

/** Metadata of one item except title, body and place. */
export interface ItemMeta {
	/** ISO date, padded as `datePrecision` says. */
	date: string | null;
	/** How much of the date is known. */
	datePrecision: DatePrecision;
	/** Outlet; '' when unknown. */
	source: string;
	/** Reporters named in bylines. */
	reporters: string[];
	/** Dateline city. */
	dateline?: string;
	/** `text` when the date was read from the page; absent when it only has a year from outside. */
	dateFrom?: 'text';
}

/**
 * Reads date, outlet, reporters and dateline city of one item, with the page's context and the year
 * (and month) of the issue when known from outside the text (file name, HTML metadata, options).
 */
export function readItemMeta(
	segment: PageSegment,
	page: PageContext,
	evidence: YearEvidence,
	context?: { year?: number; month?: number },
): ItemMeta {
	const lead = segment.body.find((b) => b.heading === undefined)?.text ?? '';
	const dl = parseDateline(lead);
	const reporters = new Set<string>();
	let source = dl?.outlet ?? '';
	const bylines = [
		...segment.bylines.map((b) => b.text),
		...(dl?.byline !== undefined ? [dl.byline] : []),
	];
	const tail = TRAILING_BYLINE.exec(segment.body.at(-1)?.text ?? '');
	if (tail !== null) bylines.push(tail[1]!);
	for (const b of bylines) {
		for (const name of reportersFrom(b)) reporters.add(name);
		if (source === '') source = outletOfByline(b);
	}
	// Page furniture (masthead, `来源:`, copyright notice) names the outlet that `本报` stands for;
	// a web page's own source label names it even over a dateline's agency.
	if (source === '' || page.sourceLabelled === true) source = page.source || source;
	// A masthead's publisher line: `编辑出版:新湘评论杂志社`, `主办:…报社`.
	if (source === '')
		for (const b of [...segment.head, ...segment.body.slice(0, PUBLISHER_LINES)]) {
			const name = PUBLISHER.exec(b.text)?.[1];
			const outlet =
				name === undefined
					? undefined
					: (outletAtStart(name) ?? (isOutletName(name) ? name : undefined));
			if (outlet !== undefined) {
				source = outlet;
				break;
			}
		}
	const issued =
		segment.kind === 'contents'
			? /(\d{1,2})月(\d{1,2})日出版/.exec(segment.body.map((b) => b.text).join(' '))
			: null;
	const fromLead =
		issued === null
			? leadDate(dl?.rest ?? lead)
			: { month: Number(issued[1]), day: Number(issued[2]) };
	const month = dl?.month ?? fromLead?.month;
	const day = dl?.day ?? fromLead?.day;
	const pageYear = page.date === undefined ? undefined : Number(page.date.slice(0, 4));
	const leadText = [...segment.head, ...segment.body.slice(0, 2)].map((b) => b.text).join('\n');
	const inferred = isYearTrusted(evidence, leadText) ? inferYear(evidence, month) : undefined;
	// A month/day printed late in the year on a page of January (`12月31日电` in a 1月1日 issue)
	// belongs to the year before the page's.
	const known = context?.year;
	const fromContext =
		known !== undefined &&
		month !== undefined &&
		context?.month !== undefined &&
		month > context.month + 1
			? known - 1
			: known;
	const year = leadYear(fromLead, dl) ?? fromContext ?? pageYear ?? inferred;
	let date: string | null = null;
	let datePrecision: DatePrecision = 'unknown';
	let yearOnly = false;
	if (page.datePublished === true && page.date !== undefined) {
		// A web page's 发布时间 is its date; a dateline's month/day is often the day before.
		date = page.date;
		datePrecision = 'day';
	} else if (month !== undefined && day !== undefined && year !== undefined) {
		date = isoDate(year, month, day);
		datePrecision = 'day';
	} else if (page.date !== undefined) {
		date = page.date;
		datePrecision = 'day';
	} else if (year !== undefined) {
		date = isoDate(year);
		datePrecision = 'year';
		yearOnly = fromLead?.year === undefined && fromContext !== undefined;
	}
	const out: ItemMeta = { date, datePrecision, source, reporters: [...reporters] };
	// A year known only from outside the text is no date read from it.
	if (date !== null && !yearOnly) out.dateFrom = 'text';
	if (dl?.city !== undefined) out.dateline = dl.city;
	return out;
}
