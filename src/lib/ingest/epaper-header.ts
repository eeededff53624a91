import { alternation, MEDIA_WORDS } from '../schema/media-words.ts';
import { isCacheNotice } from './cache-notice.ts';
import { isPageKey, keyedPiece } from './epaper-header-keys.ts';
import { DATE_PATTERN, dateOf, LUNAR_DATE, WEEKDAY } from './meta-dates.ts';
import { isOutletName } from './outlets.ts';
import { SITE_GREETING_START } from './site-greeting.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxEpaperHeader: MAX_EPAPER_HEADER } = readIngestLines().pageTools;

/**
 * A saved e-paper page's header line: the paper's name, the date, its weekday, the page's
 * number and the page's name, any of them, in any order, set off by spaces, bars, dots, dashes or
 * brackets (`某某日报 2021-03-09 第三版 综合`, `综合 丨 第03版 丨 2021.03.09`,
 * `《某某日报》（2021年03月09日 03版）`). Told by what its pieces are, not by their wording.
 */

/** What one piece of a header line is. */
type Piece =
	| 'date'
	| 'weekday'
	| 'page'
	| 'number'
	| 'paper'
	| 'section'
	| 'clock'
	| 'label'
	| 'channel'
	| 'letter'
	| 'edition'
	| 'key'
	| 'name';

/** The date in any printing, its weekday, lunar date, the page's number, the number. */
const DATE_TOKEN = new RegExp(DATE_PATTERN, 'g');
const WEEKDAY_TOKEN = new RegExp(`${WEEKDAY.source}|${LUNAR_DATE.source}`, 'g');
const PAGE_TOKEN =
	/第\s*[A-Z]?\s*[\d〇零一二三四五六七八九十]{1,4}\s*版(?![块本式权税画])|(?<![\dA-Za-z])[A-Z]?\d{1,3}\s*版(?![\u3400-\u9fff])|总?第\s*\d{1,8}\s*期/g;
/** What sets a header's pieces apart, a menu's arrows and a list's bullets (`▾`, `▸`, `◆`) among them. */
const SEPARATORS =
	/[\s|｜丨│¦/／·•:：，,、()（）《》〈〉【】[\]「」<>«»\-—–－~\u2190-\u21ff\u25a0-\u25ff\u2605\u2606]+/;
/** An edition word after the paper's name: 数字报, 电子版, 海外版 stays part of the name. */
export const EDITION = /(?:多媒体|全媒体)?(?:数字报刊?|数字版|电子报|电子版|网络版)(?:平台)?$/;
/** A page's name: a word or two, never a sentence. */
const SECTION = /^[\u3400-\u9fff]{1,6}$/;
/** A name longer than a page's, which only the paper's name can be in a header's place. */
const NAME = /^[\u3400-\u9fff]{7,16}$/;
/** A sheet's letter after a page's name (`要闻·B`, `城市·B版`): 叠 A, B … of one issue. */
const SHEET_LETTER = /^[A-Z]版?$/;
/** An edition after the paper's name and a dot (`某某日报·周末版`, `某某日报社·某某县专刊`); after a space, a page's name (`副刊`). */
const NAMED_EDITION = /^[\u3400-\u9fff]{1,10}(?:版|刊)$/;
/** Sentence punctuation and quotes, which no header prints. */
const PROSE = /[。！？；!?;“”‘’]/;
/** A story's jump to another page (`（相关报道见第十版）`, `（下转第五版）`): the story's own line. */
const JUMP = /(?:见|转|接|续)\s*第\s*[A-Z]?\s*[\d〇零一二三四五六七八九十]{1,4}\s*版/;

/** What a date, a page or a page's number holds, one of which every header line prints. */
const DIGIT_OR_PAGE = /[\d版期]/;

/** What a header line says about the page. */
export interface EpaperHeader {
	/** The date, ISO. */
	date?: string;
	/** The paper's name, without its edition word. */
	paper?: string;
}

