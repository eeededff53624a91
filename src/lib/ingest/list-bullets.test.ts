import { expect, test } from 'vitest';
import { itemsOf, ROAD_HEAD, ROAD_TEXT } from './web-test-page.ts';

// A web page's list renders its items behind small bullets (▪ ◦ ‣ ∙), which a paper's sections
// never open with: a run of such titles between two paragraphs, a "more" button under them, is a
// box of links to other articles.

const HEAD = ROAD_HEAD;
const TEXT = ROAD_TEXT;

test('段落之间小方块圆点（▪ ◦）开头的一串标题和“查看更多”是链接框，不进正文', () => {
	for (const bullet of ['▪', '◦']) {
		const links = [
			`${bullet} 某某县春运客流平稳有序`,
			`${bullet} 全市公交线路优化调整方案出台`,
			'查看更多 >',
		];
		const items = itemsOf([
			...HEAD,
			TEXT[0]!,
			...links,
			...TEXT.slice(1),
			'网站标识码：1234000001',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs).toEqual(TEXT);
	}
});
