import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { readPageMetaLine } from './page-meta.ts';

// Page layouts of local portals and e-papers in further printings: a publisher with a relative
// time, mastheads keyed 出版日期 or with a Latin edition word, page labels keyed 本版/当前版.

const furniture = readPageFurniture();
const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'site/content_8.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture },
	).articles;

const LEAD = [
	'某某县融媒体中心讯 5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
];

describe('发布者与相对时间', () => {
	test('“某某局　3天前”说出发布者，不说日期', () => {
		const meta = readPageMetaLine('某某县农业农村局　3天前');
		expect(meta).toMatchObject({ kind: 'fields', source: '某某县农业农村局' });
		expect(meta?.date).toBeUndefined();
		expect(readPageMetaLine('某某日报 · ２小时前')?.source).toBe('某某日报');
		// A sentence about something days ago, or a name that is no publisher, is no meta line.
		expect(readPageMetaLine('去年冬天的事情 3天前')).toBeUndefined();
	});

	test('相对时间行上方的站名不是标题，下方的发布时间是日期', () => {
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'某某县应急管理局　3天前',
			'发布时间：2023/8/10　07:38',
			'某某县召开春季森林防火工作推进会',
			...LEAD,
		]);
		expect(a).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2023-08-10',
			source: '某某县应急管理局',
		});
	});
});
