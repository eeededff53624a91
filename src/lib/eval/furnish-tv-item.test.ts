import { expect, test } from 'vitest';
import { furnishTvItem, type TvFurnitureWording } from './furnish-tv-item.ts';

// Wording written for the test, in the shape of eval/tv-news-furniture.json.
const WORDING: TvFurnitureWording = {
	siteHeaders: ['某某台 | 首页 | 新闻 | 直播'],
	programme: ['晚间新闻 {dateCn}'],
	metaLines: ['来源：某某台 {dateNum} {time}'],
	titles: ['[视频]{title}'],
	share: ['分享到：'],
	editors: ['责任编辑：{name}'],
	related: ['相关视频\n[视频]{other}'],
	appPrompts: ['下载某某客户端'],
	surnames: '王李',
	givenChars: '明华',
};

const ITEM = {
	id: 'xwlb-20250115-06',
	title: '春运客流平稳有序',
	date: '2025-01-15',
	paragraphs: ['央视网消息（新闻联播）：今年春运开局平稳。', '各地加密班次，保障群众出行。'],
};

test('新闻联播条目按存下来的网页装扮：标题带[视频]，正文原样，附件逐行记下', () => {
	const page = furnishTvItem(ITEM, WORDING, ['多地迎来降雪天气']);
	const lines = page.text.trimEnd().split('\n');
	expect(lines).toContain('[视频]春运客流平稳有序');
	expect(page.text).toContain(ITEM.paragraphs.join('\n'));
	for (const f of page.furniture) expect(lines).toContain(f.text);
	expect(lines.filter((l) => !page.furniture.some((f) => f.text === l))).toEqual([
		'[视频]春运客流平稳有序',
		...ITEM.paragraphs,
	]);
	expect(page.furniture.map((f) => f.text).join('\n')).not.toContain('{');
});

test('同一条目每次装扮都一样（按 id 取随机数）', () => {
	expect(furnishTvItem(ITEM, WORDING, ['甲'])).toEqual(furnishTvItem(ITEM, WORDING, ['甲']));
});
