import { fieldKind, isTextCredit, MAX_KEY } from './field-keys.ts';
import { isFollowButton } from './furniture-context.ts';
import { publisherOfChannel } from './own-channel.ts';
import { paperOfOffice, readMasthead } from './masthead.ts';
import {
	arabicDates,
	DATE,
	DATE_START,
	isoOf,
	splitBareDate,
	WEEKDAY,
	withoutDateTrimmings,
	LONE_WEEKDAY,
} from './meta-dates.ts';
import { RELATIVE_TIME } from './meta-date-printings.ts';
import { labelledMetaForm } from './meta-line-forms.ts';
import {
	isNewsOutlet,
	isPublisherValue,
	isReprintPlatform,
	outletOfLatinCode,
	twoPlateNameAtStart,
} from './outlets.ts';
import { PERSON_NAME } from './patterns.ts';
import { SITE_GREETING_START } from './site-greeting.ts';
import type { PageContext } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxMetaLine: MAX_META_LINE } = readIngestLines().pageLines;
const { maxSourceName: MAX_SOURCE_NAME, maxCreditValue: MAX_CREDIT_VALUE } =
	readIngestLines().webMeta;

/**
 * The meta lines a web page prints around its headline: labelled fields (`发布时间：… 来源：… 浏览次数：…`,
 * the 政府信息公开 table's `索引号` / `发布机构` / `成文日期`), a line that opens with the date, and an
 * e-paper's masthead (`某某日报 2021年3月9日`, `某某晚报电子版`). The genre's standard labels, not
 * any one site's wording.
 */

/** What a meta line says about the page. */
export interface PageMeta {
	/** `fields` for labelled fields or a date with fields, `masthead`, `date` for a date alone (a letter's or a diary's date too). */
	kind: 'fields' | 'masthead' | 'date';
	/** ISO date printed on the line. */
	date?: string;
	/**
	 * `written` when the only date is the document's (成文日期), which stands for the page's date only
	 * while no other meta line dates it; `revised` when it is the date the page or its site was last
	 * revised (`更新时间：…`), which beats a dateline but yields to any other meta line's date.
	 */
	dateKind?: 'written' | 'revised';
	/** Outlet or publishing body named by a source label or a masthead. */
	source?: string;
	/** True when `source` is the original a reprint names (`转载自：…`, `原载：…`). */
	original?: true;
	/**
	 * True when `source` is named by where it stands, under no key: the account a WeChat head names,
	 * a publisher's name alone beside the date. A keyed source anywhere on the page beats it.
	 */
	unkeyed?: true;
	/**
	 * True when `source` is a body's name printed beside the line's date under no key
	 * (`某某县民政局 2021-08-03 10:20`): the page's publisher, which may only have posted a text that a
	 * keyed source elsewhere credits to a news outlet.
	 */
	beside?: true;
	/** True for meta printed after the text (a side column): it dates and names the page, not where its article starts. */
	after?: true;
}

/**
 * A field's key and its colon: a run of Han characters that starts the line or follows a space,
 * a bracket or a separator (so `资金来源` inside a sentence is no key), read by `fieldKind`.
 */
const FIELD = new RegExp(
	`(?<![\\u3400-\\u9fff])[【\\[]?([\\u3400-\\u9fff]{1,${MAX_KEY}})[】\\]]?\\s*[:\\uFF1A]`,
	'g',
);

const TOOL_BITS =
	/[【[]?(?:字号|字体)?[:：]?\s*[大中小](?:\s*[大中小]){1,2}[】\]]?|[【[][^】\]]{1,6}[】\]]/g;
