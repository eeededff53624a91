import { expect, test } from 'vitest';
import { parseSearchState, toQueryString, toSearchParams } from './url-state.ts';
import { BadRequestError } from '../errors.ts';

const parse = (qs: string) => parseSearchState(new URLSearchParams(qs));

test('reads 干部轮岗 with repeated and comma-separated filters', () => {
	const s = parse(
		'q=干部轮岗&region=370000&region=371702&theme=cadre-rotation,cadre-selection&year=2023&sort=date-desc&page=2',
	);
	expect(s).toMatchObject({
		q: '干部轮岗',
		region: ['370000', '371702'],
		theme: ['cadre-rotation', 'cadre-selection'],
		year: [2023],
		sort: 'date-desc',
		page: 2,
		collection: 'articles',
	});
	expect(toSearchParams(s, ['theme'])).toEqual({
		q: '干部轮岗',
		filters: {
			region: ['370000', '371702'],
			theme: ['cadre-rotation', 'cadre-selection'],
			year: [2023],
		},
		facets: ['theme'],
		sort: 'date-desc',
		page: 2,
		hitsPerPage: 20,
	});
});

test('scope=mentions widens a 山东 filter to items that only mention it, and survives a link', () => {
	const s = parse('q=营商环境&region=370000&scope=mentions');
	expect(toSearchParams(s).filters).toEqual({ region: ['370000'], scope: 'mentions' });
	expect(parse(toQueryString(s, { page: 2 })).scope).toBe('mentions');
	expect(toSearchParams(parse('region=370000')).filters).toEqual({ region: ['370000'] });
});

test('round-trips a state through its query string, leaving defaults out', () => {
	const s = parse('q=五比五看&collection=measures&kind=news&page=1');
	expect(toQueryString(s)).toBe(
		'q=%E4%BA%94%E6%AF%94%E4%BA%94%E7%9C%8B&collection=measures&kind=news',
	);
	expect(parse(toQueryString(s, { page: 3 }))).toEqual({ ...s, page: 3 });
});

test.each([
	['page=abc', '页码应为数字'],
	['page=0', '页码从1开始'],
	['region=999999', '未知的地区代码'],
	['region=37', '6位数字'],
	['theme=weather', '未知的主题'],
	['sort=random', '排序只能是'],
	['collection=people', 'collection 只能是'],
	['region=370000&scope=nearby', 'scope 只能是'],
	['from=2024-02-01&to=2024-01-01', 'from 不能晚于 to'],
])('rejects %s with a Chinese reason', (qs, reason) => {
	expect(() => parse(qs)).toThrow(BadRequestError);
	expect(() => parse(qs)).toThrow(reason);
});

test('names the sorts in Chinese when the sort is unknown: 相关度、日期(新→旧)', () => {
	expect(() => parse('sort=random')).toThrow(
		'排序只能是 相关度(relevance)、日期(新→旧)(date-desc)或 日期(旧→新)(date-asc)',
	);
	expect(() => parse('collection=people')).toThrow('文章(articles)或 举措(measures)');
});

test.each(['2024-13-45', '2023-02-30', '9999-99-99', '2023-2-3'])(
	'rejects the impossible date from=%s with a Chinese reason',
	(date) => {
		expect(() => parse(`q=干部&from=${date}`)).toThrow(BadRequestError);
		expect(() => parse(`q=干部&from=${date}`)).toThrow(/日期/);
	},
);

test('accepts 2024-02-29, a leap day', () => {
	expect(parse('from=2024-02-29').from).toBe('2024-02-29');
});

test.each(['1e3', '0x10', '2.0', '+4'])('reads page=%s as no number', (page) => {
	expect(() => parse(`page=${encodeURIComponent(page)}`)).toThrow(/页码/);
});

test.each(['1e3', '0x7e8'])('reads year=%s as no year', (year) => {
	expect(() => parse(`year=${year}`)).toThrow(/年份/);
});

test('says in Chinese that too many regions were given', () => {
	const many = Array.from({ length: 21 }, () => 'region=370000').join('&');
	expect(() => parse(many)).toThrow(/参数 region:.*最多20个/);
});
