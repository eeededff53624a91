import type { MentionRole } from './mention-role.ts';
import { mentionRole } from './mention-role.ts';
import {
	openingSlot,
	surfaceOpenings,
	surfaceStarts,
	type PlaceIndex,
	type PlaceSurface,
} from './place-index.ts';
import { readPlaceMentions } from '../schema/place-mentions.ts';

/** A place name found in the text, before its division is chosen among the candidates. */
export interface PlaceMention {
	/** The name as written: 峄城区, 峄城, 河口. */
	surface: string;
	/** Every division the surface can stand for. */
	candidates: readonly PlaceSurface[];
	/** Paragraph index: 0… body paragraphs, -1 title, -2 kicker, -3 subtitle, -4 dateline. */
	paragraph: number;
	/** Character offset of the surface in its paragraph. */
	offset: number;
	role: MentionRole;
	/** The surface is glued to the previous mention (广东深圳, 菏泽东明): the previous one names its context. */
	follows?: PlaceMention;
}

interface Found {
	surface: string;
	candidates: readonly PlaceSurface[];
	/** Index of the last token of the name. */
	end: number;
}

// The most common surnames (百家姓 by frequency), minus prepositions (于, 向) that precede places.
const SURNAMES = new Set(
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤',
);

/** 张|宝安, 赵|即墨: a county's bare stem right after a lone surname is a person's given name. */
function looksLikePersonName(found: Found, previous: string | undefined): boolean {
	return (
		previous !== undefined &&
		previous.length === 1 &&
		SURNAMES.has(previous) &&
		found.candidates.every((c) => c.form === 'short' && c.division.level === 'county')
	);
}

const INSTITUTION = /^(.{2,}?)(?:委|政府|人大|政协)$/;
/** Last characters of `INSTITUTION`'s endings: a token ending otherwise is never tried. */
const INSTITUTION_LAST = new Set(['委', '府', '大', '协']);

const PASSING: ReadonlySet<MentionRole> = new Set([
	'organisation',
	'institution',
	'event',
	'destination',
	'origin',
	'dateline',
]);

// Tokens joined to find names jieba keeps apart (峄城 + 区); three is enough for 东营市 河口 区-style splits.
const { maxJoin: MAX_JOIN, context: CONTEXT } = readPlaceMentions().mentions;

/**
 * Every gazetteer name among the words of one paragraph, longest match first, with its role
 * (`role` replaces the body roles for headlines, except organisation, destination, origin, dateline). Words must be the segmenter's precise cut of
 * `text`, so names inside longer words (中山大学) are not found.
 */
export function findPlaceMentions(
	text: string,
	tokens: readonly string[],
	index: PlaceIndex,
	paragraph: number,
	role?: MentionRole,
): PlaceMention[] {
	const offsets: number[] = [];
	let cursor = 0;
	for (const token of tokens) {
		// A token mostly starts where the one before it ended (only dropped spaces lie between), and
		// comparing there is far cheaper than a search for a clause-long token.
		const at = text.startsWith(token, cursor) ? cursor : text.indexOf(token, cursor);
		offsets.push(at < 0 ? cursor : at);
		cursor = at < 0 ? cursor : at + token.length;
	}
	const mentions: PlaceMention[] = [];
	const starts = surfaceStarts(index);
	const openings = surfaceOpenings(index);
	for (let i = 0; i < tokens.length; i++) {
		const first = tokens[i] ?? '';
		// Every name found starts with this word (北京市委's stem too), so its first character must
		// start a surface, and so must its first two when it has two (every surface has); and a word
		// longer than any name and its committee suffix (a clause left uncut) holds none.
		if (starts[first.charCodeAt(0)] !== 1 || first.length > index.longest + 2) continue;
		if (
			first.length >= 2 &&
			openings !== null &&
			openings[openingSlot(first.charCodeAt(0), first.charCodeAt(1))] !== 1
		)
			continue;
		const offset = offsets[i] ?? 0;
		let surface = '';
		let found: Found | undefined;
		const glued = !index.bySurface.has(first) && !index.prefixes.has(first);
		if (glued) {
			// jieba's own dictionary glues some names to their committee: 北京市委, 河北省委, 唐山市委.
			const stem = INSTITUTION_LAST.has(first.at(-1) ?? '')
				? INSTITUTION.exec(first)?.[1]
				: undefined;
			const candidates = stem === undefined ? undefined : index.bySurface.get(stem);
			if (stem === undefined || !candidates) continue;
			found = { surface: stem, candidates, end: i };
		}
		for (let j = i; !glued && j < Math.min(tokens.length, i + MAX_JOIN); j++) {
			surface += tokens[j];
			if (j > i && !index.bySurface.has(surface) && !index.prefixes.has(surface)) break;
			if (
				surface.length > index.longest ||
				offsets[j] !== offset + surface.length - (tokens[j]?.length ?? 0)
			)
				break;
			const candidates = index.bySurface.get(surface);
			if (candidates) found = { surface, candidates, end: j };
		}
		if (!found) continue;
		if (looksLikePersonName(found, tokens[i - 1])) continue;
		const end = offset + found.surface.length;
		const previous = mentions.at(-1);
		const local = mentionRole(
			text.slice(Math.max(0, offset - CONTEXT), offset),
			text.slice(end, end + CONTEXT),
		);
		const passing = PASSING.has(local);
		const mention: PlaceMention = {
			surface: found.surface,
			candidates: found.candidates,
			paragraph,
			offset,
			// A headline name keeps the headline's weight unless it is a destination or a company (赴青岛挂职).
			role: role && !passing ? role : local,
		};
		if (previous && previous.offset + previous.surface.length === offset) {
			mention.follows = previous;
			// 广东深圳宝安区组织…, 到山东青岛, (广东深圳)有限公司: a chain of names shares one role.
			if (passing) previous.role = mention.role;
			else mention.role = previous.role;
		}
		mentions.push(mention);
		i = found.end;
	}
	return mentions;
}
