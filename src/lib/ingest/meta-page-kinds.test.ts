import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// Where the date and source stand on kinds of page a saved text brings in: a fields line set off
// by bars with no key at all, the lines a news app's share page or a two-column page prints, a
// WeChat copy whose account only reposted the text.

const HEAD = ['某某县人民政府门户网站', '首页 | 政务公开 | 政务服务 | 互动交流'];
const TITLE = '某某县召开春季森林防火工作推进会';

describe('不带键的字段行', () => {
	test('“日期 | 发布单位 | 阅读量 N”整行都是字段，不是工具栏', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			'2023·8·10　|　某某县应急管理局　|　阅读量 1200',
			...LEAD,
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2023-08-10', source: '某某县应急管理局' });
	});
});
