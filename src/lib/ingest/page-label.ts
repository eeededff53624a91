import { fieldKind } from './field-keys.ts';

// An e-paper page's label (`第A03版：要闻`), alone or with the page's editors after it.

/** An e-paper page's number: `第A03版`, `05版`, `B6版`; a letter's (`A15`) only with a separator after it. */
const PAGE_NUMBER = '(?:第\\s*)?[A-Z]?\\s*\\d{1,3}\\s*版';
/** A page's section name, possibly of two words joined by a dot: `要闻`, `经济·产业`. */
const SECTION = '[\\u3400-\\u9fff]{1,10}(?:\\s*[·•]\\s*[\\u3400-\\u9fff]{1,10}){0,2}';
/**
 * What pages print between a page's number and its section: a colon, slash, bar, dot, bracket (the
 * number's closing or the section's opening one, `第06版（县域经济）`) or dash.
 */
const LABEL_SEPARATOR = '(?:[:：/|｜·•】\\]〕)）（(]|[-—－–]{1,2})';
/** A key naming the section after a page's number: `06版  栏目：教育周刊`, `第05版 版名：要闻`. */
const SECTION_KEY = '(?:(?:栏目|版名|专栏|版面|专版|频道)\\s*[:：]\\s*)?';
const PAGE_LABEL = new RegExp(
	[
		`^${PAGE_NUMBER}(?:\\s*${LABEL_SEPARATOR}?\\s*(?:${SECTION_KEY}${SECTION})?)?$`,
		`^[A-Z]\\d{1,3}(?:\\s*${LABEL_SEPARATOR}\\s*|\\s+)${SECTION}$`,
		'^(?:版次|版名|版面)\\s*[:：]',
		// The page shown, keyed, with its number (`本版：05 要闻`); `本版：` before a sentence is none.
		`^(?:本版|当前版面?)\\s*[:：]\\s*[A-Z]?\\d{1,3}\\s*版?(?:\\s*${LABEL_SEPARATOR}?\\s*${SECTION})?$`,
		// After the section the number keeps its 第 (`要闻 · 第03版`, `要闻（第03版）`): `本期共16版` is no label.
		`^${SECTION}\\s*(?:[:：/|｜·•]|[-—－–]{1,2})?\\s*[（(]?第\\s*[A-Z]?\\s*\\d{1,3}\\s*版[)）]?$`,
		// A bare number, the page's word closing the label after its section (`【06】县域经济·本版`,
		// `06·县域经济（版）`).
		`^[A-Z]?\\d{1,3}\\s*${LABEL_SEPARATOR}\\s*[\\u3400-\\u9fff]{2,10}\\s*[·•（(]\\s*本?版$`,
	].join('|'),
);

/**
 * True for an e-paper page label: `第A03版：要闻`, `A3版`, `版次：05`, `03版 综合新闻`, `A15：理论`,
 * `【第01版：本地新闻】`, `要闻 · 第03版`, `05版 / 要闻`, `【第12版】理论`, `B06·文化·旅游`,
 * `A05版 — 要闻`, `〔第05版〕要闻`, `要闻（第05版）`, `本版：05 要闻`, `06版  栏目：教育周刊`,
 * `第06版（县域经济）`, `【06】县域经济·本版`: a page
 * number, with 版 or a page letter, and at most a section's name (of one or two dotted words, keyed
 * 栏目 or 版名 or not) before or after it, set off by any of the separators pages print (a colon, a slash, a bar, a dot, a
 * bracket, a dash).
 */
export function isPageLabel(text: string): boolean {
	// Every form below has 版 or opens with a page letter: most lines have neither.
	if (!text.includes('版') && !/[A-Z]/.test(text)) return false;
	const bare = text.replace(/^[【\[〖〔(（]\s*|\s*[】\]〗〕)）]$/g, '');
	return PAGE_LABEL.test(bare);
}

/**
 * True for a page label with the page's editors after it (`A05 要闻  责编：某某`): the page's furniture,
 * as the label is, though it does not by itself say the page is a paper's (a web copy of one story
 * prints it too).
 */
export function isLabelWithEditors(text: string): boolean {
	const editors = PAGE_EDITORS.exec(text);
	return (
		editors !== null &&
		fieldKind(editors[1]!) === 'people' &&
		isPageLabel(text.slice(0, editors.index))
	);
}

/** A person keyed by a role closing the line, after spaces: `  责编：某某`. */
const PAGE_EDITORS = /\s+([\u3400-\u9fff]{1,4})\s*[:：]\s*[\u3400-\u9fff·]{2,5}$/;
