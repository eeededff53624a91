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
		{ inFlight: 2, queue: 3, maxWaitMs: 10_000, retryAfterSeconds: 7 },
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

test('排队超过 maxWaitMs 的检索在轮到时得到 503,而不是更晚的回答', async () => {
	const slow = shedSearchLoad(
		(_req, res) => {
			setTimeout(() => res.end('{}'), 100);
		},
		{ inFlight: 1, queue: 10, maxWaitMs: 150, retryAfterSeconds: 1 },
	);
	const one = createServer(slow);
	await new Promise<void>((r) => one.listen(0, '127.0.0.1', r));
	const base = `http://127.0.0.1:${(one.address() as AddressInfo).port}`;
	const timed = await Promise.all(
		Array.from({ length: 8 }, async (_, i) => {
			const t = performance.now();
			const r = await fetch(`${base}/search?q=${i}`);
			return { status: r.status, ms: performance.now() - t };
		}),
	);
	await new Promise<void>((r) => one.close(() => r()));
	const answered = timed.filter((r) => r.status === 200);
	expect(answered.length).toBeGreaterThanOrEqual(1);
	expect(timed.some((r) => r.status === 503)).toBe(true);
	// Nothing answered after waiting much past the bound plus one search.
	expect(Math.max(...answered.map((r) => r.ms))).toBeLessThan(150 + 100 + 400);
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
