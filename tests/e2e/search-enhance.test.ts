import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, hasChromium, openSession, screenshotPath } from './harness.ts';
import type { E2ESession, RunningSite } from './harness.ts';
import { XSS_MARKER } from './fixtures/sample-corpus.ts';

let session: E2ESession;
let site: RunningSite;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	if (!hasChromium) return;
	// site.test.ts builds into dist/ at the same time in another worker, so this suite builds into
	// its temp folder, next to links to node_modules/ and search-config/.
	session = await openSession('jucuo-search-e2e-', (tmp) => {
		const root = join(tmp, 'site');
		mkdirSync(root);
		symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
		symlinkSync(join(ROOT, 'search-config'), join(root, 'search-config'), 'dir');
		return join(root, 'dist');
	});
	({ site, context, page } = session);
}, 240_000);

afterAll(async () => {
	await session?.close();
});

/** Counts full page loads: a live search must not add any. */
function countLoads(p: Page): () => number {
	let loads = 0;
	p.on('load', () => loads++);
	return () => loads;
}

const totalOf = async (p: Page) =>
	Number(await p.locator('[data-total]').getAttribute('data-total'));
const heading = (p: Page) => p.locator('h1').textContent();

describe.skipIf(!hasChromium)('search page live updates', () => {
	test('输入 干部轮岗 后结果、总数、分面和网址就地更新,不重新加载页面', async () => {
		await page.goto(`${site.url}/search`);
		const allTotal = await totalOf(page);
		const loads = countLoads(page);
		await page.getByRole('searchbox', { name: '检索词' }).pressSequentially('干部轮岗');
		await expect.poll(() => heading(page)).toContain('干部轮岗');
		const total = await totalOf(page);
		expect(total).toBeGreaterThan(0);
		expect(total).toBeLessThan(allTotal);
		expect(await page.locator('.result mark').count()).toBeGreaterThan(0);
		expect(loads()).toBe(0);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/search');
		expect(url.searchParams.get('q')).toBe('干部轮岗');
		// The facet links carry the new query, and their counts add up to at most the total.
		const province = page.locator('section[aria-label="省份"] a').first();
		expect(await province.getAttribute('href')).toContain(encodeURIComponent('干部轮岗'));
		expect(Number(await province.locator('.count').textContent())).toBeLessThanOrEqual(total);
		await expect
			.poll(() => page.locator('#search-announce[aria-live="polite"]').textContent())
			.toContain(`共 ${total.toLocaleString('en-US')} 条`);
		await page.screenshot({ path: screenshotPath('search-live'), fullPage: true });
		// The URL is shareable: loading it renders the same state on the server.
		await page.reload();
		expect(await totalOf(page)).toBe(total);
	});

	test('后退回到上一次检索,前进再回来,页面不重新加载', async () => {
		await page.goto(`${site.url}/search`);
		const loads = countLoads(page);
		const box = page.getByRole('searchbox', { name: '检索词' });
		await box.fill('干部轮岗');
		await box.press('Enter');
		await expect.poll(() => heading(page), { timeout: 15_000 }).toContain('干部轮岗');
		await box.fill('营商环境');
		await box.press('Enter');
		await expect.poll(() => heading(page), { timeout: 15_000 }).toContain('营商环境');
		await page.goBack();
		await expect.poll(() => heading(page), { timeout: 15_000 }).toContain('干部轮岗');
		expect(new URL(page.url()).searchParams.get('q')).toBe('干部轮岗');
		expect(await box.inputValue()).toBe('干部轮岗');
		await page.goForward();
		await expect.poll(() => heading(page), { timeout: 15_000 }).toContain('营商环境');
		expect(loads()).toBe(0);
	});

	test('切换范围为举措时就地检索举措', async () => {
		await page.goto(`${site.url}/search?q=${encodeURIComponent('干部轮岗')}`);
		await page.getByRole('combobox', { name: '范围' }).selectOption('measures');
		await expect
			.poll(() => page.locator('nav.tabs a[aria-current="page"]').textContent())
			.toBe('举措');
		const url = new URL(page.url());
		expect(url.searchParams.get('collection')).toBe('measures');
		expect(url.searchParams.get('q')).toBe('干部轮岗');
		expect(await page.locator('.result .meta', { hasText: '举措' }).count()).toBeGreaterThan(0);
	});

	test('先发出的慢响应不会覆盖后来的结果', async () => {
		await page.goto(`${site.url}/search`);
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		let staleServed = false;
		await page.route(
			(url) => url.pathname === '/search' && url.searchParams.get('q') === '干部',
			async (route) => {
				await held;
				await route.fulfill({
					contentType: 'text/html',
					body: '<h1 data-search-region="heading">STALE</h1><section data-search-region="results">STALE</section>',
				});
				staleServed = true;
			},
		);
		const box = page.getByRole('searchbox', { name: '检索词' });
		await box.fill('干部');
		await page.waitForRequest((r) => new URL(r.url()).searchParams.get('q') === '干部');
		await box.fill('干部轮岗');
		await expect.poll(() => heading(page)).toContain('干部轮岗');
		release();
		await expect.poll(() => staleServed).toBe(true);
		await page.waitForTimeout(300);
		expect(await heading(page)).toContain('干部轮岗');
		expect(await page.locator('main').textContent()).not.toContain('STALE');
		expect(new URL(page.url()).searchParams.get('q')).toBe('干部轮岗');
		await page.unrouteAll();
	});

	test('拼音输入法组字期间不检索,选定汉字后才检索', async () => {
		await page.goto(`${site.url}/search`);
		const sent: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.pathname === '/search') sent.push(url.searchParams.get('q') ?? '');
		});
		await page.getByRole('searchbox', { name: '检索词' }).focus();
		const cdp = await context.newCDPSession(page);
		for (const text of ['g', 'gan', "gan'bu"]) {
			await cdp.send('Input.imeSetComposition', {
				text,
				selectionStart: text.length,
				selectionEnd: text.length,
			});
			await page.waitForTimeout(100);
		}
		await page.waitForTimeout(400);
		expect(sent).toEqual([]);
		await cdp.send('Input.insertText', { text: '干部' });
		await expect.poll(() => heading(page)).toContain('干部');
		expect(sent).toEqual(['干部']);
		await cdp.detach();
	});

	test('请求失败时显示无结果并记录 [search] 错误', async () => {
		await page.goto(`${site.url}/search`);
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		await page.route(
			(url) => url.pathname === '/search' && url.searchParams.has('q'),
			(route) => route.fulfill({ status: 500, body: 'boom' }),
		);
		await page.getByRole('searchbox', { name: '检索词' }).fill('干部轮岗');
		await expect.poll(() => page.locator('.notice').textContent()).toContain('没有找到匹配的结果');
		expect(errors.some((e) => e.startsWith('[search]'))).toBe(true);
		expect(await page.locator('#search-announce').textContent()).toContain('没有找到');
		await page.unrouteAll();
	});

	test('结果中的 <script> 按文本显示,不会执行', async () => {
		await page.goto(`${site.url}/search?collection=measures`);
		await page.getByRole('searchbox', { name: '检索词' }).fill('网络文明');
		await expect.poll(() => heading(page)).toContain('网络文明');
		const results = page.locator('.results');
		await expect
			.poll(() => results.textContent())
			.toContain(`<script>window.${XSS_MARKER}=3</script>`);
		expect(await results.textContent()).toContain(`window.${XSS_MARKER}=2`);
		expect(await page.locator('.results script, .results img').count()).toBe(0);
		expect(
			await page.evaluate((k) => (window as unknown as Record<string, unknown>)[k], XSS_MARKER),
		).toBeUndefined();
	});
});
