// Shared by the web-page tests: a page's lines run through the extractor as a saved web page, and
// a county release's opening paragraphs to stand under the furniture each test lays out.
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';

/** The shipped page furniture. */
export const furniture = readPageFurniture();

/** The items the extractor makes of these lines, read as a saved web page. */
export const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'site/content_8.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture },
	).articles;

/** Two paragraphs of a county release, dateline first. */
export const LEAD = [
	'某某县融媒体中心讯 5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
];
