import { isKnownOutlet, isNewsOutlet, isPublisherName } from './outlets.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';
import type { PageContext } from './types.ts';

const { maxSourceNote: MAX_SOURCE_NOTE } = readIngestLines().meta;

/**
 * A note that names where a text came from, on a line of its own, as reprints and local releases
 * print it at the end of an article or under its headline: `（本文转载自某某日报，版权归原作者所有）`,
 * `本文来自【某某发布】，仅代表作者观点。`, `本文来源：某某县融媒体中心`, `（原文刊载于《某某日报》…）`,
 * `（某某县应急管理局 供稿）`. A reprint's note names the original (转载自, 摘自, 原载 …); the others
 * name the source.
 */

/** What a source note says. */
export interface SourceNote {
	/** The outlet or body named. */
	source: string;
	/** True when the note names the original a reprint was taken from (`本文转载自…`). */
	original?: true;
	/**
	 * True when the note names an account on a platform that is no news outlet's
	 * (`本文转载自“某某发布”公众号`): where the site read the text, which any keyed source of the page
	 * beats, as it beats the same name keyed as the original (`转自：某某发布`).
	 */
	account?: true;
	/**
	 * True when the note cites the print issue's page (`（原载于《某某日报》2021年8月3日第2版）`): a record
	 * of where a paper printed the text, often a body's own release it ran, which names the source
	 * only where no field of the page does.
	 */
	printed?: true;
}

/** A print page's number in a note (`第2版`, `第02版`, `A3版`, `07版`). */
const PRINT_PAGE =
	/(?:第\s*[A-Z]?\s*[\d〇零一二三四五六七八九十]{1,4}|(?<![\dA-Za-z])[A-Z]?\d{1,3})\s*版(?![本权式])/;

/**
 * The text as the note's subject: `本文`, `此文`, `本稿`, and WeChat's `以下文章` over a shared
 * article (`以下文章来源于某某日报`) (`文章来源：` keys a field, no note).
 */
const SUBJECT = '(?:本文|此文|本稿|该文|以下文章|以下内容)';
/** Verbs naming the original a text was reprinted from. */
const ORIGINAL = '转载自|转引自|转自|摘自|选自|原文刊载于|原载于?|刊载于|原刊于|首发于';
/** Verbs naming the source. */
const SOURCE = '来源于|来源|来自|源自';
/**
 * The named outlet: in 【】, 《》 or quotes, a body's two nameplates with the second in its own
 * brackets (`某某县融媒体中心（广播电视台）`, inside the note's brackets too), or a run of name
 * characters up to a comma, a full stop, a bracket, a space or an account word (`微信公众号`, `客户端`).
 */
const NAME =
	'【([^】]{2,30})】|《([^》]{2,20})》|[“"]([^”"]{2,30})[”"]|((?:[\\u3400-\\u9fff·]{2,20}[（(][\\u3400-\\u9fff·]{2,20}[)）])|[\\u3400-\\u9fff·《》A-Za-z0-9]{2,30}?)(?=[，,。；;、）)\\s]|$|微信公众号|公众号|官方)';
/** The platform named before the account (`本文转载自公众号：某某日报`, `来源于微信公众号“某某发布”`). */
const CHANNEL_BEFORE = '(?:微信)?公众号|(?:微信|微博|抖音|视频|头条)号|客户端|官方微信|官方微博';
const NOTE = new RegExp(
	`^([（(])?\\s*(${SUBJECT})?\\s*(${ORIGINAL}|${SOURCE})\\s*(${CHANNEL_BEFORE})?\\s*[:：丨|｜]?\\s*(?:${NAME})([^（）()]*?)[）)]?[。.]?$`,
);
/** A platform's account word after the name a note gives: `公众号`, `官方微信`, `客户端`, `抖音号`. */
const ACCOUNT_WORD =
	/^\s*(?:微信公众号|公众号|官方(?:微信|微博|账号|号)|客户端|(?:微信|微博|抖音|视频|头条)号)/;
/** Words for the web at large or the site itself, which name no outlet. */
const GENERIC = /^(?:互联网|网络|网上|其[他它]|网友|本[站网报台刊])/;
/** A contributor's credit closing a release: `（某某县应急管理局 供稿）`. */
const CONTRIBUTED = /^[（(]\s*([\u3400-\u9fff·]{2,20}?)\s*供稿\s*[）)]$/;

/** What a note naming the text's source says, or `undefined` for any other line. */
export function readSourceNote(text: string): SourceNote | undefined {
	if (text.length > MAX_SOURCE_NOTE) return undefined;
	const credit = CONTRIBUTED.exec(text)?.[1];
	if (credit !== undefined) return isPublisherName(credit) ? { source: credit } : undefined;
	const m = NOTE.exec(text);
	if (m === null) return undefined;
	const [, bracket, subject, verb, channel, inLenticular, inTitle, inQuotes, plain, rest] = m;
	// Another key after the name makes the line a row of fields (`来源：… 发布时间：…`), read as such.
	if (/[:：]/.test(rest!)) return undefined;
	const name = inLenticular ?? inTitle ?? inQuotes ?? plain!;
	// Without `本文` before it, only a bracketed note is one: `（转自某某日报）`, not `来自全国各地的…`. A
	// note names a publisher, never the web at large (`本文转载自其他网站`, `转自互联网`).
	if (subject === undefined && bracket === undefined) return undefined;
	if (!isPublisherName(name) || GENERIC.test(name)) return undefined;
	// A news outlet's account carries the outlet's own text; any other carried a text written elsewhere.
	if ((channel !== undefined || ACCOUNT_WORD.test(rest!)) && !isNewsOutlet(name))
		return { source: name, account: true };
	if (PRINT_PAGE.test(rest!)) return { source: name, printed: true };
	return new RegExp(`^(?:${ORIGINAL})$`).test(verb!)
		? { source: name, original: true }
		: { source: name };
}

/**
 * True when the page's source so far is an outlet the genre knows by name that a field keys
 * (`来源：人民日报`, `来源：央视《新闻联播》`) and the reprint note's original (`note`) is none
 * (`本文转自某某市晚报，如有侵权请联系删除`): the field names the original, the note the local outlet the
 * site copied the text from. A local outlet or a body keyed as the source (`来源：某某县新闻网`, the
 * reprinting site's own) yields to the note's original.
 */
export function keysKnownOutlet(
	page: Pick<PageContext, 'source' | 'sourceLabelled' | 'sourceUnkeyed' | 'sourceBeside'>,
	note: string,
): boolean {
	return (
		page.sourceLabelled === true &&
		page.sourceUnkeyed !== true &&
		page.sourceBeside !== true &&
		isKnownOutlet(page.source) &&
		!isKnownOutlet(note)
	);
}
