import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticles } from '../../src/lib/ingest/extract-articles.ts';
import { reconstructPages } from '../../src/lib/eval/reconstruct-pages.ts';
import { readPageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { PROJECT_ROOT } from './project.ts';
import { pageTitleRows, titleBlocks } from './title-rows.ts';

const furniture = readPageFurniture();

/** The bundled sample pages and the ingest fixtures' inputs: real pages of every format. */
function realPages(): string[] {
	const samples = join(PROJECT_ROOT, 'content/sources');
	const fixtures = join(PROJECT_ROOT, 'src/lib/ingest/fixtures');
	return [
		...readdirSync(samples).map((f) => join(samples, f)),
		...readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
			.filter((f) => /(?:^|\/)input\.\w+$/.test(f))
			.map((f) => join(fixtures, f)),
	];
}

describe('titleBlocks', () => {
	test('the trainer scores the same lines with the same features as ingest on real pages', () => {
		let rows = 0;
		for (const path of realPages()) {
			const file = { path, bytes: readFileSync(path) };
			const traced: number[][] = [];
			extractArticles(file, { furniture, titleTrace: (_, features) => traced.push(features) });
			const trained = titleBlocks(file, furniture).flatMap((b) => b.rows);
			expect(trained, path).toEqual(traced);
			rows += traced.length;
		}
		expect(rows).toBeGreaterThan(10);
	});
});

describe('pageTitleRows', () => {
	// 人民日报 2019-02-22 p5: the speakers under the headline (`对话人：`, a name and a post) stand
	// in its block, and the title model scores fewer lines than the block holds.
	const text = [
		'对话人：',
		'何鼎鼎 本报评论员',
		'饶思锐 海南日报评论员',
		'何鼎鼎：春节，外地游客奔赴海南，琼州海峡是车辆进出的唯一通道。去年春节，琼州海峡出现了严重的持续8天的大雾，堵车一度超过2万辆、排队长达20公里、滞留旅客近10万人，这让大家记忆犹新。今年春运，堵车没出现。',
		'饶思锐：的确如此。天气帮忙、游客错峰，管理更要努力。今年，海南认真总结了去年春运经验教训，健全完善了相关应急疏运预案，出台了一系列畅行举措。',
	].join('\n');
	const title = '治理跟上来，过海不再难（连线评论员）';
	const [page] = reconstructPages([
		{ id: 'rmrb-20190222-05-06', title, headlineLines: [title], date: '2019-02-22', page: 5, text },
	]);

	test('teaches one label per line the model scores, the title’s on 治理跟上来', () => {
		const blocks = titleBlocks(
			{ path: 'rmrb-2019-02-22-p05.txt', bytes: new TextEncoder().encode(page!.text) },
			furniture,
		);
		const scored = blocks.flatMap((b) => b.lines.map((l) => l.text));
		expect(blocks.some((b) => b.lines.length < b.segment.head.length)).toBe(true);
		const { rows, labels } = pageTitleRows(page!, furniture, false);
		expect(labels).toHaveLength(rows.length);
		expect(labels.map((y, k) => (y === 1 ? scored[k] : undefined)).filter(Boolean)).toEqual([
			title,
		]);
	});
});
