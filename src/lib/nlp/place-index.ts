import { allDivisions, type Division } from '../geo/gazetteer.ts';
import placeContext from '../../../search-config/place-context.json' with { type: 'json' };
import { divisionSurfaces } from './jieba/user-dictionary.ts';

/** One way a division can be written. */
export interface PlaceSurface {
	division: Division;
	/** `full` for the official name (峄城区), `short` for the stem (峄城). */
	form: 'full' | 'short';
}

/** Lookup tables over the gazetteer, built once per process. */
export interface PlaceIndex {
	/** Every division a surface can stand for (several for 河口, 朝阳区, 市中区). */
	bySurface: ReadonlyMap<string, readonly PlaceSurface[]>;
	/** Surfaces that are mostly ordinary words (和平, 新华, 城区): they count only with support. */
	needsSupport: ReadonlySet<string>;
	/** Every proper prefix of a surface (峄 and 峄城 for 峄城区), so most words are rejected with one lookup. */
	prefixes: ReadonlySet<string>;
	/** Longest surface, in characters, for bounded look-ahead. */
	longest: number;
	/** Province codes by their one-character abbreviation (鲁 → 370000), for outlet names such as 鲁网. */
	provinceByAbbreviation: ReadonlyMap<string, string>;
	/** Province codes by a literary name outlets use (齐鲁 → 370000, 荆楚 → 420000). */
	provinceByAlias: ReadonlyMap<string, string>;
	/** Outlet names whose home is the whole country (人民日报, 新华社). */
	nationalOutlets: readonly string[];
}

let cached: PlaceIndex | undefined;

/** 和县: a conjunction and a unit (干部和县直部门, 市和县两级) is that more often than the place. */
function readsAsConjunction(surface: string): boolean {
	return /^[和与及或][县区市旗州]$/u.test(surface);
}

/** The place index of the bundled gazetteer and `search-config/place-context.json`. */
export function getPlaceIndex(): PlaceIndex {
	cached ??= buildPlaceIndex(allDivisions(), placeContext);
	return cached;
}

/** Shape of `search-config/place-context.json`. */
interface PlaceContextConfig {
	/** Surfaces measured to be ordinary words more often than place names. */
	needsSupport: string[];
	/** Province name → its one-character abbreviation (山东 → 鲁). */
	provinceAbbreviations: Record<string, string>;
	/** Literary name → province name (齐鲁 → 山东), for outlets such as 齐鲁晚报, 荆楚网. */
	provinceAliases?: Record<string, string>;
	/** Outlets with national scope. */
	nationalOutlets: string[];
}

/** Builds the lookup tables; exported for tests that pass their own configuration. */
function buildPlaceIndex(divisions: readonly Division[], config: PlaceContextConfig): PlaceIndex {
	const bySurface = new Map<string, PlaceSurface[]>();
	let longest = 0;
	for (const division of divisions) {
		divisionSurfaces(division).forEach((surface, i) => {
			const list = bySurface.get(surface) ?? [];
			list.push({ division, form: i === 0 ? 'full' : 'short' });
			bySurface.set(surface, list);
			longest = Math.max(longest, surface.length);
		});
		// 五峰土家族自治县 is written 五峰县, 黔东南苗族侗族自治州 黔东南州: the stem with its unit.
		const unit = /自治(县|州|旗)$/u.exec(division.name)?.[1];
		const spoken = `${division.shortName}${unit ?? ''}`;
		if (unit !== undefined && division.shortName !== division.name && !bySurface.has(spoken)) {
			bySurface.set(spoken, [{ division, form: 'full' }]);
			longest = Math.max(longest, spoken.length);
		}
	}
	const prefixes = new Set<string>();
	for (const surface of bySurface.keys())
		for (let i = 1; i < surface.length; i++) prefixes.add(surface.slice(0, i));
	const provinceByAbbreviation = new Map<string, string>();
	for (const [name, abbreviation] of Object.entries(config.provinceAbbreviations)) {
		const province = bySurface.get(name)?.find((s) => s.division.level === 'province');
		if (province) provinceByAbbreviation.set(abbreviation, province.division.code);
	}
	const provinceByAlias = new Map<string, string>();
	for (const [alias, name] of Object.entries(config.provinceAliases ?? {})) {
		const province = bySurface.get(name)?.find((s) => s.division.level === 'province');
		if (province) provinceByAlias.set(alias, province.division.code);
	}
	return {
		bySurface,
		provinceByAlias,
		needsSupport: new Set([
			...config.needsSupport,
			...[...bySurface.keys()].filter(readsAsConjunction),
		]),
		prefixes,
		longest,
		provinceByAbbreviation,
		nationalOutlets: config.nationalOutlets,
	};
}

// Every clause asks for both tables of the one index in use: the last answers come back without a
// lookup in the weak maps (two per clause were 2% of ingest's CPU).
let lastIndex: PlaceIndex | undefined;
let lastStarts: Uint8Array | undefined;
let lastOpenings: Uint8Array | null | undefined;

/** Makes `index` the one whose tables are remembered, forgetting another's. */
function rememberLast(index: PlaceIndex): void {
	if (index === lastIndex) return;
	lastIndex = index;
	lastStarts = undefined;
	lastOpenings = undefined;
}

const startsByIndex = new WeakMap<PlaceIndex, Uint8Array>();

/** 1 at the UTF-16 code of the first unit of every surface: a word starting otherwise names no place. */
export function surfaceStarts(index: PlaceIndex): Uint8Array {
	if (index === lastIndex && lastStarts !== undefined) return lastStarts;
	let starts = startsByIndex.get(index);
	if (!starts) {
		starts = new Uint8Array(0x10000);
		for (const surface of index.bySurface.keys()) starts[surface.charCodeAt(0)] = 1;
		startsByIndex.set(index, starts);
	}
	rememberLast(index);
	lastStarts = starts;
	return starts;
}

/** Slots of the opening filter (one byte each: 1 MiB per index). */
const OPENING_SLOTS = 1 << 20;
const openingsByIndex = new WeakMap<PlaceIndex, Uint8Array | null>();

/** The filter slot of the pair of UTF-16 units `a`, `b` (see `surfaceOpenings`). */
export function openingSlot(a: number, b: number): number {
	return (Math.imul(a, 0x9e3779b1) ^ b) & (OPENING_SLOTS - 1);
}

/**
 * A filter over the first two UTF-16 units of every surface: 0 at `openingSlot(a, b)` means no
 * surface opens with `a b` (exact); 1 means one may (two pairs can share a slot, so check the
 * surface itself). Typed-array reads where a set of pair numbers would box most of its keys.
 * Null when some surface is a single unit (none in the gazetteer), which makes every pair a candidate.
 */
export function surfaceOpenings(index: PlaceIndex): Uint8Array | null {
	if (index === lastIndex && lastOpenings !== undefined) return lastOpenings;
	if (openingsByIndex.has(index)) {
		rememberLast(index);
		return (lastOpenings = openingsByIndex.get(index) ?? null);
	}
	let openings: Uint8Array | null = new Uint8Array(OPENING_SLOTS);
	for (const surface of index.bySurface.keys()) {
		if (surface.length < 2) {
			openings = null;
			break;
		}
		openings[openingSlot(surface.charCodeAt(0), surface.charCodeAt(1))] = 1;
	}
	openingsByIndex.set(index, openings);
	rememberLast(index);
	return (lastOpenings = openings);
}
