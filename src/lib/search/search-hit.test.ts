import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { searchConfigPath } from '../config-path.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { termMatcher } from './highlight.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-search-hit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

/** `toSearchHit` as loaded with `ranking.json`'s `limits.snippetChars` set to `chars`. */
async function toSearchHitWith(chars: number) {
	const config = join(dir, String(chars));
	cpSync(searchConfigPath(''), config, { recursive: true });
	const ranking = JSON.parse(readFileSync(join(config, 'ranking.json'), 'utf8')) as {
		limits: Record<string, number>;
	};
	ranking.limits['snippetChars'] = chars;
	writeFileSync(join(config, 'ranking.json'), JSON.stringify(ranking));
	vi.stubEnv('JUCUO_CONFIG_DIR', config);
	vi.resetModules();
	return (await import('./search-hit.ts')).toSearchHit;
}

const snippetChars = (hit: { snippet: { text: string }[] }) =>
	hit.snippet.reduce((n, s) => n + [...s.text.replace(/…/gu, '')].length, 0);

test('片段的长度取自 ranking.json 的 limits.snippetChars，在模块加载时读一次', async () => {
	const doc = articleToSearchDocuments(sampleArticles()[0]!).article;
	expect([...doc.body].length).toBeGreaterThan(200);
	const matcher = termMatcher(['干部']);
	const short = snippetChars((await toSearchHitWith(40))('articles', doc, 1, matcher));
	const long = snippetChars((await toSearchHitWith(160))('articles', doc, 1, matcher));
	expect(short).toBeLessThanOrEqual(44);
	expect(long).toBeGreaterThan(120);
});
