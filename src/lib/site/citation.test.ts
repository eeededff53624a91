import { expect, test } from 'vitest';
import { citationType, toGbt7714 } from './citation.ts';
import type { CitableArticle } from './citation.ts';

const ACCESSED = '2024-02-01';
const article = (a: Partial<CitableArticle>): CitableArticle => ({
	title: '标题',
	reporters: [],
	source: '',
	date: null,
	datePrecision: 'unknown',
	kind: 'news',
	url: 'http://localhost:4321/articles/x',
	...a,
});

test('cites 李若生 in 牡丹晚报 as a GB/T 7714 newspaper reference [N]', () => {
	expect(
		toGbt7714(
			article({
				title: '打造一支高素质能干事勇担当的干部队伍',
				reporters: ['李若生'],
				source: '牡丹晚报',
				date: '2023-11-30',
				datePrecision: 'day',
			}),
			ACCESSED,
		),
	).toBe('李若生. 打造一支高素质能干事勇担当的干部队伍[N]. 牡丹晚报, 2023-11-30.');
});

test('cites the 人民日报 宝安 report with its reporter 吕绍刚 as [N]', () => {
	expect(
		toGbt7714(
			article({
				title: '广东深圳宝安区组织591名干部挂点走访企业',
				reporters: ['吕绍刚'],
				source: '人民日报',
				date: '2024-01-19',
				datePrecision: 'day',
			}),
			ACCESSED,
		),
	).toBe('吕绍刚. 广东深圳宝安区组织591名干部挂点走访企业[N]. 人民日报, 2024-01-19.');
});

test('cites the 鲁网 峄城 release as a web page [EB/OL] with its URL and 引用日期', () => {
	expect(
		toGbt7714(
			article({
				title: '枣庄市峄城区召开思想能力作风问题曝光暨“满意峄城”创建新闻发布会',
				reporters: ['杜伟'],
				source: '鲁网',
				date: '2022-05-10',
				datePrecision: 'day',
				url: 'http://localhost:4321/articles/2022-05-10-abc',
			}),
			ACCESSED,
		),
	).toBe(
		'杜伟. 枣庄市峄城区召开思想能力作风问题曝光暨“满意峄城”创建新闻发布会[EB/OL]. 鲁网, (2022-05-10)[2024-02-01]. http://localhost:4321/articles/2022-05-10-abc.',
	);
});

test('cites a magazine table of contents (kind contents) as a journal [J], never [N]', () => {
	const toc = article({
		title: '本期目录',
		source: '党建',
		date: '2023-05-01',
		datePrecision: 'month',
	});
	expect(citationType({ ...toc, kind: 'contents' })).toBe('J');
	expect(toGbt7714({ ...toc, kind: 'contents' }, ACCESSED)).toBe('本期目录[J]. 党建, 2023-05.');
	expect(citationType({ source: '求是杂志', kind: 'news' })).toBe('J');
});

test('an outlet the text did not name is left out of an online reference, not 出版者不详', () => {
	const cited = toGbt7714(article({ date: '2019-01-01', datePrecision: 'year' }), ACCESSED);
	expect(cited).toBe('标题[EB/OL]. (2019)[2024-02-01]. http://localhost:4321/articles/x.');
	expect(cited).not.toContain('不详');
});

test('keeps three authors then 等, and prints only the precision the source gave', () => {
	expect(
		toGbt7714(
			article({
				reporters: ['甲', '乙', '丙', '丁'],
				source: '德州日报',
				date: '2022-05-01',
				datePrecision: 'month',
			}),
			ACCESSED,
		),
	).toBe('甲, 乙, 丙, 等. 标题[N]. 德州日报, 2022-05.');
	expect(toGbt7714(article({ source: '德州日报' }), ACCESSED)).toBe(
		'标题[N]. 德州日报, [出版日期不详].',
	);
});
