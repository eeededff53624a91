import { expect, test } from 'vitest';
import { extractArticles } from '../../src/lib/ingest/extract-articles.ts';
import { readPageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { dressTvItems, mainTvItem, tvSourceRight } from './eval-tv-items.ts';
import { tvSourceShare } from './tv-source-rows.ts';

const item = {
	id: 'xwlb-20230412-05',
	title: '春耕春播有序推进 农业生产开局良好',
	date: '2023-04-12',
	paragraphs: [
		'眼下，从南到北各地抢抓农时，春耕春播由南向北有序推进，农机手们驾驶播种机在田间来回作业。',
		'农业农村部门组织专家分区分类开展技术指导，帮助农户用好良种良法，确保播足播好。',
		'各地还加强农资供应调度，化肥、种子等储备充足，价格总体稳定，为全年粮食丰收打下基础。',
	],
};

test('一条新闻联播稿件装成 CCTV 网页后，正文所在的条目是最长的新闻条目，规则读出的来源是节目或央视', () => {
	const [page] = dressTvItems([item], 'dev');
	const { articles } = extractArticles(
		{ path: `${item.id}.txt`, bytes: new TextEncoder().encode(page!.text) },
		{ furniture: readPageFurniture() },
	);
	const main = mainTvItem(articles);
	expect(main).toBeGreaterThanOrEqual(0);
	expect(articles[main]!.paragraphs.join('')).toContain('春耕春播由南向北有序推进');
	expect(tvSourceRight(articles[main]!.source)).toBe(true);
});

test('来源得分只看每页正文条目的来源：其他条目的来源不计，未读出正文条目的页算错', () => {
	const pages = { sources: [], main: [1, 0, -1], rows: [] };
	const sources = [['某某县融媒体中心', '央视网'], ['新闻联播'], ['央视网']];
	expect(tvSourceShare(pages, sources)).toBeCloseTo(200 / 3);
	expect(tvSourceShare(pages, [['央视网', '某某日报'], ['某某日报'], ['央视网']])).toBe(0);
});
