import { describe, expect, test } from 'vitest';
import { hasPostingStamp } from './furniture-shapes.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// Web furniture known by its shape in wordings no rule names: a publisher's line stamped with the
// posting day or hour.

describe('发布时间戳', () => {
	test('带日期或钟点的发布行有时间戳，标题里的数字不是', () => {
		expect(hasPostingStamp('某某县融媒体中心 发布于3天前（2023.05.08 10:21）')).toBe(true);
		expect(hasPostingStamp('２３-０５-０８ １０：２１·某某日报·作者：张某某')).toBe(true);
		expect(hasPostingStamp('二〇二三年五月八日 星期一·某某发布')).toBe(true);
		expect(hasPostingStamp('缅甸中部发生7.7级强震')).toBe(false);
		expect(hasPostingStamp('2024年我国文化产业营收规模再创新高')).toBe(false);
		expect(hasPostingStamp('新华社北京2023年5月8日电')).toBe(false);
		expect(hasPostingStamp('中国女排3:1战胜对手')).toBe(false);
	});

	test('标题下带时间戳的发布者行不作标题', () => {
		const [a] = itemsOf([
			'某某县人民政府门户网站',
			'网站首页 | 新闻中心 | 政务公开',
			'筑牢春季护林防线',
			'某某县融媒体中心 发布于3天前（2023.05.08 10:21）',
			...LEAD,
		]);
		expect(a?.title).toBe('筑牢春季护林防线');
		expect(a?.paragraphs).toEqual(LEAD);
	});
});
