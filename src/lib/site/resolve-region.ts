import { allDivisions, getDivision } from '../geo/gazetteer.ts';
import type { Division } from '../geo/gazetteer.ts';
import { regionChain } from '../geo/gazetteer.ts';
import { BadRequestError } from '../errors.ts';

/** Full name with its parents, for telling apart homonyms: 山东省 菏泽市 牡丹区. */
export function regionPath(code: string): string {
	return regionChain(code)
		.map((d) => d.name)
		.join(' ');
}

/**
 * Resolves what a reader typed for a region: a six-digit code, a full name (峄城区) or a short
 * name (峄城). Throws BadRequestError naming the candidates when a name is ambiguous or unknown.
 */
export function resolveRegion(input: string): Division {
	// 朝阳区(110105): a name that the form wrote with its code, for homonyms.
	const text = input.trim().replace(/^[^\d()()]*[((](\d{6})[))]$/u, '$1');
	if (/^\d{6}$/.test(text)) {
		const d = getDivision(text);
		if (!d) throw new BadRequestError(`未知的地区代码 ${text}`);
		return d;
	}
	if (text === '') throw new BadRequestError('地区不能为空');
	const all = allDivisions();
	let matches = all.filter((d) => d.name === text);
	if (matches.length === 0) matches = all.filter((d) => d.shortName === text);
	const [only] = matches;
	if (matches.length === 1 && only) return only;
	if (matches.length === 0)
		throw new BadRequestError(`找不到名为「${text}」的地区,请输入全称或6位地区代码`);
	const options = matches
		.slice(0, 8)
		.map((d) => `${regionPath(d.code)}(${d.code})`)
		.join('、');
	throw new BadRequestError(`「${text}」对应多个地区:${options};请改用地区代码`);
}

/**
 * What the compare form shows for a region: its full name (牡丹区) when that name alone finds it
 * again, else the name with its code (朝阳区(110105)), which `resolveRegion` also reads.
 */
export function regionInputLabel(division: Division): string {
	const homonyms = allDivisions().filter((d) => d.name === division.name).length;
	return homonyms === 1 ? division.name : `${division.name}(${division.code})`;
}
