import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { titleFromPageName } from './page-name-title.ts';

// A saved page's name (its file name, or the browser title on its first lines) spells its headline
// whole, where the page prints it broken over two lines or cut short.

const furniture = readPageFurniture();
const BODY = [
	'某某县融媒体中心讯 5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
];
const titleOf = (path: string, lines: string[]) =>
	extractArticles({ path, bytes: new TextEncoder().encode(lines.join('\n')) }, { furniture })
		.articles[0]?.title;

describe('页面名字里的完整标题', () => {
	test('标题框折成两行（…工作推 / 进会）时，按文件名拼回一行', () => {
		const title = titleOf('某某县召开春季森林防火工作推进会（某某县人民政府网站）.txt', [
			'某某县人民政府网站',
			'网站首页 | 新闻中心 | 政务公开',
			'某某县召开春季森林防火工作推',
			'进会',
			'发布时间：2024-05-08 来源：某某县应急管理局',
			...BODY,
		]);
		expect(title).toBe('某某县召开春季森林防火工作推进会');
	});

	test('引题和主题分两行时，文件名用下划线连着两行，标题是两行并起来', () => {
		expect(
			titleFromPageName('压实各方责任', '护林防火不松劲_压实各方责任-某某县人民政府.txt', [
				'某某县人民政府',
				'护林防火不松劲',
				'压实各方责任',
				...BODY,
			]),
		).toBe('护林防火不松劲 压实各方责任');
	});

	test('浏览器截短的文件名只要拼出标题的前面一段也算', () => {
		expect(
			titleFromPageName(
				'某某县召开春季森林防火工作推进会',
				'护林防火不松劲 某某县召开春季森(2).txt',
				['护林防火不松劲', '某某县召开春季森林防火工作推进会', ...BODY],
			),
		).toBe('护林防火不松劲 某某县召开春季森林防火工作推进会');
	});

	test('页首浏览器标题是完整标题，页面只印了空格前的半句时取完整的', () => {
		expect(
			titleFromPageName('护林防火不松劲', 'content_123.txt', [
				'护林防火不松劲 压实各方责任 _ 工作动态 _ 某某县人民政府',
				'某某县人民政府',
				'护林防火不松劲',
				...BODY,
			]),
		).toBe('护林防火不松劲 压实各方责任');
	});

	test('文件名是编号、或只拼出标题本身时，标题不变', () => {
		const lines = ['护林防火不松劲', '某某县召开春季森林防火工作推进会', ...BODY];
		expect(
			titleFromPageName('某某县召开春季森林防火工作推进会', 'content_123.txt', lines),
		).toBeUndefined();
		expect(
			titleFromPageName(
				'某某县召开春季森林防火工作推进会',
				'某某县召开春季森林防火工作推进会_某某县人民政府.txt',
				lines,
			),
		).toBeUndefined();
		// A cut name that spells only the start of a line over the title leaves that line's rest unread.
		expect(
			titleFromPageName('某某县召开春季森林防火工作推进会', '某某县召开春季森林防火工作推进.txt', [
				'某某县召开春季森林防火工作推进会——某某县人民政府 首页 > 工作动态',
				'某某县召开春季森林防火工作推进会',
				...BODY,
			]),
		).toBeUndefined();
		// The name spells the title and goes on with other words, not a site's part: no match.
		expect(
			titleFromPageName('护林防火', '护林防火不松劲.txt', ['护林防火', '不松劲了吗', ...BODY]),
		).toBeUndefined();
	});
});
