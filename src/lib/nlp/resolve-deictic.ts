import { getDivision, regionChain, type Division } from '../geo/gazetteer.ts';

/** A deictic place word (我市, 全区, 县委) found in a paragraph, before it is resolved. */
interface DeicticMention {
	/** The words as written: 我市, 本区, 全县, 市委. */
	surface: string;
	/** The administrative word it points at: 省, 市, 区, 县, 州, 旗. */
	unit: string;
	paragraph: number;
	offset: number;
	/** 我市/本市/全市 name the place outright; 市委/市政府 only through its institutions. */
	strong: boolean;
}

// Strong: 我市, 本区, 全县; weak: 市委, 区政府, 县纪委. 全省 in a city paper is the province.
const DEICTIC =
	/(?:我|本|全)(省|市|区|县|州|旗)|(省|市|区|县|州|旗)(?:委|政府|人民政府|人大|政协|纪委)/g;

/**
 * Deictic place words of a paragraph. `taken` holds [start, end) spans of explicit names; a
 * deictic inside one or right after one (峄城区委, 石家庄市委) belongs to that name and is skipped.
 */
export function findDeictics(
	text: string,
	paragraph: number,
	taken: ReadonlyArray<readonly [number, number]>,
): DeicticMention[] {
	const found: DeicticMention[] = [];
	for (const match of text.matchAll(DEICTIC)) {
		const offset = match.index;
		if (taken.some(([start, end]) => offset >= start && offset <= end)) continue;
		// 副市长, 市区, 分市场 … are not matched; 省市两级 has no 委 and is skipped by the pattern.
		const unit = match[1] ?? match[2] ?? '';
		found.push({ surface: match[0], unit, paragraph, offset, strong: match[1] !== undefined });
	}
	return found;
}

/** Whether `division` is the kind of place a deictic unit points at (我市 → 枣庄市 or 滕州市, 我区 → 峄城区). */
export function fitsUnit(division: Division, unit: string): boolean {
	switch (unit) {
		case '省':
			return division.level === 'province';
		case '市':
			return division.level !== 'country' && division.name.endsWith('市');
		case '州':
			return division.level === 'city' && division.name.endsWith('州');
		case '区':
			return (
				(division.level === 'county' && division.name.endsWith('区')) ||
				division.name.endsWith('自治区')
			);
		case '县':
			return division.level === 'county' && /县$/.test(division.name);
		case '旗':
			return division.level === 'county' && division.name.endsWith('旗');
		default:
			return false;
	}
}

/**
 * The place a deictic unit points at: the division of that kind in `home`'s chain (the outlet's
 * home: a 德州 paper's 我市 is 德州 whatever other city it names); else, among `scores` (salience per
 * code, explicit names), the best-scoring division of the right kind, counting each code's score
 * towards its ancestors. Undefined when none fits.
 */
export function resolveDeictic(
	unit: string,
	scores: ReadonlyMap<string, number>,
	home: string | undefined,
): string | undefined {
	// A local outlet's 我市/全区 is its own place (a 德州 paper's 我市 is 德州, whatever partner city it names).
	const own = home ? regionChain(home).findLast((d) => fitsUnit(d, unit))?.code : undefined;
	if (own !== undefined) return own;
	const total = new Map<string, number>();
	for (const [code, score] of scores) {
		for (const d of regionChain(code))
			if (fitsUnit(d, unit)) total.set(d.code, (total.get(d.code) ?? 0) + score);
	}
	let best: string | undefined;
	for (const [code, score] of total)
		if (best === undefined || score > (total.get(best) ?? 0)) best = code;
	// A paper of 滕州市 writes 我市 for 滕州, not 枣庄: go down while one place holds half of the score.
	for (let moved = true; best !== undefined && moved;) {
		moved = false;
		const bestScore = total.get(best) ?? 0;
		for (const [code, score] of total) {
			if (
				code !== best &&
				score >= bestScore / 2 &&
				getDivision(code)?.parent !== null &&
				regionChain(code).some((d) => d.code === best)
			) {
				best = code;
				moved = true;
				break;
			}
		}
	}
	return best;
}
