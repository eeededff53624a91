import { expect, test } from 'vitest';
import { reconstructPages, type PrintedArticle } from './reconstruct-pages.ts';
import { emptySplitScores, scorePage } from './score-split.ts';

const first: PrintedArticle = {
	id: 'x-01-01',
	title: '春耕备耕有序推进',
	headlineLines: ['春耕备耕有序推进'],
	date: '2021-03-02',
	page: 1,
	text: '本报长沙3月1日电 各地抓紧组织农资调运，确保春耕生产用种用肥供应充足。\n　　农业农村部门派出技术小组深入田间地头开展指导服务。',
};
const second: PrintedArticle = {
	id: 'x-01-02',
	title: '社区食堂开进老旧小区',
	headlineLines: ['为老服务再添新举措——', '社区食堂开进老旧小区'],
	date: '2021-03-02',
	page: 1,
	text: '走进街道新开的长者食堂，老人们围坐在一起吃上了热乎饭菜，价格实惠品种丰富。',
};

test('重建的版面按版序排列两篇文章', () => {
	const [page] = reconstructPages([second, first]);
	expect(page!.key).toBe('2021-03-02-p01');
	expect(page!.text.indexOf('春耕备耕')).toBeLessThan(page!.text.indexOf('为老服务'));
});

test('拆对的版面得满分，串文的条目被记为不干净', () => {
	const right = emptySplitScores();
	scorePage(
		'p',
		[first, second],
		[
			{ title: first.title, paragraphs: first.text.split('\n') },
			{ title: '社区食堂开进老旧小区', kicker: '为老服务再添新举措', paragraphs: [second.text] },
		],
		right,
	);
	expect([right.found.hits, right.clean.hits, right.title.hits]).toEqual([2, 2, 2]);

	const glued = emptySplitScores();
	scorePage(
		'p',
		[first, second],
		[
			{
				title: first.title,
				paragraphs: [...first.text.split('\n'), ...second.headlineLines, second.text],
			},
		],
		glued,
	);
	expect(glued.clean).toEqual({ hits: 0, total: 1 });
	expect(glued.found.hits).toBe(1);
	expect(glued.title.hits).toBe(1);
});

test('失败按类别计数：串文、标题取自导语、标题取自正文行', () => {
	const s = emptySplitScores();
	scorePage(
		'p',
		[first, second],
		[
			{
				title: '各地抓紧组织农资调运',
				titleGenerated: true,
				paragraphs: [...first.text.split('\n'), ...second.headlineLines, second.text],
			},
		],
		s,
	);
	expect(s.failures['carries a neighbour’s text']).toBe(1);
	expect(s.failures['title made from the lead']).toBe(1);
	expect(s.failures['lost in a neighbour']).toBe(1);
	expect(s.failures['split apart']).toBe(0);

	const t = emptySplitScores();
	scorePage(
		'p',
		[first, second],
		[
			{ title: '农业农村部门派出技术小组', paragraphs: first.text.split('\n') },
			{ title: second.title, kicker: '为老服务再添新举措', paragraphs: [second.text] },
		],
		t,
	);
	expect(t.failures['title is a body line']).toBe(1);
	expect(t.title.hits).toBe(1);
});
