import {
	MeilisearchApiError,
	MeilisearchRequestError,
	MeilisearchRequestTimeOutError,
	MeilisearchTaskTimeOutError,
	type EnqueuedTaskPromise,
} from 'meilisearch';
import { SearchRequestError, SearchTimeoutError, SearchUnavailableError } from '../../errors.ts';

/**
 * The project's error for a failure of the Meilisearch client: unreachable → `SearchUnavailableError`
 * (naming the URL), too slow → `SearchTimeoutError`, refused by the server → `SearchRequestError`
 * with its code. Anything else is returned as it is.
 */
function translateError(url: string, error: unknown): unknown {
	// The client wraps its own time-out in a request error.
	if (
		error instanceof MeilisearchRequestError &&
		error.cause instanceof MeilisearchRequestTimeOutError
	)
		return translateError(url, error.cause);
	if (error instanceof MeilisearchRequestTimeOutError)
		return new SearchTimeoutError(url, `no answer within ${error.cause.timeout} ms`, {
			cause: error,
		});
	if (error instanceof MeilisearchTaskTimeOutError)
		return new SearchTimeoutError(
			url,
			`task ${error.cause.taskUid} was not done within ${error.cause.timeout} ms`,
			{ cause: error },
		);
	if (error instanceof MeilisearchRequestError)
		return new SearchUnavailableError(url, { cause: error });
	if (error instanceof MeilisearchApiError) {
		const code = error.cause?.code ?? 'unknown';
		return new SearchRequestError(`${error.message} (${code})`, { cause: error });
	}
	return error;
}

/** Runs `work`, throwing the project's error in place of the client's. */
export async function guarded<T>(url: string, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw translateError(url, error);
	}
}

/** True when the (untranslated) client error says the index does not exist. */
export function isIndexNotFound(error: unknown): boolean {
	return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}

/**
 * Waits for an enqueued task.
 * @throws {SearchRequestError} when the server ran the task and it failed (it said no).
 * @throws {SearchTimeoutError} when the task is not done within `timeout` ms.
 */
export async function waitForTask(
	url: string,
	task: EnqueuedTaskPromise,
	timeout: number,
): Promise<void> {
	const done = await guarded(url, () => task.waitTask({ timeout, interval: 50 }));
	if (done.status === 'failed')
		throw new SearchRequestError(
			`task ${done.uid} (${done.type}) failed: ${done.error?.message ?? 'no reason given'} (${done.error?.code ?? 'unknown'})`,
		);
}
