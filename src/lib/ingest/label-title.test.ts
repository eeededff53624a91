import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { titleWithoutLabel } from './page-name-title.ts';

const BODY = [
	'今年以来，某某镇把人居环境整治作为乡村振兴的基础工程，组织党员干部带头清理房前屋后。',
	'全镇累计清理垃圾1200余吨，新建小微公园8处，群众满意度明显提升。',
];
const titleOf = (path: string, lines: string[]) =>
	extractArticles(
		{ path, bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture: readPageFurniture() },
	).articles[0]?.title;

test('页面名字只拼出标题、不带栏目标签时，【栏目】不算标题的一部分', () => {
	const lines = [
		'【基层风采】',
		'某某镇扎实推进人居环境整治',
		'发布日期：2022-03-16　稿源：某某镇人民政府',
		...BODY,
	];
	expect(titleOf('某某镇扎实推进人居环境整治_某某县人民政府网.html.txt', lines)).toBe(
		'某某镇扎实推进人居环境整治',
	);
	expect(
		titleWithoutLabel('【基层风采】某某镇扎实推进人居环境整治', 'page.txt', [
			'某某镇扎实推进人居环境整治 - 某某县人民政府网',
			'【基层风采】',
			'某某镇扎实推进人居环境整治',
		]),
	).toBe('某某镇扎实推进人居环境整治');
});

test('页面名字连标签一起拼出时，或说不出什么时，标签留在标题里', () => {
	const lines = ['【基层风采】某某镇扎实推进人居环境整治', '某某镇扎实推进人居环境整治'];
	expect(
		titleWithoutLabel(
			'【基层风采】某某镇扎实推进人居环境整治',
			'【基层风采】某某镇扎实推进人居环境整治_某某县人民政府网.txt',
			lines,
		),
	).toBeUndefined();
	expect(
		titleWithoutLabel('【基层风采】某某镇扎实推进人居环境整治', 'content_12.txt', lines.slice(1)),
	).toBeUndefined();
});
