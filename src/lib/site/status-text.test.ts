import { expect, test } from 'vitest';
import { withReasonPhrase } from './status-text.ts';

test.each([
	[400, 'Bad Request'],
	[404, 'Not Found'],
	[503, 'Service Unavailable'],
	[200, 'OK'],
])('status %i goes out with the phrase %s', async (status, phrase) => {
	const out = withReasonPhrase(new Response('参数有误', { status }));
	expect(out.status).toBe(status);
	expect(out.statusText).toBe(phrase);
	expect(await out.text()).toBe('参数有误');
});

test('a phrase set on purpose is kept', () => {
	expect(
		withReasonPhrase(new Response('', { status: 400, statusText: 'Invalid Filter' })).statusText,
	).toBe('Invalid Filter');
});
