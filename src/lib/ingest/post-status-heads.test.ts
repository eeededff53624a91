import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { readSourceNote } from './source-notes.ts';
import { itemsOf } from './web-test-page.ts';

// Self-media platforms (WeChat, 今日头条, 百家号) print a post's status between the poster's name and
// its time (`某某县应急管理局　原创首发　2024-05-08 18:00　浙江`, `张某　转发　…`) and, since 2022, the
// place it was sent from keyed as its IP's (`IP属地：浙江`). An original post's poster wrote it; a
// repost's only passed it on.

const BODY = [
	'5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
];

describe('自媒体头部的发布状态与 IP 属地', () => {
	test.each(['原创首发', '原创', '首发'])(
		'“机构　%s　时间　省份”：机构是来源，时间是日期',
		(word) => {
			expect(readPageMetaLine(`某某县应急管理局　${word}　2024年5月8日 18:00　浙江`)).toMatchObject(
				{
					date: '2024-05-08',
					source: '某某县应急管理局',
				},
			);
		},
	);

	test('“个人　转发　时间　省份”只给日期，来源留给文中的转载说明', () => {
		const meta = readPageMetaLine('王小明　转发　2024-05-08 18:00　浙江');
		expect(meta).toMatchObject({ date: '2024-05-08' });
		expect(meta?.source).toBeUndefined();
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县融媒体中心',
			'王小明　转发　2024-05-08 18:00　浙江',
			'本文转载自公众号：某某日报',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某日报' });
	});

	test('“时间　IP属地：省份”是发布时间', () => {
		expect(readPageMetaLine('2024-05-08 18:00　IP属地：浙江')).toMatchObject({
			date: '2024-05-08',
		});
		expect(readPageMetaLine('2024-05-08 18:00　IP属地：某某')).toBeUndefined();
	});

	test('转载说明在账号名前写出平台（“本文转载自公众号：某某日报”）', () => {
		expect(readSourceNote('本文转载自公众号：某某日报')).toEqual({
			source: '某某日报',
			original: true,
		});
		expect(readSourceNote('本文来源于微信公众号：某某县发布')).toEqual({
			source: '某某县发布',
			account: true,
		});
	});

	test('转载账号的说明让位于文末注明的来源', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08 18:00',
			'本文转自微信公众号“某某县发布”',
			...BODY,
			'（来源：某某日报）',
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某日报' });
	});

	test('今年的帖子只印月日：“机构　1月24日”的机构是发帖账号', () => {
		expect(readPageMetaLine('某某县卫健局　1月24日')).toMatchObject({
			source: '某某县卫健局',
			unkeyed: true,
		});
		expect(readPageMetaLine('某某县卫健局　原创首发　1月24日　浙江')).toMatchObject({
			source: '某某县卫健局',
		});
		expect(readPageMetaLine('某某县卫健局　原创首发　1月24日　浙江')?.unkeyed).toBeUndefined();
		expect(readPageMetaLine('王小明　转发　1月24日　浙江')).toBeUndefined();
	});

	test('方括号里的状态、作者／账号：“［原创］张某／某某县文旅局”', () => {
		expect(readPageMetaLine('［原创］王小明／某某县文旅局')).toMatchObject({
			source: '某某县文旅局',
		});
		expect(readPageMetaLine('［转载］王小明／某某县文旅局')).toMatchObject({
			source: '某某县文旅局',
			unkeyed: true,
		});
	});

	test('日期旁机构名只是发帖者，让位于文中注明的来源；“来源丨”也是说明', () => {
		expect(readSourceNote('（来源丨某某日报）')).toEqual({ source: '某某日报' });
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局　2024-05-08 18:00',
			'本文来源：某某日报公众号',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某日报' });
	});
});