/** A WeChat channel after an outlet's name in a source field: `公众号`, `微信公众号`, `官方微信`. */
const CHANNEL = /(?:(?:微信)?公众号|官方微信|官微)$/;
/** An account's name in a source field tagged in brackets as the account it is: `某某县应急（微信号）`. */
const TAGGED_ACCOUNT =
	/^[^（(\s]{2,30}[（(](?:微信号|(?:微信)?公众号|官方微信|官微|(?:官方)?微博|视频号|抖音号|头条号)[)）]/;
/** A bare publishing verb as a key (`发布：`, `发表：`). */
const PUBLISH_VERB = /^(?:发布|发表|发稿)$/;
/** A source naming the page's own site or paper (`本站`, `本网`, `本报`), not an outlet. */
const SELF = /^本(?:站|网|台|报|刊)/;
/** A key of the date the page was last revised (`更新时间`, `修改日期`), not published. */
const REVISED = /更新|修改|修订/;
/**
 * A key naming the page's publishing (`发布日期`, `发表时间`, `公开日期`): its date beats any other date
 * key of the page's on the line (a 信息公开 record's 生成日期, a revision's 更新时间).
 */
const PUBLISHED_KEY = /发布|发表|刊发|公开|上线|上网/;
/**
 * A weekday printed before the date it names (`星期五 2023年10月20日`, `周三，2023-10-20`), as
 * portals print it as often as after: read as if printed after.
 */
const WEEKDAY_BEFORE_DATE = new RegExp(
	`(?:${WEEKDAY.source})\\s*[,，、]?\\s*(?=${DATE_START}\\s*\\d)`,
	'g',
);
/** The verb an issue's publisher stands under (`出版：某某日报社`, `出版单位：`). */
const ISSUE_VERB = /^(?:本期)?出版(?:单位)?$/;

/** A publishing verb printed after the date it keys, with the separator before the publisher. */
const VERB_AFTER_DATE = /^(?:发布|发表|推送)\s*[·•|｜丨]?\s*/;
/** A web address, with its scheme or its `www.` (`https://…`, `www.example.gov.cn`). */
const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/** A name in square, lenticular or tortoise-shell brackets: `【某某县教育局】`, `〔某某日报〕`. */
const BRACKETED_NAME = /^[【[〔]\s*([^【】[\]〔〕]{2,30}?)\s*[】\]〕]$/;
/**
 * A cell of a row of fields holding figures and Latin letters only, before a bar: a 信息公开 record's
 * index or serial number (`[2022]-00123 |`, `No.2024-0815 |`, `11510000/2024-00012 |`), its parts
 * set off by spaces too (`[2022] 00123 |`), or a document's number (`〔2021〕33号 |`).
 */
const NUMBER_CELL =
	/^[[【〔(（]?[\dA-Za-z]{2,}(?:[\]】〕)）][\dA-Za-z]*)?(?:(?:\s*[-—_/.·]\s*|\s+)[\dA-Za-z]+)*号?\s*[|｜丨]\s*/;
/** A separator (and the spaces around it) closing the text before a date. */
const LEAD_SEPARATOR = /\s*[·•|｜丨]?\s*$/;
/**
 * A publishing verb with a time relative to the reader's day and the publisher after it
 * (`发布于3天前 · 某某县教育局`, `发布于2小时前｜某某日报`), or the publisher with the time after it
 * (`某某县教育局　3天前`): the line names the page's publisher; the time dates nothing.
 */
const RELATIVE_POSTED = new RegExp(
	`^(?:发布|发表|更新)于?\\s*${RELATIVE_TIME}\\s*[·•|｜丨]?\\s*(\\S{2,20})$|^(\\S{2,20}?)\\s*[·•|｜丨]?\\s*${RELATIVE_TIME}$`,
);
/** What every `RELATIVE_POSTED` line starts or ends with: a publishing verb, or a relative time's last character. */
const MAY_BE_RELATIVE_POSTED = /^(?:发布|发表|更新)|[前刚天]$/;
/** A line opening, after any white space, on the publishing verb a `RELATIVE_POSTED` line may open on. */
const OPENS_ON_PUBLISHING = /^\s*(?:发布|发表|更新)/;
/**
 * A count closing a line of meta (`已阅 1234`, `阅读 3.2万`, `浏览：56次`): a word of one to four Han
 * characters over a number, the genre's view counters, whatever their wording, or the number first
 * with a reading verb after it (`1498浏览`, `1.2万次阅读`), or with the readers' reaction a feed
 * counts (`3204人点赞`, `56条评论`, `12在看`).
 */
const TRAILING_COUNT =
	/(?:^|\s+)(?:[\u3400-\u9fff]{1,4}\s*[:：]?\s*\d+(?:\.\d+)?\s*[万千]?\s*[次人]?|\d+(?:\.\d+)?\s*[万千]?\+?\s*[次人条]?\s*(?:浏览|阅读|点击|访问|观看|围观|点赞|赞|在看|评论|转发|分享|收藏)(?:量|数)?)$/;
/**
 * A clock time's zone after it, as a content system prints ISO 8601 (`12:23:13+08:00`, `UTC+8`):
 * group 1 = the clock time.
 */
const ZONE_AFTER_CLOCK =
	/(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:[+＋-]\d{2}:?\d{2}|(?:GMT|UTC)\s*[+＋-]\s*\d{1,2}(?::?\d{2})?)(?=\s|$)/g;
/**
 * A publisher's name with nothing after it but its count of readers (`某某县科协　阅读 10万+`,
 * `某某局 浏览量 2.3万`), as an account's line under a post's title prints it; a button's word
 * (`举报`, `收藏`) is no name. Group 1 = the name.
 */
const NAME_WITH_COUNT =
	/^([^\s\d]{3,40})\s+(?:阅读|浏览|已阅|点击)量?\s*[:：]?\s*\d+(?:\.\d+)?\s*[万千]?\+?$/;
/** A key naming a time, not a bare verb. */
const TIME_KEY = /时间|日期|时刻/;
/** A sentence's closing mark, which no meta line ends with. */
const SENTENCE_END = /[。！？!?]$/;
/** The marks `SENTENCE_END` closes on, one UTF-16 unit each. */
const CLOSING_MARKS = '。！？!?';
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0F\uFF0D\uFF0E\uFF1A]/g;

