import { z } from 'astro/zod';
import { ARTICLE_KINDS, THEME_IDS } from '../schema/taxonomy.ts';
import type { ArticleKind, ThemeId } from '../schema/taxonomy.ts';
import type { Collection, RegionScope, SearchParams, SortOrder } from '../search/types.ts';
import { getDivision } from '../geo/gazetteer.ts';
import { BadRequestError } from '../errors.ts';
import { queryBudgetProblem } from './query-budget.ts';
import { siteLimits } from './site-limits.ts';
import { SORT_LABELS } from './labels.ts';

/** Most results one page may show. */
const MAX_PER_PAGE = 100;
/** Deepest page reachable by paging; exports cover everything beyond. */
export const MAX_PAGE = 1000;

const SORTS = ['relevance', 'date-desc', 'date-asc'] as const;

/** A six-digit GB/T 2260 code the gazetteer knows. */
export const RegionCodeSchema = z
	.string()
	.regex(/^\d{6}$/, '地区代码应为6位数字(GB/T 2260)')
	.refine((c) => getDivision(c) !== undefined, { message: '未知的地区代码' });
/** Whether `iso` (YYYY-MM-DD) names a day that exists: 2023-02-30 and 2024-13-45 do not. */
export function isCalendarDate(iso: string): boolean {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD between 1949 and 2100. */
const IsoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
	.refine(isCalendarDate, { message: '日期不存在(请检查月份和日)' })
	.refine((d) => d >= '1949-01-01' && d <= '2100-12-31', { message: '日期超出范围(1949—2100年)' });
const IsoDate = IsoDateSchema;

/**
 * A whole number written in plain decimal digits: `1e3`, `0x10`, `2.0` and `+4` are not read as
 * numbers, so a URL means what it shows.
 */
export function decimalInt(label: string) {
	return z
		.string({ message: `${label}应为数字` })
		.regex(/^\d{1,9}$/, `${label}应为数字(十进制整数)`)
		.transform(Number);
}

/** Every piece of search state a URL can carry; the same shape drives /search, /api/search and exports. */
const SearchStateSchema = z.object({
	/** Which collection: articles (文章) or measures (举措). */
	collection: z
		.enum(['articles', 'measures'], {
			message: 'collection 只能是 文章(articles)或 举措(measures)',
		})
		.default('articles'),
	/** Words and "quoted phrases", within the budget of `site-limits.json` → `query`. */
	q: z.string().default(''),
	/** Region codes at any level. */
	region: z.array(RegionCodeSchema).max(20, '最多20个地区').default([]),
	/** `about`: items about the region (primary region inside it); `mentions`: any item naming it. */
	scope: z
		.enum(['about', 'mentions'], { message: 'scope 只能是 about(关于该地区)或 mentions(也含提及)' })
		.default('about'),
	theme: z
		.array(z.enum(THEME_IDS, { message: '未知的主题' }))
		.max(20, '最多20个主题')
		.default([]),
	year: z
		.array(decimalInt('年份').pipe(z.number().min(1949, '年份超出范围').max(2100, '年份超出范围')))
		.max(20, '最多20个年份')
		.default([]),
	source: z
		.array(z.string().min(1).max(100, '来源名称不能超过100个字符'))
		.max(20, '最多20个来源')
		.default([]),
	kind: z
		.array(z.enum(ARTICLE_KINDS, { message: '未知的类型' }))
		.max(10, '最多10个类型')
		.default([]),
	from: IsoDate.optional(),
	to: IsoDate.optional(),
	sort: z
		.enum(SORTS, {
			message: `排序只能是 ${SORTS.map((s) => `${SORT_LABELS[s]}(${s})`)
				.join('、')
				.replace(/、([^、]+)$/u, '或 $1')}`,
		})
		.default('relevance'),
	page: decimalInt('页码')
		.pipe(z.number().min(1, '页码从1开始').max(MAX_PAGE, `页码不能超过${MAX_PAGE}`))
		.default(1),
	perPage: decimalInt('每页条数')
		.pipe(z.number().min(1, '每页至少1条').max(MAX_PER_PAGE, `每页最多${MAX_PER_PAGE}条`))
		.default(20),
});
export type SearchState = z.output<typeof SearchStateSchema>;

const LIST_KEYS = ['region', 'theme', 'year', 'source', 'kind'] as const;
const SCALAR_KEYS = ['collection', 'q', 'scope', 'from', 'to', 'sort', 'page', 'perPage'] as const;

/** Turns zod issues into one Chinese sentence naming the parameter. */
export function explainIssues(error: z.ZodError): string {
	return error.issues
		.map(
			(i) =>
				`参数 ${i.path.filter((p) => typeof p !== 'number').join('.') || '(查询)'}:${i.message}`,
		)
		.join(';');
}

/**
 * Reads search state from a query string. Lists may repeat (`theme=a&theme=b`) or use commas;
 * empty values are ignored. Throws BadRequestError with a reason the 400 page shows.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
	const raw: Record<string, unknown> = {};
	for (const key of LIST_KEYS) {
		const values = params
			.getAll(key)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
			.filter((v) => v !== '');
		if (values.length > 0) raw[key] = values;
	}
	for (const key of SCALAR_KEYS) {
		const value = params.get(key)?.trim();
		if (value !== undefined && value !== '') raw[key] = value;
	}
	const parsed = SearchStateSchema.safeParse(raw);
	if (!parsed.success) throw new BadRequestError(explainIssues(parsed.error));
	const state = parsed.data;
	const overBudget = queryBudgetProblem(state.q, siteLimits().query);
	if (overBudget) throw new BadRequestError(overBudget);
	if (state.from && state.to && state.from > state.to)
		throw new BadRequestError('参数 from 不能晚于 to');
	return state;
}

/** The backend query for a state (facets chosen by the caller). */
export function toSearchParams(
	state: SearchState,
	facets: SearchParams['facets'] = [],
): SearchParams {
	const filters: NonNullable<SearchParams['filters']> = {};
	if (state.region.length) filters.region = state.region;
	if (state.region.length && state.scope === 'mentions') filters.scope = 'mentions';
	if (state.theme.length) filters.theme = state.theme;
	if (state.year.length) filters.year = state.year;
	if (state.source.length) filters.source = state.source;
	if (state.kind.length) filters.kind = state.kind;
	if (state.from) filters.from = state.from;
	if (state.to) filters.to = state.to;
	return {
		q: state.q,
		filters,
		facets,
		sort: state.sort,
		page: state.page,
		hitsPerPage: state.perPage,
	};
}

/** Changes to apply to a state when building a link. */
export type StatePatch = Partial<{
	collection: Collection;
	q: string;
	region: string[];
	scope: RegionScope;
	theme: ThemeId[];
	year: number[];
	source: string[];
	kind: ArticleKind[];
	sort: SortOrder;
	page: number;
}>;

/** The query string (without `?`) of `state` with `patch` applied; defaults are left out so URLs stay short. */
export function toQueryString(state: SearchState, patch: StatePatch = {}): string {
	const next = { ...state, ...patch };
	const out = new URLSearchParams();
	if (next.q) out.set('q', next.q);
	if (next.collection !== 'articles') out.set('collection', next.collection);
	for (const key of LIST_KEYS) for (const v of next[key]) out.append(key, String(v));
	if (next.scope !== 'about') out.set('scope', next.scope);
	if (next.from) out.set('from', next.from);
	if (next.to) out.set('to', next.to);
	if (next.sort !== 'relevance') out.set('sort', next.sort);
	if (next.page !== 1) out.set('page', String(next.page));
	if (next.perPage !== 20) out.set('perPage', String(next.perPage));
	return out.toString();
}

/** Toggles one value in a list (add when absent, remove when present). */
export function toggle<T>(list: readonly T[], value: T): T[] {
	return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
