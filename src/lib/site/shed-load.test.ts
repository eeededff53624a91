import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAdmission } from './admission.ts';
import { shedSearchLoad } from './shed-load.ts';

let server: Server;
let url: string;
let served = 0;

beforeAll(async () => {
	// Each search holds its place for 100 ms, as a slow query would.
	const slow = shedSearchLoad(
		(_req, res) => {
			setTimeout(() => {
				served++;
				res.end('{}');
			}, 100);
		},
		{ inFlight: 2, queue: 3, retryAfterSeconds: 7 },
	);
	server = createServer(slow);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('上限很小时,并发检索有的得到带 Retry-After 的 503,没有一个挂起', async () => {
	const started = performance.now();
	const answers = await Promise.all(
		Array.from({ length: 20 }, (_, i) =>
			fetch(`${url}/api/search?q=干部${i}`, { signal: AbortSignal.timeout(5000) }),
		),
	);
	const statuses = answers.map((r) => r.status);
	const ok = statuses.filter((s) => s === 200).length;
	const refused = answers.filter((r) => r.status === 503);
	// At least the five places are used; requests arriving after some finished may get one too.
	expect(ok).toBeGreaterThanOrEqual(5);
	expect(refused.length).toBeGreaterThan(0);
	expect(ok + refused.length).toBe(20);
	expect(refused.every((r) => r.headers.get('retry-after') === '7')).toBe(true);
	expect(((await refused[0]!.json()) as { error: { reason: string } }).error.reason).toMatch(
		/检索已达上限/u,
	);
	// Refused at once, admitted two at a time: a few rounds of 100 ms, never twenty.
	expect(performance.now() - started).toBeLessThan(100 * Math.ceil(ok / 2) + 1000);
	expect(served).toBe(ok);
});

test('不做检索的请求不受限制', async () => {
	const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/favicon.svg`)));
	expect(answers.every((r) => r.status === 200)).toBe(true);
});

test('排队中离开的请求让出位置', () => {
	const admission = createAdmission(1, 1);
	const first = admission.enter()!;
	const waiting = admission.enter()!;
	expect(admission.enter()).toBeNull();
	waiting.release();
	expect(admission.waiting()).toBe(0);
	const again = admission.enter();
	expect(again).not.toBeNull();
	first.release();
	expect(admission.running()).toBe(1);
});
