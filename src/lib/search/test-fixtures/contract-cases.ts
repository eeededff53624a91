import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, test } from 'vitest';
import { sampleArticles } from '../../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from '../embedded-backend.ts';
import { openMeilisearchBackend } from '../meilisearch-backend.ts';
import { articleToSearchDocuments } from '../to-search-document.ts';
import type { SearchBackend } from '../types.ts';

/** One engine the backend contract runs on. */
export interface BackendCase {
	name: string;
	open: () => Promise<SearchBackend>;
}

/** The Meilisearch server of the contract run, when one is configured. */
export const meiliUrl = process.env.MEILI_URL ?? process.env.MEILISEARCH_URL;

/**
 * The engines a contract test file runs on: embedded (in a temporary folder, removed after the
 * file) and, when `MEILI_URL` is set, Meilisearch (indexes under a fresh prefix).
 */
export function contractCases(): BackendCase[] {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});
	const cases: BackendCase[] = [
		{
			name: 'embedded',
			open: () => {
				const dir = mkdtempSync(join(tmpdir(), 'jucuo-search-'));
				dirs.push(dir);
				return Promise.resolve(
					openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() }),
				);
			},
		},
	];
	if (meiliUrl)
		cases.push({
			name: 'meilisearch',
			open: () =>
				openMeilisearchBackend({
					url: meiliUrl,
					apiKey: process.env.MEILI_API_KEY,
					indexPrefix: `test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}_`,
				}),
		});
	return cases;
}

export const articles = sampleArticles();
export const docs = articles.map(articleToSearchDocuments);
export const articleDocs = docs.map((d) => d.article);
export const plain = (s: string) => s.replace(/\s+/gu, '');

/**
 * Contract cases a backend does not meet yet: run as `test.fails`, so the suite stays green and
 * flags the case the moment the backend starts passing it (then remove the entry).
 */
const PENDING: Record<string, string[]> = {};

/**
 * Inside a `describe.each(contractCases())` block: opens the engine with the sample articles and
 * measures before its tests and closes it after; returns the backend's getter and `contract`,
 * which runs a case listed in PENDING as `test.fails`.
 */
export function sampleBackend({ name, open }: BackendCase) {
	let backend: SearchBackend | undefined;
	beforeAll(async () => {
		backend = await open();
		await backend.upsert('articles', articleDocs);
		await backend.upsert(
			'measures',
			docs.flatMap((d) => d.measures),
		);
	}, 60_000);
	afterAll(async () => backend?.close());
	const contract = (title: string, body: () => Promise<void>) =>
		(PENDING[name]?.includes(title) ? test.fails : test)(title, body);
	return { backend: () => backend!, contract };
}
