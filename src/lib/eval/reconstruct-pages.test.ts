import { expect, test } from 'vitest';
import {
	articleStartLines,
	reconstructPages,
	singleArticlePage,
	type PrintedArticle,
} from './reconstruct-pages.ts';

const article = (id: string, headlineLines: string[], text: string): PrintedArticle => ({
	id,
	title: headlineLines.at(-1) ?? '',
	headlineLines,
	date: '2020-05-06',
	page: 4,
	text,
});

test('拼回的版面上每篇稿件从它的标题行开始', () => {
	const [page] = reconstructPages([
		article(
			'rmrb-1',
			['乡村振兴有了新抓手', '——记某县发展特色产业'],
			'本报记者 张三\n　　第一段。\n\n　　第二段。',
		),
		article('rmrb-2', ['', '春耕备耕忙'], '本报北京5月5日电 各地抢抓农时。'),
	]);
	const rows = page!.text.split('\n');
	const starts = [...articleStartLines(page!)];
	expect(starts.map((n) => rows[n - 1])).toEqual(['乡村振兴有了新抓手', '春耕备耕忙']);
});

test('一篇稿件单独成页时只有一个开头', () => {
	const page = singleArticlePage(article('xwlb-1', ['春耕备耕忙'], '各地抢抓农时。\n\n农机下田。'));
	expect(page.text).toBe('春耕备耕忙\n各地抢抓农时。\n农机下田。\n');
	expect([...articleStartLines(page)]).toEqual([1]);
});
