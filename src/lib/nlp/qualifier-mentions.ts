import { getDivision, isWithin } from '../geo/gazetteer.ts';

/** The fields of a resolved mention that say where it sits and what it names. */
interface Placed {
	code: string;
	surface: string;
	paragraph: number;
	offset: number;
}

// 广西朵努社区, 贵州：台盘村, 浙江安吉县余村: a village, community, town or street named right after the place.
const LOWER_PLACE_AFTER = /^[：:\s]?[\u4e00-\u9fa5]{2,5}?(?:村|社区|镇|乡|街道|嘎查|苏木)/u;
// Generic nouns that end like a place below the county (美丽乡村, 全省乡镇, 特色小镇) locate nothing.
const GENERIC_PLACE_NOUN = /(?:乡村|农村|城乡|城镇|乡镇|村镇|山村|渔村|小镇|集镇)$/u;

/**
 * Mentions that only locate a more specific place: the leading names of a glued chain (湖北宜昌 in
 * 湖北宜昌五峰县, 枣庄市 in 枣庄市峄城区) and a name directly followed by a village, community or town
 * the gazetteer does not hold (广西朵努社区), unless the name is a county, the finest level tagged. The article is about the place they locate, so they
 * weigh less than a name that stands for itself. `textOf` gives the text of a paragraph.
 */
export function findQualifiers<T extends Placed>(
	mentions: readonly T[],
	textOf: (paragraph: number) => string,
): Set<T> {
	const qualifiers = new Set<T>();
	for (const [i, m] of mentions.entries()) {
		const next = mentions[i + 1];
		const end = m.offset + m.surface.length;
		if (
			next !== undefined &&
			next.paragraph === m.paragraph &&
			next.offset === end &&
			next.code !== m.code &&
			isWithin(next.code, m.code)
		) {
			qualifiers.add(m);
			continue;
		}
		// A county is the finest place tagged: the village in it is what the county stands for.
		if (getDivision(m.code)?.level === 'county') continue;
		const lower = LOWER_PLACE_AFTER.exec(textOf(m.paragraph).slice(end, end + 8))?.[0];
		if (lower !== undefined && !GENERIC_PLACE_NOUN.test(lower)) qualifiers.add(m);
	}
	return qualifiers;
}