/**
 * A broadcast programme's name (`新闻联播`, `焦点访谈`, `朝闻天下`; one ending in 新闻 only in title marks): a TV-news page's header names
 * its programme and the broadcast's date as a paper's names the paper and the issue's.
 */
const PROGRAMME = new RegExp(
	`^[\\u3400-\\u9fff]{2,8}(?:${alternation(MEDIA_WORDS.programmeEndings)})$`,
);
/** A channel's code (`CCTV-1`, `CCTV13`, `CCTV-1综合`), which a broadcast's header prints like a paper's name. */
const CHANNEL_TOKEN = new RegExp(
	`(?<![A-Za-z])(?:${alternation(MEDIA_WORDS.channelCodes)})(?:-?\\d{1,2}\\+?)?[\\u3400-\\u9fff]{0,2}(?![A-Za-z])`,
	'gi',
);
/** A header's field labels (`节目：`, `播出时间：`): they name the pieces, saying nothing of their own. */
const FIELD_LABEL = new RegExp(`^(?:${alternation(MEDIA_WORDS.headerFieldLabels)})$`);
/** A time of day after the date (`19:00`, `19:32:05`). */
const CLOCK_TOKEN = /(?<!\d)[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?!\d)/g;

function pieceOf(
	piece: string,
	titled: ReadonlySet<string>,
): { kind: Piece; paper?: string } | undefined {
	if (piece === '\u0001D') return { kind: 'date' };
	if (piece === '\u0001W') return { kind: 'weekday' };
	if (piece === '\u0001P') return { kind: 'page' };
	if (piece === '\u0001T') return { kind: 'clock' };
	if (piece === '\u0001C') return { kind: 'channel' };
	if (FIELD_LABEL.test(piece)) return { kind: 'label' };
	if (/^\d{1,3}$/.test(piece)) return { kind: 'number' };
	if (SHEET_LETTER.test(piece)) return { kind: 'letter' };
	// An issue's date closed by its 期 (`2021. 6. 8期`).
	if (piece === '期') return { kind: 'label' };
	// A site's greeting (`欢迎访问某某网`) stands in its top bar beside the reader's day, no paper's header.
	if (SITE_GREETING_START.test(piece)) return undefined;
	const name = piece.replace(EDITION, '');
	// A digital edition's word alone (`数字报刊平台`, `电子版`) names a paper's pages, no page of them.
	if (name === '') return { kind: 'edition' };
	if (name.length >= 2 && (isOutletName(name) || (name !== piece && /报|刊$/.test(name))))
		return { kind: 'paper', paper: name };
	// A name in title marks (`《某某新闻》`) or a programme's stands for the outlet.
	if (titled.has(piece) || PROGRAMME.test(piece)) return { kind: 'paper', paper: piece };
	if (SECTION.test(piece)) return { kind: 'section' };
	if (NAME.test(piece)) return { kind: 'name', paper: piece };
	return undefined;
}

/**
 * Reads a line made only of an e-paper header's pieces, or undefined. It needs the page's number
 * or the date, and a second piece; a page's name goes only with the page's number (with
 * the date alone it could be a diary's place) unless the paper's name stands beside them
 * (`某某日报 2021年3月9日 综合`), and a bare number only with a page's name and the paper or date
 * beside it (`03 综合 某某日报 2021年3月9日`, `某某日报 综合 03`). A date with its weekday alone is the page's
 * date line, which the meta reader takes.
 */
