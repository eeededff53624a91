// Shared by the web-page tests: a page's lines run through the extractor as a saved web page, and
// a county release's opening paragraphs and a city portal's release to stand under the furniture
// each test lays out.
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

/** A city portal's head over a transport bureau's release: its name, headline and meta line. */
export const ROAD_HEAD = [
	'某某市人民政府网',
	'全市新建改建农村公路一千二百公里',
	'发布日期：2022-11-08　来源：某某市交通运输局',
];

/** The release's three paragraphs under {@link ROAD_HEAD}. */
export const ROAD_TEXT = [
	'今年以来，全市把“四好农村路”建设作为民生实事，新建改建农村公路一千二百公里，新增通客车行政村三十六个。',
	'市交通运输局会同各县区建立路长制，落实管护资金，农村公路优良中等路率提高到百分之八十六。',
	'下一步，全市将推进农村公路与旅游、产业深度融合，打造一批美丽乡村路。',
];
