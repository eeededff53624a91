import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { textToLines } from '../ingest/lines.ts';
import { splitArticles } from '../ingest/split-articles.ts';
import { chooseHeadline } from '../ingest/title-choice.ts';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { fitBoostedTrees, treeScore, type BoostedTrees } from './boosted-trees.ts';

const options = { trees: 60, depth: 2, rate: 0.3, lambda: 1, minChild: 1, bins: 16 };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

test('learns an interaction a linear model cannot: x0 xor x1', () => {
	const rows: number[][] = [];
	const labels: number[] = [];
	// Cells of unequal size, as real data has them (a perfectly balanced xor gives no first split).
	for (const [a, b, count] of [
		[0, 0, 50],
		[0, 1, 30],
		[1, 0, 40],
		[1, 1, 60],
	])
		for (let k = 0; k < count!; k++) {
			rows.push([a!, b!, k / count!]);
			labels.push(a !== b ? 1 : 0);
		}
	const model = fitBoostedTrees(rows, labels, options);
	expect(sigmoid(treeScore(model, [0, 1, 0.5]))).toBeGreaterThan(0.9);
	expect(sigmoid(treeScore(model, [1, 0, 0.5]))).toBeGreaterThan(0.9);
	expect(sigmoid(treeScore(model, [1, 1, 0.5]))).toBeLessThan(0.1);
	expect(sigmoid(treeScore(model, [0, 0, 0.5]))).toBeLessThan(0.1);
});

test('a threshold on a continuous feature is found between the classes', () => {
	const rows = Array.from({ length: 200 }, (_, i) => [i / 200]);
	const labels = rows.map(([x]) => (x! > 0.62 ? 1 : 0));
	const model = fitBoostedTrees(rows, labels, { ...options, bins: 64 });
	expect(sigmoid(treeScore(model, [0.5]))).toBeLessThan(0.2);
	expect(sigmoid(treeScore(model, [0.75]))).toBeGreaterThan(0.8);
});

/** The trees walked node by node, as the model file stores them: the reference for `treeScore`. */
function walkNodes(model: BoostedTrees, x: readonly number[]): number {
	let z = model.base;
	for (const tree of model.trees) {
		let node = tree[0]!;
		while (!('v' in node)) node = tree[x[node.f]! <= node.t ? node.l : node.r]!;
		z += node.v;
	}
	return z;
}

test('the shipped story and title models score real candidates exactly as their stored trees', () => {
	const furniture = readPageFurniture();
	const story = furniture.storyModel?.boosted;
	const title = furniture.titleModel?.boosted;
	if (story === undefined || title === undefined) throw new Error('the shipped models are missing');
	const storyRows: number[][] = [];
	const titleRows: number[][] = [];
	for (const fixture of ['local-paper-page', 'epaper-text', 'brief-column']) {
		const path = new URL(`../ingest/fixtures/${fixture}/input.txt`, import.meta.url);
		const page = textToLines(readFileSync(path, 'utf8'));
		for (const segment of splitArticles(page, furniture.storyBoundary, {
			model: furniture.storyModel!,
			trace: (_, features) => storyRows.push(features),
		}))
			chooseHeadline(segment.head, segment.body, furniture.titleModel, (_, features) =>
				titleRows.push(features),
			);
	}
	expect(storyRows.length).toBeGreaterThan(5);
	expect(titleRows.length).toBeGreaterThan(0);
	for (const row of storyRows) expect(treeScore(story, row)).toBe(walkNodes(story, row));
	for (const row of titleRows) expect(treeScore(title, row)).toBe(walkNodes(title, row));
});

test('a model whose trees change after scoring is scored with its new trees', () => {
	const rows = Array.from({ length: 100 }, (_, i) => [i / 100]);
	const model = fitBoostedTrees(
		rows,
		rows.map(([x]) => (x! > 0.5 ? 1 : 0)),
		options,
	);
	const before = treeScore(model, [0.9]);
	model.trees.push([{ v: 2 }]);
	expect(treeScore(model, [0.9])).toBe(before + 2);
	model.trees = [];
	expect(treeScore(model, [0.9])).toBe(model.base);
});
