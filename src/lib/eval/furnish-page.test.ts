import { describe, expect, test } from 'vitest';
import { chineseNumber, furnishPage, type FurnitureWording } from './furnish-page.ts';
import type { PrintedArticle, ReconstructedPage } from './reconstruct-pages.ts';
import { emptyFurnitureScores, scoreFurniture } from './score-furniture.ts';

const wording: FurnitureWording = {
	headers: ['{paper} {dateCn} 星期{weekday}\n第{page02}版：{section}'],
	navigation: ['上一版  下一版'],
	editors: ['本版责编：{names}'],
	captions: ['图为{place}{scene}。 本报记者 {name}摄'],
	sections: ['要闻'],
	places: ['浙江杭州'],
	scenes: ['市民在公园晨练'],
	surnames: '王李',
	givenChars: '明华',
};

const article = (n: number, title: string): PrintedArticle => ({
	id: `a-${n}`,
	title,
	headlineLines: [title],
	date: '2020-05-06',
	page: 3,
	text: `　　本报北京5月5日电 （记者张三）${title}的第一段。\n　　${title}的第二段，写得长一些。`,
});

const page: ReconstructedPage = {
	key: '2020-05-06-p03',
	date: '2020-05-06',
	text: '',
	articles: [article(1, '县城新开一家书店'), article(2, '市区新增公交线路五条')],
};

describe('furnishPage', () => {
	test('把第十三版写成中文数字', () => {
		expect([chineseNumber(3), chineseNumber(13), chineseNumber(20), chineseNumber(24)]).toEqual([
			'三',
			'十三',
			'二十',
			'二十四',
		]);
	});

	test('同一版面每次加上同样的附件，稿件文字按原顺序都在', () => {
		const a = furnishPage(page, wording);
		expect(furnishPage(page, wording).text).toBe(a.text);
		const lines = a.text.split('\n');
		for (const f of a.furniture) expect(lines).toContain(f.text);
		expect(a.text.indexOf('县城新开一家书店的第二段')).toBeLessThan(
			a.text.indexOf('市区新增公交线路五条'),
		);
		expect([...a.starts].map((n) => lines[n - 1])).toEqual([
			'县城新开一家书店',
			'市区新增公交线路五条',
		]);
	});

	test('版头写出报名、日期、星期和版名', () => {
		const headers = [0, 1, 2, 3, 4, 5, 6, 7]
			.map((k) => furnishPage({ ...page, key: `2020-05-06-p0${k}` }, wording))
			.flatMap((p) => p.furniture.filter((f) => f.kind === 'header').map((f) => f.text));
		expect(headers).toContain('人民日报 2020年05月06日 星期三');
	});
});

describe('scoreFurniture', () => {
	test('正文里留下本版责编的稿件不算干净，图片条目不计', () => {
		const s = emptyFurnitureScores();
		const furniture = [
			{ kind: 'editors' as const, text: '本版责编：王明' },
			{ kind: 'caption' as const, text: '图为浙江杭州市民在公园晨练。 本报记者 李华摄' },
		];
		scoreFurniture(
			'p',
			furniture,
			[
				{
					title: '县城新开一家书店',
					kind: 'news',
					paragraphs: ['书店的第一段。', '本版责编：王明'],
				},
				{ title: '市区新增公交线路五条', kind: 'news', paragraphs: ['公交的第一段。'] },
				{
					title: '晨练',
					kind: 'photo',
					paragraphs: ['图为浙江杭州市民在公园晨练。 本报记者 李华摄'],
				},
			],
			s,
		);
		expect(s.clean).toEqual({ hits: 1, total: 2 });
		expect(s.left.editors).toBe(1);
		expect(s.left.caption).toBe(0);
	});
});
