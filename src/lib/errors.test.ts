import { expect, test } from 'vitest';
import { SearchRequestError, SearchUnavailableError, UsageError } from './errors.ts';

test('SearchUnavailableError names the URL and says not to expect a silent fallback', () => {
	const error = new SearchUnavailableError('http://localhost:7700', {
		cause: new Error('ECONNREFUSED'),
	});
	expect(error.name).toBe('SearchUnavailableError');
	expect(error.url).toBe('http://localhost:7700');
	expect(error.message).toMatchInlineSnapshot(
		`"The search server at http://localhost:7700 could not be reached, so no results can be served (another index is not used instead, because it could be stale). Start it (e.g. \`docker compose up -d meilisearch\`) or unset MEILI_URL to use the embedded index."`,
	);
});

test('SearchRequestError carries the engine detail', () => {
	expect(
		new SearchRequestError('attribute `region` is not filterable').message,
	).toMatchInlineSnapshot(
		`"The search engine rejected the request: attribute \`region\` is not filterable. Check the query and filters, and rebuild the index with \`npm run index\` if its settings changed."`,
	);
});

test('UsageError ends with the usage line', () => {
	expect(
		new UsageError('Unknown option --foo', 'npm run ingest -- [--dry-run] <files…>').message,
	).toMatchInlineSnapshot(`"Unknown option --foo. Usage: npm run ingest -- [--dry-run] <files…>"`);
});
