import { NATIONAL_CODE } from '../geo/gazetteer.ts';
import { SALIENCE } from './salience-config.ts';

// A report that says it spans places: 各地, 多地, 多省份, 全国各地, 一些地方 (not 全省各地, one province's places).
const ROUND_UP_CUE =
	/(?:^|[^省市县区州盟])(?:各地|多地|多省|各省|多个省|一些地方|不少地方|许多地方|多个地方|部分地区|各地区)/u;

/** The headline fields and lead of an article, and the places found in them. */
interface Lead {
	title: string;
	kicker?: string;
	subtitle?: string;
	/** The first paragraph. */
	lead?: string;
	/** Places resolved in the article; headline ones have a negative paragraph. */
	mentions: ReadonlyArray<{ code: string; paragraph: number }>;
}

/**
 * Whether the article says it spans places: its headline or lead says so (各地出招…, 多地…), or its
 * headline names places in `roundUpHeadlineProvinces` provinces or more (北京、杭州、成都…探访).
 */
export function readsAsRoundUp(input: Lead): boolean {
	const provinces = new Set(
		input.mentions
			.filter((m) => m.paragraph < 0 && m.code !== NATIONAL_CODE)
			.map((m) => m.code.slice(0, 2)),
	);
	if (provinces.size >= SALIENCE.roundUpHeadlineProvinces) return true;
	return ROUND_UP_CUE.test(
		[input.kicker, input.title, input.subtitle, input.lead].filter(Boolean).join('\n'),
	);
}
