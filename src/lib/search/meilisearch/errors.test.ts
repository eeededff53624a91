import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SearchRequestError, SearchTimeoutError, SearchUnavailableError } from '../../errors.ts';
import { loadMeilisearchConfig } from './config.ts';
import { openMeilisearchBackend } from './index.ts';

const config = { ...loadMeilisearchConfig(), requestTimeoutMs: 300 };
let server: Server;
let url: string;
const answers = new Map<string, (res: import('node:http').ServerResponse) => void>();

beforeAll(async () => {
	server = createServer((req, res) => {
		const answer = answers.get(req.url?.split('?')[0] ?? '');
		// No answer at all: the client must give up by itself.
		if (answer) answer(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	answers.set('/health', (res) => res.end('{"status":"available"}'));
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

test('an unreachable server is a SearchUnavailableError naming its URL', async () => {
	const closed = 'http://127.0.0.1:9';
	const opening = openMeilisearchBackend({ url: closed, config });
	await expect(opening).rejects.toBeInstanceOf(SearchUnavailableError);
	await expect(opening).rejects.toThrow(closed);
});

test('a server that does not answer in time is a SearchTimeoutError, not a hang', async () => {
	const backend = await openMeilisearchBackend({ url, config });
	const search = backend.search('articles', { q: '干部' });
	await expect(search).rejects.toBeInstanceOf(SearchTimeoutError);
	await expect(search).rejects.toThrow(url);
});

test('a request the server refuses is a SearchRequestError with its code', async () => {
	answers.set('/indexes/jucuo_articles/search', (res) => {
		res.writeHead(400, { 'content-type': 'application/json' });
		res.end(
			JSON.stringify({
				message: 'Attribute `year` is not filterable.',
				code: 'invalid_search_filter',
				type: 'invalid_request',
				link: 'https://docs.meilisearch.com/errors#invalid_search_filter',
			}),
		);
	});
	answers.set('/indexes/jucuo_articles/settings', (res) => {
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end('{}');
	});
	const backend = await openMeilisearchBackend({ url, config });
	const search = backend.search('articles', { q: '干部', filters: { year: [2023] } });
	await expect(search).rejects.toBeInstanceOf(SearchRequestError);
	await expect(search).rejects.toThrow(/invalid_search_filter/u);
});