/** Full-width digits and date separators (`２０２１／３／９ ０８：１５`) as ASCII. */
export function toHalfWidthDigits(text: string): string {
	return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * What the text before a line's first field says: its date (`2021-03-09 08:15 来源：…`), the
 * publisher named before it (`某某县融媒体中心 2021-03-09 10:20`, `某某县融媒体中心 发布时间：…`) or
 * after it (`2021-03-09 08:15  某某县融媒体中心  阅读：120`: the source field printed without its
 * key), or `undefined` when it is anything else.
 */
function readLead(printedLead: string): { date?: string; source?: string } | undefined {
	// A record's number in the row's first cell (`[2022]-00123 | 某某局 | 公开：…`) names nothing.
	const cell = NUMBER_CELL.exec(printedLead)?.[0];
	const lead =
		cell === undefined || isoOf(DATE.exec(cell)) !== undefined
			? printedLead
			: printedLead.slice(cell.length);
	const date = DATE.exec(lead);
	// A separator may stand between the publisher and the date (`某某县教育局 · 2021-04-06`), and
	// brackets around the publisher (`【某某县教育局】2021-04-06`).
	const printed = (date === null ? lead : lead.slice(0, date.index)).replace(LEAD_SEPARATOR, '');
	const bracketed = date === null ? undefined : BRACKETED_NAME.exec(printed)?.[1];
	const before = bracketed !== undefined && isPublisherValue(bracketed) ? bracketed : printed;
	if (before !== '' && !isPublisherValue(before)) return undefined;
	const out: { date?: string; source?: string } = before === '' ? {} : { source: before };
	if (date === null) return out;
	const iso = isoOf(date);
	// The publisher may stand between separators after the date (`2021-08-03·某某县融媒体中心·作者：…`),
	// after the verb that says the date is its publishing (`2021-08-03 发布 · 某某县教育局`).
	const rest = withoutDateTrimmings(
		lead
			.slice(date.index + date[0].length)
			.replace(TOOL_BITS, '')
			.replace(TRAILING_COUNT, ''),
	)
		.replace(VERB_AFTER_DATE, '')
		.replace(LEAD_SEPARATOR, '');
	// A date alone may print its weekday again as a calendar badge's one character
	// (`2021年3月9日｜星期二 二`); after a name, the line is a masthead's, which its reader reads.
	const after = before === '' ? rest.replace(LONE_WEEKDAY, '').trim() : rest;
	// A site's greeting beside the date is its top bar's, which shows the reader's day.
	if (iso === undefined || SITE_GREETING_START.test(before) || SITE_GREETING_START.test(after))
		return undefined;
	// A button to follow the publisher after its date (`+关注`) is the page's chrome.
	if (after !== '' && !isFollowButton(after.replace(/^[+＋]\s*/, ''))) {
		if (before !== '' || !isPublisherValue(after)) return undefined;
		out.source = after;
	}
	out.date = iso;
	return out;
}

/** True when a date (`printed`, with what follows it, `after`) carries a clock time to the minute. */
function postedToTheMinute(after: string, printed: string): boolean {
	return (
		/\d[:：]\d{2}|\d分/.test(printed) ||
		/^\s*(?:星期.|周.)?\s*(?:(?:上午|下午)\s*)?\d{1,2}(?:[:：]\d{2}|[时点]\d{1,2}分)/.test(after)
	);
}

/**
 * Reads a page's meta line; `undefined` when the line is anything else (a headline, a sentence that
 * mentions a 来源). A line of labelled fields must be fields and nothing else, with a date under a
 * date label and at least one field that is not a person (a lone `作者：…` is a byline).
 * `nearPageLabel`: an e-paper's page label (第A03版) stands next to the line.
 */
export function readPageMetaLine(line: string, nearPageLabel = false): PageMeta | undefined {
	// The rewritings below touch neither white space nor a closing mark, nor a publishing verb: a
	// line that closes a sentence and opens on no such verb is turned away before them.
	const closing = line.trimEnd().at(-1);
	if (closing !== undefined && CLOSING_MARKS.includes(closing) && !OPENS_ON_PUBLISHING.test(line))
		return undefined;
	// A table's rules (`┃`, `│`, `║`) set the fields apart as a bar does.
	const half = toHalfWidthDigits(line)
		.replace(/[\u2502\u2503\u2506\u2507\u250a\u250b\u2551]/g, '|')
		.replace(WEEKDAY_BEFORE_DATE, '')
		.replace(ZONE_AFTER_CLOCK, '$1')
		.trim();
	if (MAY_BE_RELATIVE_POSTED.test(half)) {
		const posted = RELATIVE_POSTED.exec(half);
		const poster = posted?.[1] ?? posted?.[2];
		if (poster !== undefined && isPublisherValue(poster)) return { kind: 'fields', source: poster };
	}
	// The account that posted the text, as a body beside the date is.
	const counted = NAME_WITH_COUNT.exec(half)?.[1];
	if (counted !== undefined && isPublisherValue(counted))
		return isNewsOutlet(counted)
			? { kind: 'fields', source: counted }
			: { kind: 'fields', source: counted, beside: true };
	// No rewriting of `labelledMetaForm` or `arabicDates` touches a line's closing mark, so a line
	// that closes a sentence is none, whatever it holds (most of a page's lines are).
	if (SENTENCE_END.test(half)) return undefined;
	const form = labelledMetaForm(half);
	// Beside a page label the masthead's date may be printed in Chinese numerals.
	const text = nearPageLabel ? arabicDates(form.text) : form.text;
	if (text.length > MAX_META_LINE || SENTENCE_END.test(text)) return undefined;
	const masthead = readMasthead(text, nearPageLabel);
	if (masthead !== undefined) return masthead;
	// A paper's masthead may print its issue's day in words (`某某报 · 2019年二月十二日 · 今日8版`).
	const worded = arabicDates(text);
	const paper = worded === text ? undefined : readMasthead(worded, nearPageLabel);
	if (paper?.kind === 'masthead') return paper;
	// Next to a page label, the date a reader is shown (`当前日期`) is the issue's.
	const kindOf = (key: string) =>
		fieldKind(key) ?? (nearPageLabel && /日期$/.test(key) ? 'date' : undefined);
	const fields = [...text.matchAll(FIELD)].filter((f) => kindOf(f[1]!) !== undefined);
	const lead = text.slice(0, fields[0]?.index ?? text.length).trim();
	const out: PageMeta = { kind: fields.length === 0 ? 'date' : 'fields' };
	if (lead !== '') {
		const read = readLead(lead);
		if (read === undefined || (read.date === undefined && fields.length === 0)) return undefined;
		if (read.date !== undefined) out.date = read.date;
		if (read.source !== undefined) {
			out.source = read.source;
			out.kind = 'fields';
			// A body's name beside the date, under no key, may be an account that only posted the text; an
			// outlet's or a programme's is the outlet's.
			if (!isNewsOutlet(read.source)) out.beside = true;
		}
	}
	let substantive = lead !== '';
	let byVerb = false;
	// True when the line's source is an account a key names (`转自公众号：某某发布`).
	let viaAccount = false;
	// True when the line names an issue's paper (`出版：某某日报社`): it is the e-paper's masthead.
	let issue = false;
	let written: string | undefined;
	let credited: string | undefined;
	// True while the page's date is the one a revision key (`更新时间`) printed; false once a
	// publishing key's (`发布日期`) has.
	let revised = false;
	let published = false;
	for (const [i, f] of fields.entries()) {
		const end = fields[i + 1]?.index ?? text.length;
		const kind = kindOf(f[1]!);
		const printed = text
			.slice(f.index + f[0].length, end)
			.replace(TOOL_BITS, '')
			// The bar that parts it from the next field (`文字：某某日报｜编辑：…`) is no part of it.
			.replace(/\s*[|｜丨]\s*$/u, '')
			.trim();
		// A date set off by spaces after another field's value stands unlabelled between the fields.
		const { value, date: bare } =
			kind === 'date' || kind === 'written' ? { value: printed } : splitBareDate(printed);
		if (bare !== undefined) {
			out.date ??= bare;
			substantive = true;
		}
		if (kind === 'date' || kind === 'written') {
			const date = DATE.exec(value);
			const iso = isoOf(date);
			// A publishing verb keys who published as well as when (`发布：某某县人民政府办公室`), on a
			// line that dates the page.
			const publisher = value.split(/\s/)[0]!;
			// An issue's 出版 names the paper's office (`出版：某某日报社`): the paper is the issue's source.
			const paper =
				iso === undefined && ISSUE_VERB.test(f[1]!) ? paperOfOffice(publisher) : undefined;
			if (paper !== undefined) {
				out.source ??= paper;
				byVerb = true;
				issue = true;
				continue;
			}
			if (iso === undefined && PUBLISH_VERB.test(f[1]!) && isPublisherValue(publisher)) {
				out.source ??= publisher;
				byVerb = true;
				continue;
			}
			// A bare verb over a person's name (`录入：王芳`) keys who entered the page, over words
			// alone (`公开：主动公开`) how it was published.
			if (
				iso === undefined &&
				!TIME_KEY.test(f[1]!) &&
				(PERSON_NAME.test(value) || !/\d/.test(value))
			)
				continue;
			if (iso === undefined || date!.index > 0) return undefined;
			// A document is written on a day: a written key's date with its clock time to the minute
			// (`发文时间：… 12时53分`) is when the page posted it, as a publishing key's is.
			if (
				kind === 'written' &&
				!postedToTheMinute(value.slice(date!.index + date![0].length), date![0])
			)
				written ??= iso;
			else if (
				out.date === undefined ||
				(revised && !REVISED.test(f[1]!)) ||
				(!published && PUBLISHED_KEY.test(f[1]!))
			) {
				// The date it was published beats the date it was last revised or its record made,
				// printed first or not.
				out.date = iso;
				revised = REVISED.test(f[1]!);
				published = PUBLISHED_KEY.test(f[1]!);
			}
			substantive = true;
		} else if (kind === 'source') {
			// A web address (`快照来源：https://…`) says where a copy was taken from: a link, no name.
			if (WEB_ADDRESS.test(value)) continue;
			// `来源:人民网-人民日报 大字体`: the first name of the first word.
			const opened = value.replace(/^[【[(（]+/, '').replace(/^《([^》]+)》/, '$1');
			const word = twoPlateNameAtStart(opened) ?? opened.split(/\s|[|｜丨/】\])）(（〔〕]/)[0]!;
			// A channel's code (`CCTV-1`) names its broadcaster.
			// An outlet's channel after its name (`某某日报公众号`, `…官方微信`) is where the text was read.
			// An outlet's app, a body's website (`某某日报客户端`, `国家统计局网站`) name the publisher.
			const name = publisherOfChannel(
				(outletOfLatinCode(word) ?? word.split(/[-—–]/)[0]!).replace(CHANNEL, ''),
			);
			if (name.length < 2 || name.length > MAX_SOURCE_NAME || /[，。；,;]/.test(name))
				return undefined;
			substantive = true;
			// `来源：本站`, `本网原创` name the site itself, which its header names.
			if (SELF.test(name)) continue;
			// A key naming an account (`转自公众号：`, `来源微信公众号：`), or a value tagged or closed as one
			// (`来源：某某县应急（微信号）`, `来源：某某发布微信公众号`), names the account that carried
			// the text, often the county's own: like an account's name under no key, it yields to any
			// keyed source. A paper's account is the paper, the original.
			const account = CHANNEL.test(f[1]!) || TAGGED_ACCOUNT.test(opened) || CHANNEL.test(word);
			if (account && !isNewsOutlet(name)) {
				if (out.source === undefined) {
					out.source = name;
					viaAccount = true;
				}
				continue;
			}
			// `转载自：`, `原载：`, `原文来源：` name the original a reprint is taken from, which beats
			// the reprinting site's own 来源 on the line.
			if (/转|原载|原文|源自|首发/.test(f[1]!) && out.original !== true) {
				out.source = name;
				out.original = true;
			} else if (out.unkeyed === true || viaAccount) out.source = name;
			else out.source ??= name;
			viaAccount = false;
			delete out.unkeyed;
			delete out.beside;
		} else if (kind === 'people' && isTextCredit(f[1]!) && isPublisherValue(value)) {
			// `文字｜某某日报`: the text's writer is an outlet or a body, where the text came from, unless
			// a source key on the line names it.
			credited ??= value;
			substantive = true;
		} else if (kind === 'count') substantive = true;
		else if (kind === 'effective') continue;
		// A person or a picture's credit alone is a byline or a caption, not the page's fields.
		else if (value.length > MAX_CREDIT_VALUE) return undefined;
	}
	if (!substantive) return undefined;
	if (credited !== undefined && (out.source === undefined || out.unkeyed === true)) {
		out.source = credited;
		delete out.unkeyed;
		// A body credited as the writer (`作者：某某局`) is the office that posted the text, which a
		// keyed source elsewhere may credit to a news outlet, as a body beside the date is.
		if (isNewsOutlet(credited)) delete out.beside;
		else out.beside = true;
	}
	// An account that only posted the text, or a platform that carries it, yields to any keyed source.
	if (
		viaAccount ||
		form.account === true ||
		(out.source !== undefined && isReprintPlatform(out.source))
	)
		out.unkeyed = true;
	// A name before the fields, or after 发布, is the page's publisher only on a line that dates the page.
	if ((lead !== '' || byVerb) && out.date === undefined && written === undefined) return undefined;
	if (out.date === undefined && written !== undefined) {
		out.date = written;
		out.dateKind = 'written';
	} else if (revised) out.dateKind = 'revised';
	if (issue) out.kind = 'masthead';
	return out;
}

/**
 * Keeps what a meta line at `line` says on the page: its first publication date (a 成文日期, or a
 * date alone on a line that follows no masthead — a letter's or a diary's — only while none is
 * printed), its first labelled source, which beats an outlet guessed from a copyright line or the
 * site's name (the first keyed one beats a name under no key, wherever it stands), and where the
 * page's first meta fields or masthead stand.
 */
export function takePageMeta(
	page: PageContext,
	meta: PageMeta,
	line: number,
	previous?: PageMeta,
): void {
	const own =
		meta.dateKind === undefined && (meta.kind !== 'date' || previous?.kind === 'masthead');
	// A revision's date (`更新时间：…`) dates the page over its dateline, but yields to any other.
	if (meta.date !== undefined && meta.dateKind === 'revised') {
		if (page.datePublished !== true) {
			page.date = meta.date;
			page.datePublished = true;
			page.dateRevised = true;
		}
	} else if (
		meta.date !== undefined &&
		(page.datePublished !== true || page.dateRevised === true)
	) {
		if (own) {
			page.date = meta.date;
			page.datePublished = true;
			delete page.dateRevised;
		} else if (page.dateRevised !== true) page.date ??= meta.date;
	}
	// The original a reprint names beats the reprinting site's own source label, and a keyed source
	// a name standing under no key.
	const original = meta.original === true && page.sourceOriginal !== true;
	const keyed = meta.unkeyed !== true && meta.beside !== true && page.sourceUnkeyed === true;
	// A body that posted the text beside its date yields to a news outlet a key credits it to
	// (`来源：某某日报`, `文字｜某某日报` in a repost's end matter), not to a body a footer keys.
	const outlet =
		page.sourceBeside === true &&
		meta.unkeyed !== true &&
		meta.beside !== true &&
		meta.source !== undefined &&
		isNewsOutlet(meta.source);
	if (meta.source !== undefined && (page.sourceLabelled !== true || original || keyed || outlet)) {
		if (original) page.sourceOriginal = true;
		page.source = meta.source;
		page.sourceLabelled = true;
		if (meta.unkeyed === true) page.sourceUnkeyed = true;
		else delete page.sourceUnkeyed;
		if (meta.beside === true) page.sourceBeside = true;
		else delete page.sourceBeside;
	}
	if (meta.kind !== 'date' && meta.after !== true) page.firstMeta ??= { kind: meta.kind, line };
}
