import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, hasChromium, openSession, screenshotPath, startSite } from './harness.ts';
import type { CorpusKind, E2ESession, RunningSite } from './harness.ts';
import { SCRIPT_ARTICLE_ID, XSS_MARKER } from './fixtures/sample-corpus.ts';

let session: E2ESession;
let tmp: E2ESession['tmp'];
let site: RunningSite;
let browser: Browser;
let page: Page;
let corpus: CorpusKind;
let outDir: string;

beforeAll(async () => {
	if (!hasChromium) return;
	// The standard `dist/` (what `npm start` serves).
	session = await openSession('jucuo-e2e-', () => `${ROOT}dist`);
	({ tmp, site, browser, page, corpus, outDir } = session);
}, 240_000);

afterAll(async () => {
	await session?.close();
});

const shot = (name: string, p: Page = page) =>
	p.screenshot({ path: screenshotPath(name), fullPage: true });

describe.skipIf(!hasChromium)('site in headless Chromium', () => {
	test('首页列出语料统计和检索框', async () => {
		await page.goto(`${site.url}/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
			'举措库',
		);
		expect(await page.getByRole('searchbox', { name: '检索词' }).count()).toBe(1);
		expect(await page.locator('#by-province + table tbody tr').count()).toBeGreaterThan(0);
		await shot('home');
	});

	test('检索 干部轮岗 并按省份筛选', async () => {
		await page.goto(`${site.url}/`);
		await page.getByRole('searchbox', { name: '检索词' }).fill('干部轮岗');
		await page.getByRole('button', { name: '检索' }).click();
		await page.waitForURL(/\/search\?/);
		const total = Number(await page.locator('[data-total]').getAttribute('data-total'));
		expect(total).toBeGreaterThan(0);
		expect(await page.locator('.result mark').count()).toBeGreaterThan(0);
		await shot('search');
		const shandong = page.locator('section[aria-label="省份"] a', { hasText: '山东省' });
		await shandong.click();
		await page.waitForURL(/region=370000/);
		const filtered = Number(await page.locator('[data-total]').getAttribute('data-total'));
		expect(filtered).toBeGreaterThan(0);
		expect(filtered).toBeLessThanOrEqual(total);
		// Drill-down: the cities of 山东 are now listed.
		expect(await page.locator('section[aria-label="市"] li').count()).toBeGreaterThan(0);
		for (const meta of await page.locator('.result .meta a').allTextContents())
			expect(meta).not.toContain('宝安');
		await shot('search-shandong');
	});

	test('打开文章并查看其他地区的类似举措', async () => {
		await page.goto(`${site.url}/search?q=${encodeURIComponent('干部轮岗')}&region=370000`);
		await page.locator('.result h3 a').first().click();
		await page.waitForURL(/\/articles\//);
		expect(await page.locator('h1').textContent()).not.toBe('');
		expect(await page.locator('#citation').textContent()).toMatch(
			/\[N\]\. .+, \d{4}(-\d{2}){0,2}\.$/,
		);
		await shot('article');
		const link = page.locator('a.similar-link').first();
		if ((await link.count()) === 0) return; // an article without measures has nothing to compare
		await link.click();
		await expect
			.poll(() => page.locator('#similar-body [data-method]').getAttribute('data-method'))
			.toMatch(/embedding|lexical/);
		expect(await page.locator('#similar-body').textContent()).toContain('相似度方法');
		await shot('article-similar');
	});

	test('对比 牡丹区 与 峄城区 的干部交流轮岗', async () => {
		await page.goto(`${site.url}/compare`);
		const inputs = page.locator('input[name="regions"]');
		await inputs.nth(0).fill('牡丹区');
		await inputs.nth(1).fill('370404');
		await page.locator('select[name="theme"]').selectOption('cadre-rotation');
		await page.getByRole('button', { name: '对比' }).click();
		await page.waitForURL(/\/compare\?/);
		const headers = await page.locator('table.compare thead th').allTextContents();
		expect(headers.join(' ')).toContain('牡丹区');
		expect(headers.join(' ')).toContain('峄城区');
		const rows = page.locator('table.compare tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		// Every cell either lists measures or says it is missing: never an empty cell.
		for (const cell of await page.locator('table.compare tbody td').all()) {
			const text = (await cell.textContent())?.trim() ?? '';
			expect(text === '' ? 'blank' : text).not.toBe('blank');
		}
		if (corpus === 'fixture') {
			expect(await page.locator('table.compare tbody th', { hasText: '轮岗交流' }).count()).toBe(1);
			expect(await page.locator('table.compare td.missing').count()).toBeGreaterThan(0);
			expect(await page.locator('table.compare .qty', { hasText: '满5年' }).count()).toBe(1);
		}
		await shot('compare');
	});

	test('导出 CSV 包含全部匹配行', async () => {
		await page.goto(`${site.url}/search?q=${encodeURIComponent('干部')}&perPage=1`);
		const total = Number(await page.locator('[data-total]').getAttribute('data-total'));
		expect(total).toBeGreaterThan(1);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'CSV' }).click(),
		]);
		const path = await download.path();
		const { readFile } = await import('node:fs/promises');
		const csv = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe('编号,标题,日期,来源,记者,地区代码,地区,主题,类型,提法,链接');
		// One row per matching article, not just the one shown on the page.
		expect(lines.length - 1).toBe(total);
		expect(lines.slice(1).every((l) => /\/articles\/[a-z0-9-]+$/.test(l))).toBe(true);
	});

	test('关闭 JavaScript 时同样可以检索和筛选', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
		const p = await noJs.newPage();
		await p.goto(`${site.url}/`);
		await p.getByRole('searchbox', { name: '检索词' }).fill('干部轮岗');
		await p.getByRole('button', { name: '检索' }).click();
		await p.waitForURL(/\/search\?/);
		expect(Number(await p.locator('[data-total]').getAttribute('data-total'))).toBeGreaterThan(0);
		await p.locator('section[aria-label="省份"] a', { hasText: '山东省' }).click();
		await p.waitForURL(/region=370000/);
		await p.locator('.result h3 a').first().click();
		await p.waitForURL(/\/articles\//);
		const link = p.locator('a.similar-link').first();
		if ((await link.count()) > 0) {
			await link.click();
			await p.waitForURL(/similar=/);
			expect(await p.locator('#similar-body [data-method]').count()).toBe(1);
		}
		await shot('nojs-article', p);
		await noJs.close();
	});

	test('文章中的 <script> 按文本显示,不会执行', async () => {
		await page.goto(`${site.url}/articles/${SCRIPT_ARTICLE_ID}`);
		expect(await page.locator('h1').textContent()).toBe(
			`<script>window.${XSS_MARKER}=3</script>标记测试`,
		);
		expect(await page.locator('article.body').textContent()).toContain(
			`<script>window.${XSS_MARKER}=1</script>`,
		);
		expect(
			await page.evaluate((k) => (window as unknown as Record<string, unknown>)[k], XSS_MARKER),
		).toBeUndefined();
		await page.goto(`${site.url}/search?q=${encodeURIComponent('网络文明')}&collection=measures`);
		expect(
			await page.evaluate((k) => (window as unknown as Record<string, unknown>)[k], XSS_MARKER),
		).toBeUndefined();
		await shot('escape');
	});

	test('错误参数返回 400 页面并说明原因', async () => {
		for (const path of [
			'/search?page=abc',
			'/search?region=999999',
			'/compare?regions=371702&theme=cadre-rotation',
			'/matrix?level=town',
			'/api/search?sort=random',
			'/api/search?from=2023-02-30',
			'/api/search?page=1e3',
			'/search?page=0x10',
			'/api/similar?id=x&exclude=999999',
		]) {
			const res = await page.goto(`${site.url}${path}`);
			expect(res?.status(), path).toBe(400);
			expect(res?.statusText(), path).toBe('Bad Request');
			const text = (await page.textContent('body')) ?? '';
			expect(text).toMatch(/参数|地区/);
			expect(text).not.toMatch(/at .+\.(m?js|ts):\d+/);
		}
		await page.goto(`${site.url}/search?page=abc`);
		await shot('bad-request');
	});

	test('未知的 id 和接口返回 JSON 404', async () => {
		for (const path of ['/api/similar?id=no-such-measure', '/api/nothing-here', '/api/search/x']) {
			const res = await fetch(`${site.url}${path}`);
			expect(res.status, path).toBe(404);
			expect(res.statusText, path).toBe('Not Found');
			expect(res.headers.get('content-type'), path).toContain('application/json');
			const body = (await res.json()) as { error: { status: number; reason: string } };
			expect(body.error.status).toBe(404);
			expect(body.error.reason).toMatch(/没有/);
		}
	});

	test('Meilisearch 配置了却连不上时说明原因,不改用其他索引', async () => {
		const meili = await startSite(outDir, { MEILI_URL: 'http://127.0.0.1:9', DATA_DIR: tmp.dir });
		try {
			const res = await fetch(`${meili.url}/search?q=${encodeURIComponent('干部轮岗')}`);
			expect(res.status).toBe(503);
			const html = await res.text();
			expect(html).toContain('检索服务不可用');
			expect(html).not.toContain('data-total');
			const api = await fetch(`${meili.url}/api/search?q=x`);
			expect(api.status).toBe(503);
		} finally {
			meili.stop();
		}
	});

	test('themes.yaml 有误时页面返回500并指出出错的条目,不以 id 代替主题名', async () => {
		const config = join(tmp.dir, 'broken-config');
		cpSync(join(ROOT, 'search-config'), config, { recursive: true });
		const themes = parseYaml(readFileSync(join(config, 'themes.yaml'), 'utf8')) as {
			themes: { id: string; label: string }[];
		};
		const ecology = themes.themes.find((t) => t.id === 'ecology');
		if (ecology) ecology.label = '';
		writeFileSync(join(config, 'themes.yaml'), stringifyYaml(themes));
		const broken = await startSite(outDir, {
			DATA_DIR: join(tmp.dir, 'data'),
			JUCUO_CONFIG_DIR: config,
		});
		try {
			for (const path of ['/', '/themes', '/themes/ecology', '/regions/371702']) {
				const res = await page.goto(`${broken.url}${path}`);
				expect(res?.status(), path).toBe(500);
				const text = (await page.textContent('main')) ?? '';
				expect(text, path).toContain('主题配置有误');
				expect(text, path).toContain('themes[ecology].label:');
				expect(text, path).not.toMatch(/at .+\.(m?js|ts):\d+/);
			}
			await shot('theme-config-error');
		} finally {
			broken.stop();
		}
	});

	test('矩阵、地区、主题和提法页面可用', async () => {
		for (const [name, path] of [
			['matrix', '/matrix'],
			['region', '/regions/371702'],
			['theme', '/themes/cadre-rotation'],
			['slogans', '/slogans'],
		] as const) {
			const res = await page.goto(`${site.url}${path}`);
			expect(res?.status(), path).toBe(200);
			await shot(name);
		}
		await page.goto(`${site.url}/matrix?level=province`);
		const cell = page.locator('table.heat tbody td a').first();
		await cell.click();
		await page.waitForURL(/\/search\?.*theme=/);
	});
});
