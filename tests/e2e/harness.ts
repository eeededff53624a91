import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openBackend } from '../../src/lib/search/open-backend.ts';
import { sampleCorpus, SCRIPT_ARTICLE_ID } from './fixtures/sample-corpus.ts';
import { upsertArticles } from '../../src/lib/search/upsert-articles.ts';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Node 24 from the devDependency (node:sqlite, type stripping). */
export const NODE = join(ROOT, 'node_modules/.bin/node');
/** Where screenshots go (gitignored). */
export const SCREENSHOTS = join(ROOT, 'screenshots');

/** Which corpus the suite runs on: the real ingest pipeline when its scripts exist, else hand-tagged sample articles. */
export type CorpusKind = 'pipeline' | 'fixture';

function run(args: string[], env: NodeJS.ProcessEnv): void {
	const r = spawnSync(NODE, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
	if (r.status !== 0 && !(args[0]?.includes('ingest') && r.status === 1)) {
		throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr.slice(-2000)}`);
	}
}

/**
 * Builds the temporary corpus and index in `dir`. With the pipeline, the bundled sample pages are
 * ingested into a temp CONTENT_DIR and indexed into a temp DATA_DIR; with the fixture, real-text
 * articles are upserted straight into the embedded backend. Either way the markup article is added.
 */
export async function prepareCorpus(dir: string): Promise<{ dataDir: string; kind: CorpusKind }> {
	const dataDir = join(dir, 'data');
	const contentDir = join(dir, 'articles');
	mkdirSync(contentDir, { recursive: true });
	const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, CONTENT_DIR: contentDir };
	delete env['MEILI_URL'];
	const pipeline =
		process.env['E2E_CORPUS'] !== 'fixture' &&
		existsSync(join(ROOT, 'scripts/ingest.ts')) &&
		existsSync(join(ROOT, 'scripts/index.ts'));
	const all = sampleCorpus();
	if (pipeline) {
		run(['scripts/ingest.ts', 'content/sources'], env);
		run(['scripts/index.ts'], env);
	}
	const backend = await openBackend({ dataDir, env });
	try {
		await upsertArticles(backend, pipeline ? all.filter((a) => a.id === SCRIPT_ARTICLE_ID) : all);
	} finally {
		await backend.close();
	}
	return { dataDir, kind: pipeline ? 'pipeline' : 'fixture' };
}

/** A free loopback port (never 4321). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port')),
			);
		});
	});
}

/** Builds the site once into `outDir` (astro build). */
export function buildSite(outDir: string): void {
	const r = spawnSync(NODE, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 180_000,
	});
	if (r.status !== 0)
		throw new Error(`astro build failed: ${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
}

/** The running site: its base URL and how to stop it. */
export interface RunningSite {
	url: string;
	process: ChildProcess;
	stop(): void;
}

/**
 * Starts the built server on a free port with `env`, resolving once it answers. It serves the
 * embedded index in `env.DATA_DIR` unless `env` itself names a Meilisearch server: CI exports
 * MEILI_URL for the backend contract suite, and the site must not pick that up.
 */
export async function startSite(outDir: string, env: NodeJS.ProcessEnv): Promise<RunningSite> {
	const port = await freePort();
	const inherited = { ...process.env };
	delete inherited['MEILI_URL'];
	delete inherited['MEILI_API_KEY'];
	const child = spawn(NODE, [join(ROOT, 'scripts/serve.ts'), '--workers', '1'], {
		cwd: ROOT,
		env: {
			...inherited,
			...env,
			SITE_ENTRY: join(outDir, 'server/entry.mjs'),
			HOST: '127.0.0.1',
			PORT: String(port),
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`site exited: ${log}`);
		try {
			// A static file: the server is up even when the search backend is not.
			const res = await fetch(`${url}/favicon.svg`);
			if (res.ok) return { url, process: child, stop: () => child.kill('SIGTERM') };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill('SIGTERM');
	throw new Error(`site did not start: ${log}`);
}

/** Debian's Chromium, which drives the browser tests. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run; without Chromium the suites are skipped with a note naming the
 * packages to install, not failed.
 */
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
	console.warn(
		`[e2e] skipped: ${CHROMIUM} is missing (apt-get install -y chromium fonts-wqy-microhei)`,
	);
}

/** Headless Debian Chromium with the flags the sandboxed CI needs. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

/** A fresh temporary folder and its removal. */
export function tempDir(prefix: string): { dir: string; remove(): void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Ensures the screenshot folder exists. */
export function screenshotPath(name: string): string {
	mkdirSync(SCREENSHOTS, { recursive: true });
	return join(SCREENSHOTS, `${name}.png`);
}

/** A built and running site with a browser page on it, for one test file. */
export interface E2ESession {
	tmp: { dir: string; remove(): void };
	corpus: CorpusKind;
	outDir: string;
	site: RunningSite;
	browser: Browser;
	context: BrowserContext;
	page: Page;
	close(): Promise<void>;
}

/**
 * Prepares a corpus in a temp folder, builds the site into `outDir` (a folder one level below
 * node_modules/ and search-config/, as the bundle expects), starts it and opens a Chinese-locale page.
 */
export async function openSession(
	prefix: string,
	outDir: (tmp: string) => string,
): Promise<E2ESession> {
	const tmp = tempDir(prefix);
	const prepared = await prepareCorpus(tmp.dir);
	const out = outDir(tmp.dir);
	buildSite(out);
	const site = await startSite(out, { DATA_DIR: prepared.dataDir });
	const browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		locale: 'zh-CN',
		acceptDownloads: true,
	});
	const page = await context.newPage();
	return {
		tmp,
		corpus: prepared.kind,
		outDir: out,
		site,
		browser,
		context,
		page,
		async close() {
			await browser.close();
			site.stop();
			tmp.remove();
		},
	};
}

export { writeFileSync };
