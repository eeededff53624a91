import { readIndexBuild } from '../schema/index-build.ts';

/**
 * Abbreviations an article states for itself, as (short, full) pairs: the genre names a body or a
 * policy in full once and then by its short form, in a few fixed shapes.
 * - `全称（以下简称“简称”）` or `全称（简称简称）`: the full name is the shortest end of the run
 *   before the bracket that starts with the short form's first character and holds all of its
 *   characters in order (国家开发银行（简称国开行）).
 * - `“简称”（甲、乙、丙）`: a quoted formula glossed by the list it abbreviates, one item per
 *   character (放管服 → 简政放权、放管结合、优化服务), or a numbered one, as many items as its
 *   numeral, each holding its last character, or its last two after three (三股势力 → three
 *   kinds of 势力).
 * - a quoted formula of three or more characters and such a list anywhere in the same text, one
 *   item per character.
 * A pair whose full form holds the short one verbatim says nothing a search would not find.
 */

/** One abbreviation and what it stands for, as written (a list keeps its 、). */
export interface AbbreviationPair {
	short: string;
	full: string;
}

const HAN = /^\p{Script=Han}+$/u;
const NUMERALS = '一二三四五六七八九十';
/** Characters a short form or a list item may have, and those of a full name that are looked at. */
const { short: SHORT, item: ITEM, fullMax: FULL_MAX } = readIndexBuild().abbreviations;

/** Whether `short`'s characters occur in `full` in order. */
function inOrder(short: string, full: string): boolean {
	let i = 0;
	for (const c of full) if (c === short[i]) i++;
	return i === short.length;
}

/** The full name a bracketed short form closes: see the module comment. */
function fullBefore(text: string, at: number, short: string): string | null {
	let start = at;
	while (start > 0 && at - start < FULL_MAX && /[\p{Script=Han}a-zA-Z0-9]/u.test(text[start - 1]!))
		start--;
	const run = text.slice(start, at);
	for (let i = run.length - short.length - 1; i >= 0; i--) {
		const tail = run.slice(i);
		if (tail[0] === short[0] && inOrder(short, tail)) return tail;
	}
	return null;
}

/** Whether a list abbreviates `short`: one item per character, or as many as its numeral. */
function listFits(short: string, items: readonly string[]): boolean {
	if (items.some((i) => i.length < ITEM.min || i.length > ITEM.max || !HAN.test(i))) return false;
	const n = NUMERALS.indexOf(short[0]!) + 1;
	if (n > 1 && items.length === n) {
		// 三股势力: each item a kind of 势力; 三不腐: each a 腐 (a longer tail is more than its end).
		const tail = short.length > 3 ? short.slice(-2) : short.slice(-1);
		return items.every((i) => i.includes(tail));
	}
	return items.length === short.length && items.every((item, k) => item.includes(short[k]!));
}

const isShort = (s: string) => s.length >= SHORT.min && s.length <= SHORT.max && HAN.test(s);

/** Every abbreviation pair one article states (each once). */
export function abbreviationPairs(text: string): AbbreviationPair[] {
	const pairs = new Map<string, AbbreviationPair>();
	const add = (short: string, full: string | null) => {
		if (full && !full.includes(short)) pairs.set(`${short}\t${full}`, { short, full });
	};
	for (const m of text.matchAll(/[（(](?:以下)?简称[“"]?([^”"）)《》]+?)[”"]?[）)]/gu))
		if (isShort(m[1]!)) add(m[1]!, fullBefore(text, m.index, m[1]!));
	for (const m of text.matchAll(/“([^”]+)”[（(]([^）)]+)[）)]/gu)) {
		const items = m[2]!.split(/[、，,]/u);
		if (isShort(m[1]!) && listFits(m[1]!, items)) add(m[1]!, items.join('、'));
	}
	const quoted = new Set(
		[...text.matchAll(/“([^”]+)”/gu)].map((m) => m[1]!).filter((s) => isShort(s)),
	);
	if (quoted.size === 0) return [...pairs.values()];
	for (const m of text.matchAll(/\p{Script=Han}+(?:、\p{Script=Han}+)+/gu)) {
		const items = m[0].split('、');
		// A list's items are parallel: its first and last runs also carry the words around it
		// (持续推进简政放权 …, … 优化服务改革), cut to the length of its longest inner item.
		const inner = Math.max(...items.slice(1, -1).map((i) => i.length), 0) || items[1]!.length;
		items[0] = items[0]!.slice(-inner);
		items[items.length - 1] = items.at(-1)!.slice(0, inner);
		// Two characters fit too many pairs of words by chance.
		for (const short of quoted)
			if (short.length > 2 && short.length === items.length && listFits(short, items))
				add(short, items.join('、'));
	}
	return [...pairs.values()];
}
