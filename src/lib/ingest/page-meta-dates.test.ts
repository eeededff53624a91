import { expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf } from './web-test-page.ts';

const BODY = [
	'今年以来，某某镇把人居环境整治作为乡村振兴的基础工程，组织党员干部带头清理房前屋后。',
	'全镇累计清理垃圾1200余吨，新建小微公园8处，群众满意度明显提升。',
];

test('星期印在日期前面（周二 2022-03-15、星期六，2022年3月19日）也读作日期', () => {
	expect(readPageMetaLine('时间：周二 2022-03-15 09:30')).toMatchObject({ date: '2022-03-15' });
	expect(readPageMetaLine('星期六，2022年3月19日')).toEqual({ kind: 'date', date: '2022-03-19' });
	expect(
		readPageMetaLine('稿源：某某镇人民政府　日期：星期一 2022年03月14日　浏览：326'),
	).toMatchObject({ date: '2022-03-14', source: '某某镇人民政府' });
});

test('星期在前的日期单独一行印在标题下，是网页的日期', () => {
	const [a] = itemsOf(['某某镇扎实推进人居环境整治', '周四 2022年3月17日', '', ...BODY]);
	expect(a).toMatchObject({ title: '某某镇扎实推进人居环境整治', date: '2022-03-17' });
});

test('同一行里发布日期胜过创建日期、生成日期，哪个先印都一样', () => {
	expect(
		readPageMetaLine('创建日期：2022-03-10 | 发布单位：某某镇人民政府 | 公开日期：2022-03-16'),
	).toMatchObject({ date: '2022-03-16', source: '某某镇人民政府' });
	expect(readPageMetaLine('生成日期：2022-03-10　发表时间：2022-03-16')).toMatchObject({
		date: '2022-03-16',
	});
	expect(readPageMetaLine('发布日期：2022-03-16　生成日期：2022-03-10')).toMatchObject({
		date: '2022-03-16',
	});
});