export function readEpaperHeader(text: string): EpaperHeader | undefined {
	if (text.length > MAX_EPAPER_HEADER || PROSE.test(text) || JUMP.test(text)) return undefined;
	// A search engine's notice over its cached copy names the site and the day it was copied
	// (`网页快照 | 某某网 | 保存时间 …`): no paper, no issue.
	if (isCacheNotice(text)) return undefined;
	// Every header read has the date (its year in digits), the page (`版`, `期`) or a page's number.
	if (!DIGIT_OR_PAGE.test(text)) return undefined;
	const marked = text
		.replace(DATE_TOKEN, ' \u0001D ')
		.replace(WEEKDAY_TOKEN, ' \u0001W ')
		.replace(PAGE_TOKEN, ' \u0001P ')
		.replace(CLOCK_TOKEN, ' \u0001T ')
		.replace(CHANNEL_TOKEN, ' \u0001C ');
	const titled = new Set([...text.matchAll(/《([\u3400-\u9fff]{2,10})》/g)].map((m) => m[1]!));
	const kinds: Piece[] = [];
	let paper: string | undefined;
	let name: string | undefined;
	let key: string | undefined;
	for (const raw of marked.split(SEPARATORS)) {
		if (raw === '') continue;
		// A key says what the piece after it is (`版次：03`, `版名：某某周刊`), and says nothing itself.
		if (isPageKey(raw)) {
			key = raw;
			kinds.push('key');
			continue;
		}
		const keyed = key === undefined ? undefined : keyedPiece(key, raw);
		key = undefined;
		if (keyed !== undefined) {
			kinds.push(keyed);
			continue;
		}
		// An edition named right after the paper (`某某日报·周末版`) is part of its name, no page's.
		if (
			kinds.at(-1) === 'paper' &&
			NAMED_EDITION.test(raw) &&
			(text.includes(`·${raw}`) || text.includes(`•${raw}`))
		) {
			kinds.push('edition');
			continue;
		}
		let piece = pieceOf(raw, titled);
		if (piece === undefined) return undefined;
		// After the paper's name and the page's number, a word is the page's name, even one that
		// ends like an outlet's (`第03版：县区新闻`).
		if (
			piece.kind === 'paper' &&
			(paper ?? name) !== undefined &&
			kinds.includes('page') &&
			SECTION.test(raw)
		)
			piece = { kind: 'section' };
		kinds.push(piece.kind);
		if (piece.kind === 'name') {
			// Only the line's leading name, before its date and page, stands where a masthead's does.
			if (name !== undefined || kinds.some((k) => k === 'date' || k === 'page')) return undefined;
			name = piece.paper;
			continue;
		}
		// A portal's name before its paper's (`某某网-某某日报`): the paper is the source.
		if (piece.paper !== undefined && (paper === undefined || !/[报刊]$/.test(paper)))
			paper = piece.paper;
	}
	const has = (k: Piece) => kinds.includes(k);
	const count = (k: Piece) => kinds.filter((x) => x === k).length;
	// A name the outlets' list does not know (`某某县某某一周`) is the paper's on a line that prints the
	// page and the date, or a digital edition's word, beside it: a caption's or a diary's name and
	// date print neither.
	if (name !== undefined) {
		if (paper !== undefined || !((has('page') && has('date')) || has('edition')) || !has('date'))
			return undefined;
		paper = name;
		kinds[kinds.indexOf('name')] = 'paper';
	}
	if (count('date') > 1 || count('page') > 1 || count('section') > 2 || count('number') > 1)
		return undefined;
	// A time of day, a channel or a field label only beside a broadcast's date.
	if ((has('clock') || has('channel') || has('label')) && !has('date')) return undefined;
	// The paper's name with a page's name makes a bare page number or the date enough.
	const named = has('paper') && has('section');
	if (!has('date') && !has('page') && !(named && has('number'))) return undefined;
	if (!has('paper') && !has('page') && !has('number')) return undefined;
	if (has('section') && !has('page') && !has('number') && !(named && has('date'))) return undefined;
	if (has('number') && !(has('section') && (has('paper') || has('date')))) return undefined;
	if (has('page') && kinds.length < 2) return undefined;
	const header: EpaperHeader = {};
	const date = dateOf(text);
	if (has('date') && date !== undefined) header.date = date;
	if (paper !== undefined) header.paper = paper;
	return header;
}
