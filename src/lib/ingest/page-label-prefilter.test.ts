import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { isPageLabel } from './page-label.ts';

/** `isPageLabel`'s two patterns alone, without the cheap test for 版 or a page letter before them. */
function pageLabelByPatterns(text: string): boolean {
	const bare = text.replace(/^[【\[〖(（]\s*|\s*[】\]〗)）]$/g, '');
	return /^(?:第\s*)?[A-Z]?\s*\d{1,3}\s*版(?:\s*[:：]?\s*[\u3400-\u9fff]{0,10})?$|^[A-Z]\d{1,3}(?:\s*[:：]\s*|\s+)[\u3400-\u9fff]{1,10}$|^(?:版次|版名|版面)\s*[:：]|^[\u3400-\u9fff]{2,10}\s*[·•|｜:：]?\s*第\s*[A-Z]?\s*\d{1,3}\s*版$/.test(
		bare,
	);
}

const sources = new URL('../../../content/sources/', import.meta.url);
const fixtures = new URL('./fixtures/', import.meta.url);
const lines = [
	...readdirSync(sources).map((f) => readFileSync(new URL(f, sources), 'utf8')),
	...readdirSync(fixtures, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.flatMap((d) =>
			readdirSync(new URL(`${d.name}/`, fixtures))
				.filter((f) => /\.(?:txt|html|md)$/.test(f))
				.map((f) => readFileSync(new URL(`${d.name}/${f}`, fixtures), 'utf8')),
		),
].flatMap((page) => page.split('\n').map((l) => l.trim()));

test('版面标签的快速排除不改变判断：样例与测试版面的每一行，以及各种版面标签写法', () => {
	const labels = [
		'第A03版：要闻',
		'A3版',
		'版次：05',
		'03版 综合新闻',
		'A15：理论',
		'【第01版：本地新闻】',
		'要闻 · 第03版',
		'（ 第 5 版 ）',
		'B06 文化',
	];
	for (const label of labels) expect(isPageLabel(label), label).toBe(true);
	let found = 0;
	for (const line of [...lines, ...labels]) {
		const expected = pageLabelByPatterns(line);
		if (expected) found++;
		expect(isPageLabel(line), line).toBe(expected);
	}
	expect(found).toBeGreaterThanOrEqual(labels.length);
	expect(lines.length).toBeGreaterThan(300);
});
