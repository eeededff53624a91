import { expect, test, vi } from 'vitest';
import { attempt, pageFailure } from './errors.ts';
import { BadRequestError } from '../errors.ts';

const unknownRegion = {
	status: 404,
	title: '未知地区',
	reason: 'GB/T 2260 中没有代码 999999。',
} as const;

test('a bad region code becomes a 400 page with its reason', async () => {
	const result = await attempt(() => {
		throw new BadRequestError('地区代码应为6位数字(GB/T 2260),例如 371702');
	});
	expect(result.failure).toEqual({
		status: 400,
		title: '请求参数有误',
		reason: '地区代码应为6位数字(GB/T 2260),例如 371702',
	});
	expect(pageFailure(result, unknownRegion)).toBe(result.failure);
});

test('reads that find no 牡丹区-like division give the 404, found ones no failure', async () => {
	expect(pageFailure(await attempt(() => Promise.resolve(undefined)), unknownRegion)).toBe(
		unknownRegion,
	);
	const found = await attempt(() => Promise.resolve({ name: '牡丹区' }));
	expect(found.data).toEqual({ name: '牡丹区' });
	expect(pageFailure(found, unknownRegion)).toBeUndefined();
});

test('an unexpected error is logged and shown as 500 without internals', async () => {
	const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
	const result = await attempt(() => Promise.reject(new Error('disk full at /var/lib/x.db')));
	expect(result.failure?.status).toBe(500);
	expect(result.failure?.reason).not.toContain('disk full');
	expect(log).toHaveBeenCalledOnce();
	log.mockRestore();
});

test('an unknown document id becomes a 404 with its reason', async () => {
	const { NotFoundError } = await import('../errors.ts');
	const result = await attempt(() => {
		throw new NotFoundError('没有 id 为 x 的举措。');
	});
	expect(result.failure).toEqual({ status: 404, title: '未找到', reason: '没有 id 为 x 的举措。' });
});
