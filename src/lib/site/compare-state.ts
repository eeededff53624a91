import { THEME_IDS } from '../schema/taxonomy.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import type { Division } from '../geo/gazetteer.ts';
import { BadRequestError } from '../errors.ts';
import { resolveRegion } from './resolve-region.ts';

/** What /compare shows: 2–4 regions on one theme; empty until the reader picks. */
export interface CompareState {
	regions: Division[];
	theme: ThemeId | undefined;
	/** What the reader typed, to refill the form. */
	inputs: string[];
}

/** Most regions side by side. */
export const MAX_COMPARE = 4;

/**
 * Reads `regions=A,B[,C,D]` (codes or names, commas or repeated) and `theme=T`. No regions at all
 * is a blank form; one, more than four, duplicates, unknown names or themes are a 400 with the reason.
 */
export function parseCompareState(params: URLSearchParams): CompareState {
	const inputs = params
		.getAll('regions')
		.flatMap((v) => v.split(/[,,、]/))
		.map((v) => v.trim())
		.filter((v) => v !== '');
	const themeRaw = params.get('theme')?.trim() ?? '';
	let theme: ThemeId | undefined;
	if (themeRaw !== '') {
		if (!(THEME_IDS as readonly string[]).includes(themeRaw))
			throw new BadRequestError(`参数 theme:未知的主题「${themeRaw}」`);
		theme = themeRaw as ThemeId;
	}
	if (inputs.length === 0) return { regions: [], theme, inputs };
	if (inputs.length < 2) throw new BadRequestError('参数 regions:至少需要两个地区才能对比');
	if (inputs.length > MAX_COMPARE)
		throw new BadRequestError(`参数 regions:最多对比${MAX_COMPARE}个地区`);
	const regions = inputs.map(resolveRegion);
	if (new Set(regions.map((r) => r.code)).size !== regions.length)
		throw new BadRequestError('参数 regions:同一地区出现了两次');
	return { regions, theme, inputs };
}
