import { expect, test } from 'vitest';
import { parseSearchArgs } from '../../scripts/search.ts';
import { UsageError } from '../../src/lib/errors.ts';

test('reads --theme 干部交流轮岗 by its label as cadre-rotation', () => {
	const { params } = parseSearchArgs(['干部', '--theme', '干部交流轮岗', '--region', '370000']);
	expect(params.filters).toEqual({ theme: ['cadre-rotation'], region: ['370000'] });
	expect(params.q).toBe('干部');
});

test.each([
	[['--from', '2023-02-30'], /日期不存在/],
	[['--to', '9999-99-99'], /日期/],
	[['--region', '999999'], /未知的地区代码/],
	[['--theme', '天气'], /未知的主题/],
	[['--page', '1e3'], /页码/],
	[['--limit', '0x10'], /--limit/],
	[['--limit', '5000'], /--limit/],
])('rejects %j with a usage error', (args, reason) => {
	expect(() => parseSearchArgs(['营商环境', ...args])).toThrow(UsageError);
	expect(() => parseSearchArgs(['营商环境', ...args])).toThrow(reason);
});

test('keeps --limit up to 1000 for the terminal', () => {
	expect(parseSearchArgs(['营商环境', '--limit', '500']).params.hitsPerPage).toBe(500);
});
