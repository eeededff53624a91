import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';

// A saved page's name spells its headline: where the head prints a kicker or a deck beside it and
// the reader took the other line, the line (or the two lines of a wrapped title box) the name
// spells is the title.

const furniture = readPageFurniture();
const BODY = [
	'本报讯 5月8日，全省春季森林防火工作推进会召开，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各地要加强巡山护林，严格野外用火管理，确保森林资源安全。',
];
const titleOf = (path: string, lines: string[]) =>
	extractArticles({ path, bytes: new TextEncoder().encode(lines.join('\n')) }, { furniture })
		.articles[0]?.title;

describe('文件名拼出的那一行是标题', () => {
	test('“某某强调”式的标题下跟着副题：文件名只拼出上一行', () => {
		const title = titleOf('某某省长在全省森林防火工作会议上强调（某某县人民政府）.txt', [
			'某某县人民政府',
			'首页 | 新闻中心 | 政务公开',
			'某某省长在全省森林防火工作会议上强调',
			'压实责任 严防死守 坚决守住森林资源安全底线',
			'2024-05-08　来源：某某日报',
			...BODY,
		]);
		expect(title).toBe('某某省长在全省森林防火工作会议上强调');
	});

	test('折成两行的标题框下跟着副题：文件名拼出两行并起来', () => {
		const title = titleOf('某某省长在全省森林防火工作会议上强调_某某县人民政府.txt', [
			'某某县人民政府',
			'某某省长在全省森林防火工',
			'作会议上强调',
			'压实责任 严防死守 坚决守住森林资源安全底线',
			'2024-05-08　来源：某某日报',
			...BODY,
		]);
		expect(title).toBe('某某省长在全省森林防火工作会议上强调');
	});

	test('文件名开头的站名不因单独印在一行就成了标题', () => {
		const title = titleOf('某某县人民政府_20240508_1234.txt', [
			'某某县人民政府',
			'首页 | 新闻中心 | 政务公开',
			'全省春季森林防火工作推进会召开',
			'2024-05-08　来源：某某日报',
			...BODY,
		]);
		expect(title).toBe('全省春季森林防火工作推进会召开');
	});
});

test('文件名是报名或站名加日期、版次时，它拼出的报名不是标题', () => {
	const title = titleOf('某某市晚报（县区版）_20240508_第12版.txt', [
		'某某市晚报（县区版）',
		'第12版：县区新闻',
		'全省春季森林防火工作推进会召开',
		...BODY,
	]);
	expect(title).toBe('全省春季森林防火工作推进会召开');
});
