import { expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// A web page's list renders its items behind small bullets (▪ ◦ ‣ ∙), which a paper's sections
// never open with: a run of such titles between two paragraphs, a "more" button under them, is a
// box of links to other articles.

const HEAD = [
	'某某市人民政府网',
	'全市新建改建农村公路一千二百公里',
	'发布日期：2022-11-08　来源：某某市交通运输局',
];
const TEXT = [
	'今年以来，全市把“四好农村路”建设作为民生实事，新建改建农村公路一千二百公里，新增通客车行政村三十六个。',
	'市交通运输局会同各县区建立路长制，落实管护资金，农村公路优良中等路率提高到百分之八十六。',
	'下一步，全市将推进农村公路与旅游、产业深度融合，打造一批美丽乡村路。',
];

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
