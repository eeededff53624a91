import { describe, expect, test } from 'vitest';
import { wrappedRows } from './hard-wrap.ts';

// A page whose text was copied as printed rows of one width: a location bar as wide as the rows
// (`当前位置：首页 > 新闻中心 > 乡镇动态`) is a row of a path's steps, not text, and does not run on into
// the headline under it.

const ROWS = [
	'当前位置：首页 > 新闻 > 乡镇动态',
	'某某县部署夏季防汛工作',
	'某某县融媒体中心讯 6月12日，某',
	'某县召开夏季防汛工作部署会，通报',
	'近期雨情水情，安排汛期值班值守和',
	'隐患排查工作，要求各乡镇各部门压',
	'实责任、提前准备。',
	'会议指出，今年入汛以来全县降雨偏',
	'多，部分河段水位上涨较快，山洪和',
	'地质灾害风险增加，各地要把人民群',
	'众生命财产安全放在首位。',
];

describe('与正文同宽的位置栏', () => {
	test('位置栏不接进下面的标题', () => {
		const joined = wrappedRows(ROWS);
		expect(joined.has(1)).toBe(false);
		expect(joined.has(3)).toBe(true);
	});
});

describe('与正文同宽、带钟点的报头', () => {
	test('钟点里的冒号不是分句标点，报头不接进下一行', () => {
		const rows = [
			'某某晚报电子版 · 2021-03-09·08:15',
			'版次：03  版名：县域新闻',
			...ROWS.slice(1),
		];
		expect(wrappedRows(rows).has(1)).toBe(false);
	});
});
