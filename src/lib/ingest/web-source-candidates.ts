import { WEB_SOURCE_WORDS } from '../schema/web-source-words.ts';
import { fieldKind, MAX_KEY } from './field-keys.ts';
import { EDITION } from './epaper-header.ts';
import { isPublisherName, twoPlateNameAtStart } from './outlets.ts';
import { getPlaceIndex } from '../nlp/place-index.ts';
import { outletRegion } from '../nlp/outlet-regions.ts';
import type { SourceLine } from './types.ts';

// Every name a web page offers as an item's source, line by line: a keyed field's value (来源, 作者,
// 主办, 版权所有 …), a publisher's name standing as a piece of a line (a masthead, an account's line, a
// body named beside a date, a copyright notice's owner) and the site part of a browser title.

/** The class of the key a candidate follows: none, a source's, a writer's or editor's, a credit's, a sponsor's, a copyright's. */
export const KEY_CLASSES = ['none', 'source', 'people', 'credit', 'sponsor', 'copyright'] as const;
/** One of {@link KEY_CLASSES}. */
export type KeyClass = (typeof KEY_CLASSES)[number];

/** One name a page line offers as a source. */
export interface SourceCandidate {
	/** The name as printed, its brackets trimmed. */
	text: string;
	/** Index of its page line. */
	line: number;
	/** The class of the key before it. */
	key: KeyClass;
	/** Its order among the line's pieces. */
	order: number;
	/** It is the last part of a line cut by a title's separators (`标题_某某县人民政府门户网站`). */
	titlePart: boolean;
	/** It is a paper's name cut from before its edition word (`某某日报数字报` → 某某日报). */
	editionCut: boolean;
}

/** Pieces of a line: runs between spaces and bars. */
const PIECES = /[^\s|｜丨]+/gu;
/** A key and its value glued by a colon (`来源：某某县融媒体中心`). */
const KEYED = /^([\u3400-\u9fff]{1,12})\s*[:：]\s*(.*)$/u;
/** Brackets around a piece (`【来源：某某网】`, `（某某县委宣传部）`). */
const BRACKETS = /^[【[（(〔「『“"]+|[】\]）)〕」』”"]+$/gu;
/** A title's separators before the site's name (`标题_某某网`, `标题 - 某某网`). */
const TITLE_SEPARATOR = /\s*(?:_|——|—|\s-\s)\s*/u;
const HAS_NAME_CHAR = /[\u3400-\u9fffA-Za-z]/u;
const MAX_NAME = 40;
/** Longest tail of a long name read as a body's name (`isPublisherName` reads names of up to 20). */
const NAME_TAIL = 20;

/** True for a name that opens with a gazetteer place or a province's abbreviation (`某某县…`, `鲁网`). */
export function opensWithPlace(name: string): boolean {
	return /^[\u3400-\u9fff]+$/u.test(name) && outletRegion(name, getPlaceIndex()) !== undefined;
}

/** The class of a key (`信息来源` → source, `主办单位` → sponsor), or undefined for a key of any other field. */
export function keyClassOf(key: string): KeyClass | undefined {
	if (WEB_SOURCE_WORDS.sponsorKeys.includes(key)) return 'sponsor';
	if (WEB_SOURCE_WORDS.copyrightMarks.some((m) => key.startsWith(m))) return 'copyright';
	if (key.length > MAX_KEY) return undefined;
	const kind = fieldKind(key);
	return kind === 'source' || kind === 'people' || kind === 'credit' ? kind : undefined;
}

/** True for a name that reads as a publisher's, by its ending (a long one's last 20 characters) or its opening place. */
function readsAsBody(name: string): boolean {
	return (
		isPublisherName(name) ||
		(/^[\u3400-\u9fff]+$/u.test(name) && isPublisherName(name.slice(-NAME_TAIL))) ||
		opensWithPlace(name)
	);
}

/**
 * A name without the brackets around it; a closing bracket that closes one inside it is kept
 * (`来源：某某县自然资源局（林业）`, a second nameplate's portfolio).
 */
const trimmed = (text: string) => {
	const bare = text.replace(BRACKETS, '').trim();
	const open = /([（(])[^（()）]*$/u.exec(bare)?.[1];
	if (open === undefined) return bare;
	const closed = `${bare}${open === '（' ? '）' : ')'}`;
	const value = closed.replace(/^[^:：]*[:：]\s*/u, '');
	return twoPlateNameAtStart(value) === value ? closed : bare;
};
const nameLike = (text: string) =>
	text.length >= 2 && text.length <= MAX_NAME && HAS_NAME_CHAR.test(text) && !/^\d/u.test(text);

/** The candidates one line offers, in order. */
export function lineSourceCandidates(text: string, line: number): SourceCandidate[] {
	const out: SourceCandidate[] = [];
	const add = (name: string, key: KeyClass, titlePart = false) => {
		const t = trimmed(name);
		if (!nameLike(t) || out.some((c) => c.text === t)) return;
		out.push({ text: t, line, key, order: out.length, titlePart, editionCut: false });
		const paper = t.replace(EDITION, '').replace(/[\s·•_-]+$/u, '');
		if (paper !== t && nameLike(paper) && !out.some((c) => c.text === paper))
			out.push({ text: paper, line, key, order: out.length, titlePart, editionCut: true });
	};
	const pieces = [...text.matchAll(PIECES)].map((m) => trimmed(m[0]));
	let pending: KeyClass | undefined;
	for (const piece of pieces) {
		const keyed = KEYED.exec(piece);
		const bare = /^([\u3400-\u9fff]{1,12})[:：]?$/u.exec(piece);
		if (keyed !== null) {
			const cls = keyClassOf(keyed[1]!);
			pending = undefined;
			if (cls === undefined) continue;
			if (keyed[2] === '') pending = cls;
			else add(keyed[2]!, cls);
		} else if (bare !== null && keyClassOf(bare[1]!) !== undefined) {
			pending = keyClassOf(bare[1]!);
		} else if (WEB_SOURCE_WORDS.copyrightMarks.includes(piece)) {
			pending = 'copyright';
		} else if (pending !== undefined) {
			// A year or a mark between a key and its value (`版权所有 © 2024 某某县人民政府`) keeps the key.
			if (!nameLike(piece)) continue;
			add(piece, pending);
			pending = undefined;
		} else if (readsAsBody(piece)) {
			add(piece, 'none');
		}
	}
	// The site's part of a browser title: the last part after a title's separator.
	const parts = text.trim().split(TITLE_SEPARATOR);
	if (parts.length >= 2) add(parts.at(-1)!, 'none', true);
	// A copyright notice's owner: the name beside its mark.
	for (const mark of WEB_SOURCE_WORDS.copyrightMarks) {
		const at = text.indexOf(mark);
		if (at < 0) continue;
		for (const side of [text.slice(at + mark.length), text.slice(0, at)]) {
			const name = /[\u3400-\u9fff]{2,30}/u.exec(side.replace(/\d{4}(?:\s*[-–—]\s*\d{4})?/gu, ''));
			if (name !== null && readsAsBody(name[0])) add(name[0], 'copyright');
		}
	}
	return out;
}

/** The candidates every line of a page offers. */
export function pageSourceCandidates(page: readonly SourceLine[]): SourceCandidate[][] {
	return page.map((l, i) => lineSourceCandidates(l.text, i));
}
