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
			/\[N\]\. .+, \d{4}(-\d{2}){0,2}\.$|\[(J|EB\/OL)\]\. /,
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

	test('文章页逐个主题说明归类依据', async () => {
		await page.goto(`${site.url}/search?q=${encodeURIComponent('干部轮岗')}`);
		await page.locator('.result h3 a').first().click();
		await page.waitForURL(/\/articles\//);
		const tags = await page.locator('section:has(> h2:text-is("主题")) a.tag').count();
		const lines = page.locator('.theme-evidence li');
		// Fixture articles are tagged by hand and carry no evidence; ingested ones carry it for every theme.
		if (corpus !== 'pipeline') return;
		expect(tags).toBeGreaterThan(0);
		expect(await lines.count()).toBe(tags);
		for (const line of await lines.allTextContents())
			expect(line).toMatch(/命中关键词:[^()]+\(规则得分 [\d.]+|分类模型判断\(概率 [\d.]+\)/u);
	});

	test('文章中的 <script> 按文本显示,不会执行', async () => {
		await page.goto(`${site.url}/articles/${SCRIPT_ARTICLE_ID}`);
		expect(await page.locator('h1').textContent()).toBe(
			`<script>window.${XSS_MARKER}=3</script>标记测试`,
		);
		expect(await page.locator('article.body').textContent()).toContain(
			`<script>window.${XSS_MARKER}=1</script>`,
		);
		expect(await page.locator('.theme-evidence').textContent()).toContain(
			`<img src=x onerror="window.${XSS_MARKER}=4">`,
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

	test('无效的百分号编码返回中文 400', async () => {
		const page400 = await fetch(`${site.url}/search?q=%E4%ZZ`);
		expect(page400.status).toBe(400);
		expect(await page400.text()).toContain('百分号编码无效');
		const api400 = await fetch(`${site.url}/api/search?q=%`);
		expect(api400.status).toBe(400);
		expect(((await api400.json()) as { error: { reason: string } }).error.reason).toContain(
			'百分号编码',
		);
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

/** The number at the start of a text such as `7 篇文章` or `1,234 条举措`. */
const leadingNumber = (text: string | null) =>
	Number((text ?? '').replace(/[,\s]/g, '').match(/^\d+/)?.[0]);

async function apiTotal(query: string): Promise<number> {
	const res = await fetch(`${site.url}/api/facets?${query}`);
	expect(res.status, query).toBe(200);
	return ((await res.json()) as { total: number }).total;
}

/** The row of `name` in the matrix table: its cells' numbers, the last being 合计. */
async function matrixRow(path: string, name: string): Promise<number[]> {
	await page.goto(`${site.url}${path}`);
	const row = page.locator('table.heat tbody tr', { has: page.locator('th', { hasText: name }) });
	return (await row.locator('td').allTextContents()).map((t) => Number(t.trim()));
}

describe.skipIf(!hasChromium)('researchers can trust and cite it (1280 px)', () => {
	test('所有带计数的页面对同一语料给出相同的数字', async () => {
		const articles = await apiTotal('region=370000');
		const measures = await apiTotal('collection=measures&region=370000');
		expect(articles).toBeGreaterThan(0);
		// /regions/370000
		await page.goto(`${site.url}/regions/370000`);
		expect(
			leadingNumber(await page.locator('a[href="/search?region=370000"]').first().textContent()),
		).toBe(articles);
		expect(
			leadingNumber(
				await page
					.locator('a[href="/search?collection=measures&region=370000"]')
					.first()
					.textContent(),
			),
		).toBe(measures);
		// Every theme with measures in 山东 is listed on its page, even without articles.
		const res = await fetch(
			`${site.url}/api/facets?collection=measures&region=370000&facets=theme`,
		);
		const themes = Object.keys(
			((await res.json()) as { facets: { theme?: Record<string, number> } }).facets.theme ?? {},
		);
		for (const t of themes)
			expect(
				await page
					.locator(
						`#mix-h ~ table a[href="/themes/${t}"], section[aria-labelledby="mix-h"] a[href="/themes/${t}"]`,
					)
					.count(),
				t,
			).toBeGreaterThan(0);
		// / (by province)
		await page.goto(`${site.url}/`);
		expect(
			leadingNumber(
				await page
					.locator('section[aria-labelledby="by-province"] a[href="/search?region=370000"]')
					.textContent(),
			),
		).toBe(articles);
		// /matrix: 合计 is the distinct count, in both collections
		expect((await matrixRow('/matrix?collection=articles', '山东省')).at(-1)).toBe(articles);
		const measureRow = await matrixRow('/matrix', '山东省');
		expect(measureRow.at(-1)).toBe(measures);
		// /compare: a region's count on a theme is the matrix cell and the API total
		const rotation = await apiTotal('collection=measures&region=370000&theme=cadre-rotation');
		await page.goto(`${site.url}/compare?regions=370000,440000&theme=cadre-rotation`);
		expect(
			leadingNumber(
				await page.locator('table.compare thead th').nth(1).locator('span').textContent(),
			),
		).toBe(rotation);
		const rotationColumn = (await page.goto(`${site.url}/matrix`),
		await page.locator('table.heat thead th').allTextContents()).findIndex((t) =>
			t.includes('干部交流轮岗'),
		);
		expect(measureRow[rotationColumn - 1]).toBe(rotation);
		// /themes and /themes/<id>
		const themeArticles = await apiTotal('theme=cadre-rotation');
		await page.goto(`${site.url}/themes/cadre-rotation`);
		expect(
			leadingNumber(
				await page.locator('a[href="/search?theme=cadre-rotation"]').first().textContent(),
			),
		).toBe(themeArticles);
		await page.goto(`${site.url}/themes`);
		const card = page.locator('section.card', {
			has: page.locator('a[href="/themes/cadre-rotation"]'),
		});
		expect(await card.textContent()).toContain(`${themeArticles} 篇文章`);
		expect(await page.locator('section.card', { hasText: /(^|\D)0 篇文章 · [1-9]/ }).count()).toBe(
			0,
		);
		// 全国 has its own row in the matrix when there are national items
		if ((await apiTotal('region=000000')) > 0)
			expect((await matrixRow('/matrix?collection=articles', '全国')).length).toBeGreaterThan(0);
	});

	test('引用按文献类型著录,可导出 BibTeX、RIS 和 CSL-JSON', async () => {
		const res = await fetch(`${site.url}/api/search?perPage=100`);
		const { hits } = (await res.json()) as {
			hits: { id: string; document: { source: string; kind: string } }[];
		};
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) {
			const html = await (await fetch(`${site.url}/articles/${hit.id}`)).text();
			const citation = /id="citation"[^>]*>([^<]*)</.exec(html)?.[1]?.trim() ?? '';
			expect(citation, hit.id).not.toContain('出版者不详');
			if (hit.document.kind === 'contents') expect(citation, hit.id).toContain('[J]');
			if (/报$/.test(hit.document.source))
				expect(citation, hit.id).toContain(`[N]. ${hit.document.source}, `);
			if (!hit.document.source && hit.document.kind !== 'contents')
				expect(citation, hit.id).toMatch(
					/\[EB\/OL\]\. .*\[\d{4}-\d{2}-\d{2}\]\. http:\/\/.+\/articles\//,
				);
		}
		const first = hits[0]!;
		await page.goto(`${site.url}/articles/${first.id}`);
		const bibtexHref = await page.getByRole('link', { name: 'BibTeX' }).getAttribute('href');
		const bib = await (await fetch(`${site.url}${bibtexHref}`)).text();
		expect(bib).toMatch(/^@(article|misc)\{/);
		const ris = await (await fetch(`${site.url}/api/cite?id=${first.id}&format=ris`)).text();
		expect(ris).toMatch(/^TY {2}- (NEWS|JOUR|ELEC)/m);
		const csl = (await (
			await fetch(`${site.url}/api/cite?id=${first.id}&format=csl-json`)
		).json()) as { id: string }[];
		expect(csl[0]?.id).toBe(first.id);
		expect((await fetch(`${site.url}/api/cite?id=${first.id}&format=doc`)).status).toBe(400);
		await shot('article-citation');
	});

	test('对比、矩阵和提法表格可导出为 CSV 和 JSON', async () => {
		for (const [path, header] of [
			['/compare?regions=371702,370404&theme=cadre-rotation', '子主题,地区代码,地区,举措'],
			['/matrix', '地区代码,地区,'],
			['/slogans', '提法,篇数,始见日期'],
		] as const) {
			await page.goto(`${site.url}${path}`);
			const csvHref = await page
				.locator('.table-export a', { hasText: 'CSV' })
				.getAttribute('href');
			const csvRes = await fetch(`${site.url}${csvHref}`);
			expect(csvRes.headers.get('content-type'), path).toContain('text/csv');
			const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csvRes.arrayBuffer());
			expect(csv.startsWith(`\uFEFF${header}`), path).toBe(true);
			const jsonHref = await page
				.locator('.table-export a', { hasText: 'JSON' })
				.getAttribute('href');
			expect(Array.isArray(await (await fetch(`${site.url}${jsonHref}`)).json()), path).toBe(true);
		}
	});

	test('检索、地区和主题页面都有 Atom 订阅', async () => {
		for (const path of ['/search?q=干部', '/regions/370000', '/themes/cadre-rotation']) {
			await page.goto(`${site.url}${encodeURI(path)}`);
			const href = await page
				.locator('link[rel="alternate"][type="application/atom+xml"]')
				.getAttribute('href');
			expect(href, path).toBeTruthy();
			expect(await page.locator('a.feed-link').getAttribute('href'), path).toBe(href);
			const res = await fetch(`${site.url}${href}`);
			expect(res.headers.get('content-type'), path).toContain('application/atom+xml');
			const xml = await res.text();
			const check = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'application/xml');
				const ns = 'http://www.w3.org/2005/Atom';
				const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
				return {
					error: doc.getElementsByTagName('parsererror').length,
					root: doc.documentElement.namespaceURI,
					feed: ['id', 'title', 'updated'].every(
						(n) => doc.documentElement.getElementsByTagNameNS(ns, n).length > 0,
					),
					entries: entries.length,
					complete: entries.every((e) =>
						['id', 'title', 'updated', 'link'].every(
							(n) => e.getElementsByTagNameNS(ns, n).length === 1,
						),
					),
				};
			}, xml);
			expect(check, path).toEqual({
				error: 0,
				root: 'http://www.w3.org/2005/Atom',
				feed: true,
				entries: check.entries,
				complete: true,
			});
			expect(check.entries, path).toBeGreaterThan(0);
		}
	});

	test('界面说中文:页脚、排序错误、检索标题的引号,对比框显示地区名', async () => {
		await page.goto(`${site.url}/`);
		expect(await page.locator('footer').textContent()).not.toContain('JSON API');
		const bad = (await (await fetch(`${site.url}/api/search?sort=random`)).json()) as {
			error: { reason: string };
		};
		expect(bad.error.reason).toContain('相关度');
		expect(bad.error.reason).not.toMatch(/relevance、date-desc/);
		await page.goto(`${site.url}/search?q=${encodeURIComponent('"五比五看"')}`);
		expect((await page.locator('h1').textContent())?.trim()).toBe('检索:“五比五看”');
		await page.goto(`${site.url}/compare?regions=371702,370404&theme=cadre-rotation`);
		const values = await page
			.locator('input[name="regions"]')
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
		expect(values.slice(0, 2)).toEqual(['牡丹区', '峄城区']);
	});

	test('“最新”列表不含目录等非新闻;类似举措注明出处文章', async () => {
		const res = await fetch(
			`${site.url}/api/search?kind=contents&kind=notice&kind=photo&kind=other&perPage=100`,
		);
		const others = ((await res.json()) as { hits: { title: string }[] }).hits.map((h) => h.title);
		for (const path of ['/', '/regions/370000', '/themes/cadre-work-style']) {
			await page.goto(`${site.url}${path}`);
			const latest = (
				await page
					.locator('section[aria-labelledby="latest-articles"], section[aria-labelledby="la-h"]')
					.allTextContents()
			).join(' ');
			for (const title of others) expect(latest, `${path}: ${title}`).not.toContain(title);
		}
		await page.goto(`${site.url}/search?q=${encodeURIComponent('干部轮岗')}&region=370000`);
		await page.locator('.result h3 a').first().click();
		await page.waitForURL(/\/articles\//);
		if ((await page.locator('.similar-hits li').count()) > 0)
			expect(await page.locator('.similar-hits li').first().textContent()).toContain('出自《');
	});
});
