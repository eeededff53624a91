import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// A post's author line under its headline: the original-post mark (原创), the body that wrote the
// text and the person who edited it, set off by a dot or a bar (`【原创】某某县融媒体中心 · 王某`). The
// mark says the body wrote the text: it is the source, over the account's short name beside the
// post's time.

describe('原创标记后的机构名', () => {
	test.each([
		['【原创】某某县融媒体中心 · 王某', '某某县融媒体中心'],
		['[原创] 中共某某县委宣传部新闻科 | 李小明', '中共某某县委宣传部新闻科'],
		['原创 某某县人民政府办公室（综合科） · 张伟', '某某县人民政府办公室（综合科）'],
	])('%s', (line, source) => {
		expect(readPageMetaLine(line)).toMatchObject({ source });
	});

	test('不是机构名的不读', () => {
		expect(readPageMetaLine('【原创】春天的故事 · 王某')?.source).toBeUndefined();
	});

	test('胜过时间旁的账号简称', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'【原创】某某县县级融媒体中心 · 王某',
			'某某县融媒 2024-05-08　13:20:13　星期三',
			'',
			...LEAD,
		]);
		expect(a).toMatchObject({ source: '某某县县级融媒体中心', date: '2024-05-08' });
	});
});

// A post's time line may close on both where it was posted from and its 原创 mark
// (`2024年03月05日 18:00 四川 原创`): the time is the post's.
test('时间行末尾的地点和原创标记都不挡住日期', () => {
	expect(readPageMetaLine('2024年03月05日 18:00 四川 原创')).toMatchObject({ date: '2024-03-05' });
	const [a] = itemsOf([
		'某某县召开春季森林防火工作推进会',
		'某某县应急管理局',
		'2024年05月09日 09:32 四川 原创',
		'',
		...LEAD,
	]);
	expect(a).toMatchObject({ date: '2024-05-09' });
});
