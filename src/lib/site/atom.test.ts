import { expect, test } from 'vitest';
import { escapeXml, renderAtom, toAtomTime } from './atom.ts';

const feed = renderAtom({
	id: 'http://localhost:4321/feeds/regions/371702.xml',
	title: '举措库 · 牡丹区',
	pageUrl: 'http://localhost:4321/regions/371702',
	selfUrl: 'http://localhost:4321/feeds/regions/371702.xml',
	updated: '2023-11-30T00:00:00+08:00',
	entries: [
		{
			id: 'http://localhost:4321/articles/a',
			title: '打造一支高素质能干事勇担当的干部队伍 <script>&',
			url: 'http://localhost:4321/articles/a?x=1&y=2',
			updated: '2023-11-30T00:00:00+08:00',
			summary: '2023年11月30日 · 牡丹晚报',
			categories: ['干部交流轮岗'],
		},
	],
});

test('writes an Atom feed with id, title, updated, self and alternate links, and entries', () => {
	expect(feed).toMatch(
		/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
	);
	expect(feed).toContain('<id>http://localhost:4321/feeds/regions/371702.xml</id>');
	expect(feed).toContain(
		'<link rel="self" type="application/atom+xml" href="http://localhost:4321/feeds/regions/371702.xml"/>',
	);
	expect(feed).toContain(
		'<link rel="alternate" type="text/html" href="http://localhost:4321/regions/371702"/>',
	);
	expect(feed.match(/<entry>/g)).toHaveLength(1);
	expect(feed).toContain('<category term="干部交流轮岗"/>');
});

test('escapes markup and ampersands in titles and links', () => {
	expect(feed).toContain('干部队伍 &lt;script&gt;&amp;</title>');
	expect(feed).toContain('href="http://localhost:4321/articles/a?x=1&amp;y=2"');
	expect(feed).not.toContain('<script>');
	expect(escapeXml('a\u0001b"')).toBe('ab&quot;');
});

test('dates an item of 2023-11-30 at midnight Beijing time, an undated one at the fallback', () => {
	expect(toAtomTime('2023-11-30', 'X')).toBe('2023-11-30T00:00:00+08:00');
	expect(toAtomTime(null, '2024-01-01T00:00:00Z')).toBe('2024-01-01T00:00:00Z');
});
