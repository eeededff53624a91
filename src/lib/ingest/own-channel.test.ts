import { describe, expect, test } from 'vitest';
import { publisherOfChannel } from './own-channel.ts';
import { readPageMetaLine } from './page-meta.ts';

// A source field may name the publisher by the channel the page read it from: an outlet's app, a
// body's website. The publisher is the outlet or the body; a news site's or a portal's own name
// ending in 网 stays whole.

describe('来源字段里的客户端、网站', () => {
	test.each([
		['原文来源：某某日报客户端', '某某日报'],
		['来源：央视新闻客户端', '央视新闻'],
		['来源：国家统计局网站', '国家统计局'],
		['〔来源：某某县市场监管局网〕', '某某县市场监管局'],
		['来源：央视《新闻联播》网', '央视《新闻联播》'],
	])('%s → %s', (line, source) => {
		expect(readPageMetaLine(line)).toMatchObject({ source });
	});

	test.each(['某某新闻网', '中国政府网', '某某县人民政府网', '新华网', '掌上某某客户端'])(
		'%s 是网站或应用自己的名字',
		(name) => {
			expect(publisherOfChannel(name)).toBe(name);
		},
	);
});
