import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';

// Boxes and lines a 人民日报 page prints around its stories, written from how the paper lays out a
// page: a 图片新闻 group of captioned photos, a wire story closing with its agency's credit, the
// page's editors line.

const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'rmrb-2021-06-04-p07.txt', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) },
		{ furniture: readPageFurniture() },
	).articles;

const RAIL = [
	'中欧班列开行量稳步增长',
	'本报北京6月3日电（记者刘洋）记者从国铁集团获悉，今年前5个月，中欧班列累计开行量同比增长，运送货物标箱数创同期新高，通达欧洲多个国家的城市。',
	'国铁集团有关负责人表示，将进一步优化班列开行方案，提升口岸通关效率，保障国际物流供应链稳定畅通。',
];
const HOUSING = [
	'多地加快推进老旧小区改造',
	'新华社北京6月3日电（记者王芳）记者3日从住房和城乡建设部获悉，今年前5个月，全国新开工改造城镇老旧小区数量同比增加，惠及居民数百万户。',
	'住房和城乡建设部有关负责人表示，将指导各地加快项目审批，确保改造工程质量和安全。',
];

test('图片新闻一组几张配图说明不并进前后的稿件，各稿件标题不变', () => {
	const items = itemsOf([
		...RAIL,
		'',
		'图片新闻',
		'6月2日，江苏南京，游客在湖畔赏荷。 本报记者 张华摄',
		'6月2日，四川成都，市民在公园里晨练。 新华社记者 李明摄',
		'',
		...HOUSING,
	]);
	const news = items.filter((a) => a.kind === 'news');
	expect(news.map((a) => a.title)).toEqual([RAIL[0], HOUSING[0]]);
	for (const a of news) expect(a.paragraphs.join('')).not.toMatch(/摄|图片新闻/);
});

test('稿末单独一行的“（新华社）”和版末“本版责编、版式设计”不另成一篇，也不作标题', () => {
	const items = itemsOf([
		...RAIL,
		'',
		...HOUSING,
		'（新华社）',
		'',
		'本版责编：赵刚 孙丽  版式设计：周晨',
	]);
	expect(items.map((a) => a.title)).toEqual([RAIL[0], HOUSING[0]]);
	expect(items[1]!.paragraphs.join('')).not.toMatch(/责编|版式设计/);
});
