import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { extractArticles } from '../../src/lib/ingest/extract-articles.ts';
import { segmentPage } from '../../src/lib/ingest/page-segments.ts';
import { itemTitleRows } from '../../src/lib/ingest/web-title-choice.ts';
import { readPageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { webPageLines } from './web-page-lines.ts';
import type { WebPage } from './web-pages.ts';
import { pageItemRows } from './web-title-rows.ts';

const furniture = readPageFurniture();
const window = { lines: 25, chars: 80 };

const TITLE = '某某市召开2024年度优化营商环境工作推进会';
const BODY = [
	'某某日报讯（记者 李某）3月12日，某某市召开2024年度优化营商环境工作推进会，总结去年工作，部署今年重点任务。',
	'会议指出，要深化“一网通办”改革，压减审批时限，推动更多事项“掌上办”“就近办”，让企业和群众少跑腿。',
	'会议要求，各部门要对标先进地区，健全政企沟通机制，及时回应经营主体诉求，持续打造一流营商环境。',
];
const PAGE = [
	'某某市人民政府',
	'首页　新闻中心　政务公开　办事服务　政民互动',
	'当前位置：首页 > 新闻中心 > 政务要闻',
	TITLE,
	'发布时间：2024-03-12 09:30　来源：某某日报',
	'',
	...BODY.flatMap((p) => [p, '']),
	'【打印本页】【关闭窗口】',
	'主办：某某市人民政府办公室　网站标识码：1234000002',
];

/** A page saved twice into one file by a browser on Windows: CRLF line ends, the copy under it. */
const text = [...PAGE, '', ...PAGE].join('\r\n');
const page: WebPage = {
	key: 'twice',
	fileName: 'art_2024_1234567.txt',
	layout: 'portal',
	text,
	articles: [
		{
			id: 'a',
			title: TITLE,
			headlines: [TITLE],
			date: '2024-03-12',
			source: '某某日报',
			body: BODY.join('\n'),
		},
	],
	furniture: [],
};

describe('webPageLines', () => {
	test('存了两遍的网页：训练读到的候选行与特征同入库所读的一样', () => {
		const decoded = decodeSource(page.fileName, new TextEncoder().encode(text));
		if (!decoded.ok) throw new Error('the page did not decode');
		const articles = extractArticles(
			{ path: page.fileName, bytes: new TextEncoder().encode(text) },
			{ furniture },
		).articles;
		expect(articles).toHaveLength(1);
		const ingest = itemTitleRows(
			segmentPage(decoded.text, decoded.format, { furniture }).printed,
			articles,
			window,
		);
		const items = articles.map((a) => ({
			title: a.title,
			date: a.date,
			source: a.source,
			body: a.paragraphs.join('\n'),
		}));
		const trainer = pageItemRows(page, webPageLines(page, furniture), items, window);
		expect(trainer[0]?.head).toEqual(ingest[0]?.head);
		expect(trainer[0]?.rows).toEqual(ingest[0]?.rows);
		expect(trainer[0]?.labels).toContain(1);
	});
});
