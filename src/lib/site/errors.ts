import { BadRequestError, NotFoundError, ThemeConfigError } from '../errors.ts';

/** Whether `error` says the search service is configured but cannot be reached. */
export function isUnavailable(error: unknown): boolean {
	return error instanceof Error && /Unavailable/.test(error.name);
}

/** A short reason a reader can act on, without a stack trace. */
export function describeError(error: unknown): string {
	if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
	return String(error);
}

/** How a page reports a failure: HTTP status, a title and a reason with what to try. */
export interface Failure {
	status: 400 | 404 | 500 | 503;
	title: string;
	reason: string;
	/** Problems to fix, one a line (e.g. the entries of a broken themes.yaml). */
	details?: string[];
}

/**
 * Classifies an error thrown while answering a request. Bad parameters give 400 with their
 * reason, an unreachable search service 503 naming it, a broken `search-config/themes.yaml` 500
 * listing its problems for the editor; anything else is logged with a `[site]` prefix and shown as
 * 500 without internals.
 */
export function toFailure(error: unknown): Failure {
	if (error instanceof ThemeConfigError) {
		console.error('[site]', error.message);
		return {
			status: 500,
			title: '主题配置有误',
			reason: `${describeError(error)} 修改 search-config/themes.yaml 中下列条目后刷新本页。`,
			details: error.issues.map((issue) => issue.replaceAll('**', '')),
		};
	}
	if (error instanceof BadRequestError)
		return { status: 400, title: '请求参数有误', reason: error.message };
	if (error instanceof NotFoundError)
		return { status: 404, title: '未找到', reason: error.message };
	if (isUnavailable(error)) {
		return {
			status: 503,
			title: '检索服务不可用',
			reason: `${describeError(error)}。请确认检索服务已启动,或稍后再试。`,
		};
	}
	console.error('[site]', error);
	return {
		status: 500,
		title: '服务器内部错误',
		reason: '处理请求时出错,错误已记录。请稍后再试,或换一个检索条件。',
	};
}

/** What a page's reads gave: their data, or the failure to show instead. */
export type Attempt<T> = { data: T; failure?: undefined } | { data?: undefined; failure: Failure };

/** Runs a page's reads; an error becomes the {@link Failure} (via {@link toFailure}) the page shows. */
export async function attempt<T>(load: () => Promise<T>): Promise<Attempt<T>> {
	try {
		return { data: await load() };
	} catch (error) {
		return { failure: toFailure(error) };
	}
}

/** The failure a page shows: its reads' error, else `notFound` when they found nothing to show. */
export function pageFailure(result: Attempt<unknown>, notFound: Failure): Failure | undefined {
	return result.failure ?? (result.data === undefined ? notFound : undefined);
}
