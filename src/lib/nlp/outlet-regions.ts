import { NATIONAL_CODE } from '../geo/gazetteer.ts';
import type { PlaceIndex } from './place-index.ts';

const COMPANY = /(?:有限公司|有限责任公司|股份|集团|公司|银行|工作室)/u;

/**
 * The home region of an outlet, read from its name: national outlets (人民日报, 新华社) → `000000`;
 * a name that starts with a place (德州新闻网, 菏泽日报, 枣庄市人民政府网) → that place when the name
 * has one reading; a provincial abbreviation followed by 网/报/台 (鲁网, 粤报) or a literary
 * name (齐鲁晚报, 荆楚网) → the province;
 * otherwise undefined (大众日报 says nothing about its home by name).
 */
export function outletRegion(source: string, index: PlaceIndex): string | undefined {
	const name = source.trim();
	if (name === '') return undefined;
	if (index.nationalOutlets.some((outlet) => name.includes(outlet))) return NATIONAL_CODE;
	// A company credited for a picture or an advert (佛山市某电器有限公司) publishes no news.
	if (COMPANY.test(name)) return undefined;
	for (let length = Math.min(index.longest, name.length); length >= 2; length--) {
		const candidates = index.bySurface.get(name.slice(0, length));
		if (!candidates) continue;
		const codes = new Set(candidates.map((c) => c.division.code));
		if (codes.size === 1 && !index.needsSupport.has(name.slice(0, length))) return [...codes][0];
		const province = candidates.find((c) => c.division.level === 'province');
		return province?.division.code;
	}
	for (const [alias, code] of index.provinceByAlias) if (name.startsWith(alias)) return code;
	const abbreviation = /^(.)(?:网|报|台|视|新闻)/.exec(name)?.[1];
	return abbreviation ? index.provinceByAbbreviation.get(abbreviation) : undefined;
}
