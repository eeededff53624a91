import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, hasChromium, openSession } from './harness.ts';
import type { E2ESession, RunningSite } from './harness.ts';

let session: E2ESession;
let site: RunningSite;
let browser: Browser;
let mobile: BrowserContext;
let phone: Page;
let desk: Page;

/** A phone: 390 × 844 CSS px, as an iPhone 12–15 reports. */
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
	if (!hasChromium) return;
	// Other suites build into dist/ and their own temp folders; this one builds into its own.
	session = await openSession('jucuo-layout-e2e-', (tmp) => {
		const root = join(tmp, 'site');
		mkdirSync(root);
		symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
		symlinkSync(join(ROOT, 'search-config'), join(root, 'search-config'), 'dir');
		return join(root, 'dist');
	});
	({ site, browser, page: desk } = session);
	mobile = await browser.newContext({
		viewport: PHONE,
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: 'zh-CN',
	});
	phone = await mobile.newPage();
}, 240_000);

afterAll(async () => {
	await mobile?.close();
	await session?.close();
});

/** The page is no wider than its viewport (nothing to scroll sideways). */
async function fitsWidth(p: Page): Promise<boolean> {
	return p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe.skipIf(!hasChromium)('layout at 390 px and 1280 px', () => {
	test('手机上检索结果在第一屏,筛选折叠在结果上方', async () => {
		await phone.goto(`${site.url}/search?q=${encodeURIComponent('干部')}`);
		const first = await phone.locator('.result').first().boundingBox();
		expect(first).not.toBeNull();
		expect((first?.y ?? Infinity) + 40).toBeLessThan(PHONE.height);
		const panel = phone.locator('details.facet-panel');
		expect(await panel.getAttribute('open')).toBeNull();
		await expect.poll(() => phone.locator('section[aria-label="省份"]').isVisible()).toBe(false);
		await panel.locator('summary').click();
		await expect.poll(() => phone.locator('section[aria-label="省份"]').isVisible()).toBe(true);
		expect(await fitsWidth(phone)).toBe(true);
	});

	test('桌面上筛选在结果左侧展开', async () => {
		await desk.goto(`${site.url}/search?q=${encodeURIComponent('干部')}`);
		const facets = await desk.locator('section[aria-label="省份"]').boundingBox();
		const results = await desk.locator('.result').first().boundingBox();
		expect(facets && results).toBeTruthy();
		expect((facets?.x ?? 0) + (facets?.width ?? 0)).toBeLessThanOrEqual(results?.x ?? 0);
		expect(await desk.locator('details.facet-panel summary').isVisible()).toBe(false);
	});

	test('关闭 JavaScript 时桌面上筛选同样可见', async () => {
		const noJs = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 1280, height: 900 },
		});
		const p = await noJs.newPage();
		await p.goto(`${site.url}/search?q=${encodeURIComponent('干部')}`);
		expect(await p.locator('section[aria-label="省份"]').isVisible()).toBe(true);
		await noJs.close();
	});

	for (const [name, page] of [
		['390', () => phone],
		['1280', () => desk],
	] as const) {
		test(`对比页每个标签紧挨着它自己的输入框(${name} px)`, async () => {
			const p = page();
			await p.goto(`${site.url}/compare`);
			const labels = p.locator('form.compare-form label');
			expect(await labels.count()).toBeGreaterThanOrEqual(5);
			for (const label of await labels.all()) {
				const box = await label.boundingBox();
				const field = await label.locator('input, select').boundingBox();
				if (!box || !field) throw new Error('label or field not laid out');
				// The field is inside its label's box, on the same row as the label's text.
				expect(field.x).toBeGreaterThan(box.x + 10);
				expect(field.x + field.width).toBeLessThanOrEqual(box.x + box.width + 1);
				expect(box.height).toBeLessThan(field.height * 1.6);
			}
			expect(await fitsWidth(p)).toBe(true);
		});

		test(`提法页的地区标签只占一行(${name} px)`, async () => {
			const p = page();
			await p.goto(`${site.url}/slogans`);
			const chips = p.locator('.slogan-table a.tag');
			expect(await chips.count()).toBeGreaterThan(0);
			const lineHeight = await chips
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * 1.8);
			for (const chip of (await chips.all()).slice(0, 20)) {
				const box = await chip.boundingBox();
				expect(box?.height ?? Infinity).toBeLessThan(lineHeight + 4);
			}
			// The 提法 itself is not squeezed into a column one or two characters wide.
			const slogan = await p
				.locator('.slogan-table td a[href^="/slogans?slogan="]')
				.first()
				.boundingBox();
			expect(slogan?.height ?? Infinity).toBeLessThan(lineHeight * 2);
			expect(await fitsWidth(p)).toBe(true);
		});
	}

	test('首页地图每个省是一个链接,点击进入地区页并显示其下级地区', async () => {
		await phone.goto(`${site.url}/`);
		const areas = phone.locator('figure.choropleth svg a[href^="/regions/"]');
		expect(await areas.count()).toBe(34);
		expect(await phone.locator('.map-table table caption').textContent()).toContain('全国');
		const box = await phone.locator('figure.choropleth svg').boundingBox();
		expect(box?.width ?? Infinity).toBeLessThanOrEqual(PHONE.width);
		await desk.goto(`${site.url}/`);
		await desk.locator('figure.choropleth a[href="/regions/370000"]').click();
		await desk.waitForURL(/\/regions\/370000$/);
		const cities = desk.locator('figure.choropleth svg a[href^="/regions/37"]');
		expect(await cities.count()).toBe(16);
		expect(await desk.locator('.map-table tbody th a').first().textContent()).toMatch(/市$/);
	});

	test('矩阵页按所选地区和计数显示地图', async () => {
		await desk.goto(`${site.url}/matrix?level=city&collection=measures&within=370000`);
		expect(await desk.locator('figure.choropleth svg a[href^="/regions/37"]').count()).toBe(16);
		expect(await desk.locator('.map-table caption').textContent()).toContain('举措');
	});

	test('主题页与提法页的时间线带日期轴和数据表', async () => {
		await desk.goto(`${site.url}/themes/cadre-rotation`);
		const volume = desk.locator('figure.chart svg[aria-label="每月文章数"]');
		expect(await volume.count()).toBe(1);
		expect(await volume.locator('text', { hasText: /^\d{4}年\d{2}月$/ }).count()).toBeGreaterThan(
			0,
		);
		expect(await desk.locator('.chart-table tbody tr').count()).toBeGreaterThan(0);
		await desk.goto(`${site.url}/slogans`);
		const first = desk.locator('.slogan-table td a[href^="/slogans?slogan="]').first();
		await first.click();
		await desk.waitForURL(/slogan=/);
		const spread = desk.locator('figure.chart svg[role="img"]');
		expect(await spread.count()).toBe(1);
		expect(await spread.locator('text', { hasText: /^\d{4}年\d+月$/ }).count()).toBeGreaterThan(0);
		expect(await desk.locator('.chart-table tbody tr').count()).toBeGreaterThan(0);
	});
});
