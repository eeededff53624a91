import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GET } from '../../src/pages/api/search.ts';
import { siteLimits } from '../../src/lib/site/site-limits.ts';

const ROOT = join(import.meta.dirname, '../..');
const limits = siteLimits().query;

/** Queries one past each limit of search-config/site-limits.json, and the reason each must give. */
const overBudget: [string, string, RegExp][] = [
	['字符', '深化营商环境改革'.repeat(Math.ceil((limits.maxChars + 1) / 8)), /不能超过\d+个字符/u],
	[
		'词数',
		Array.from({ length: limits.maxTerms + 1 }, (_, i) => `干部${i}`).join(' '),
		/检索词最多\d+个/u,
	],
	['短语', '"干部" '.repeat(limits.maxPhrases + 1), /引号短语最多\d+个/u],
];

async function apiSearch(q: string): Promise<Response> {
	const url = new URL(`http://localhost/api/search?${new URLSearchParams({ q })}`);
	return GET({ url } as Parameters<typeof GET>[0]);
}

describe('检索的代价上限', () => {
	test.each(overBudget)(
		'/api/search 超出%s上限时回答 400 并说明是哪个上限',
		async (_, q, reason) => {
			const res = await apiSearch(q);
			expect(res.status).toBe(400);
			const body = (await res.json()) as { error: { reason: string } };
			expect(body.error.reason).toMatch(reason);
		},
	);

	test('正好在上限之内的短语数不被拒绝', async () => {
		const q = '"干部" '.repeat(limits.maxPhrases);
		// Within the budget the request goes on to the backend (absent here, so not a 400).
		const res = await apiSearch(q);
		expect(res.status).not.toBe(400);
	});

	test.each(overBudget)('npm run search 超出%s上限时以 2 退出并给出同样的理由', (_, q, reason) => {
		const r = spawnSync(process.execPath, [join(ROOT, 'scripts/search.ts'), q, '--lexical'], {
			cwd: ROOT,
			env: { ...process.env, MEILI_URL: '', DATA_DIR: join(ROOT, '.no-such-data-dir') },
			encoding: 'utf8',
		});
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(reason);
	});
});
