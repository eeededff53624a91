import { z } from 'astro/zod';
import { FACET_NAMES, type Collection, type FacetName } from '../search/types.ts';
import { BadRequestError } from '../errors.ts';
import { RegionCodeSchema, decimalInt, explainIssues } from './url-state.ts';
import type { ExportFormat } from './export-rows.ts';

/** `facets=theme,year` (or repeated); unknown names are a 400. */
export function parseFacetNames(params: URLSearchParams, fallback: FacetName[]): FacetName[] {
	const raw = params
		.getAll('facets')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	if (raw.length === 0) return fallback;
	const bad = raw.filter((v) => !(FACET_NAMES as readonly string[]).includes(v));
	if (bad.length)
		throw new BadRequestError(
			`参数 facets:未知的分面 ${bad.join('、')};可用 ${FACET_NAMES.join('、')}`,
		);
	return raw as FacetName[];
}

const SimilarSchema = z.object({
	collection: z
		.enum(['articles', 'measures'], {
			message: 'collection 只能是 文章(articles)或 举措(measures)',
		})
		.default('measures'),
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/, '文档 id 只含小写字母、数字和连字符')
		.max(200, '文档 id 不能超过200个字符'),
	exclude: z.array(RegionCodeSchema).max(20, '最多排除20个地区').default([]),
	limit: decimalInt('limit ').pipe(z.number().min(1, '至少1条').max(50, '最多50条')).default(10),
});

/** Parameters of /api/similar. */
export function parseSimilarParams(params: URLSearchParams): {
	collection: Collection;
	id: string;
	exclude: string[];
	limit: number;
} {
	const raw: Record<string, unknown> = {
		exclude: params
			.getAll('exclude')
			.flatMap((v) => v.split(','))
			.filter(Boolean),
	};
	for (const key of ['collection', 'id', 'limit']) {
		const v = params.get(key);
		if (v) raw[key] = v;
	}
	if (!raw['id']) throw new BadRequestError('参数 id:缺少文档 id');
	const parsed = SimilarSchema.safeParse(raw);
	if (!parsed.success) throw new BadRequestError(explainIssues(parsed.error));
	return parsed.data;
}

/** `format=csv|json` (csv when absent). */
export function parseExportFormat(params: URLSearchParams): ExportFormat {
	const format = params.get('format') ?? 'csv';
	if (format !== 'csv' && format !== 'json')
		throw new BadRequestError('参数 format:只能是 CSV(csv)或 JSON(json)');
	return format;
}
