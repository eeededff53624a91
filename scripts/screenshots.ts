/**
 * `npm run screenshots`: ingests the bundled samples into a temporary corpus, builds and starts the
 * site, and saves PNGs of its main pages at 390 px (a phone) and 1280 px (a desktop) under
 * docs/screenshots/, each under 300 KB, so the README shows the product before anyone installs it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, hasChromium, openSession } from '../tests/e2e/harness.ts';

const OUT = join(ROOT, 'docs/screenshots');
const MAX_BYTES = 300 * 1024;
const WIDTHS = [
	{ name: '390', viewport: { width: 390, height: 844 }, maxHeight: 3000 },
	{ name: '1280', viewport: { width: 1280, height: 900 }, maxHeight: 2000 },
] as const;

/** The pages shown: a name and how to reach it from a loaded site. */
const PAGES: { name: string; path: (p: Page, base: string) => Promise<string> }[] = [
	{ name: 'home', path: () => Promise.resolve('/') },
	{ name: 'search', path: () => Promise.resolve(`/search?q=${encodeURIComponent('干部')}`) },
	{
		name: 'article',
		path: async (p, base) => {
			await p.goto(`${base}/search?q=${encodeURIComponent('干部')}`);
			return (await p.locator('.result h3 a').first().getAttribute('href')) ?? '/';
		},
	},
	{
		name: 'compare',
		path: async (p, base) => {
			await p.goto(`${base}/matrix?level=county&collection=measures`);
			const codes = await p
				.locator('table.heat tbody th a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')?.split('/').pop() ?? ''));
			const q = new URLSearchParams(codes.slice(0, 2).map((c) => ['regions', c]));
			q.set('theme', 'cadre-rotation');
			return `/compare?${q.toString()}`;
		},
	},
	{ name: 'matrix', path: () => Promise.resolve('/matrix') },
	{ name: 'slogans', path: () => Promise.resolve('/slogans') },
	{ name: 'region-370000', path: () => Promise.resolve('/regions/370000') },
	{ name: 'theme', path: () => Promise.resolve('/themes/cadre-rotation') },
	{
		name: 'slogan',
		path: async (p, base) => {
			await p.goto(`${base}/slogans`);
			const href = await p
				.locator('.slogan-table td a[href^="/slogans?slogan="]')
				.first()
				.getAttribute('href');
			return href ?? '/slogans';
		},
	},
];

/** A full-page PNG of `p`, cut shorter until it is under MAX_BYTES. */
async function capture(p: Page, maxHeight: number): Promise<Buffer> {
	const full = await p.evaluate(() => document.documentElement.scrollHeight);
	const width = p.viewportSize()?.width ?? 1280;
	for (let height = Math.min(full, maxHeight); ; height = Math.round(height * 0.8)) {
		const png = await p.screenshot({ clip: { x: 0, y: 0, width, height }, fullPage: true });
		if (png.length <= MAX_BYTES || height < 400) return png;
	}
}

async function main(): Promise<void> {
	if (!hasChromium) {
		console.error(
			'screenshots: /usr/bin/chromium is missing (apt-get install -y chromium fonts-wqy-microhei)',
		);
		process.exit(1);
	}
	const session = await openSession('jucuo-shots-', (tmp) => {
		const root = join(tmp, 'site');
		mkdirSync(root);
		symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
		symlinkSync(join(ROOT, 'search-config'), join(root, 'search-config'), 'dir');
		return join(root, 'dist');
	});
	mkdirSync(OUT, { recursive: true });
	try {
		for (const w of WIDTHS) {
			const context = await session.browser.newContext({ viewport: w.viewport, locale: 'zh-CN' });
			const p = await context.newPage();
			for (const page of PAGES) {
				const path = await page.path(p, session.site.url);
				await p.goto(`${session.site.url}${path}`);
				const png = await capture(p, w.maxHeight);
				const file = join(OUT, `${page.name}-${w.name}.png`);
				writeFileSync(file, png);
				console.log(`${file.slice(ROOT.length)}  ${path}  ${Math.round(png.length / 1024)} KB`);
			}
			await context.close();
		}
	} finally {
		await session.close();
	}
}

await main();
