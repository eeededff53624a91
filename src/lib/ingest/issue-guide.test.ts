import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';

// An e-paper page's guide to the issue (导读): other pages' stories, each with the page it is on,
// in a box above the page's first story or under its last. The stories it names are elsewhere: it
// is no item of this page and no part of a story.

const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'epaper/node_31.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture: readPageFurniture() },
	).articles;

const HEAD = ['某某晚报数字报', '2024年6月18日', '第B01版：城事'];
const MARKET = [
	'早市搬进新大棚 摊主顾客都方便',
	'本报讯（记者 周某）17日清晨，某某区新建的便民早市大棚正式启用，一百多个摊位整齐排开，蔬菜、水果、早点应有尽有。',
	'区商务局介绍，新大棚配建了排水沟和公共厕所，摊位费比原来降低三成，附近三个小区的居民步行五分钟就能到达。',
];
const LIBRARY = [
	'社区图书室延长开放时间',
	'本报讯（记者 孙某）从本周起，某某街道12个社区图书室每天开放到晚上九点，周末全天开放。',
	'街道负责人说，延时开放后由志愿者轮流值守，居民下班后也能借书还书、带孩子读绘本。',
];

test.each([
	[['▶第06版　全市夏粮收购开秤', '▶第09版　老街改造留住城市记忆'], 'top'],
	[['全市夏粮收购开秤 B3', '老街改造留住城市记忆 B6', '城市书房开到家门口 B7'], 'bottom'],
	[['全市夏粮收购开秤……第6版', '老街改造留住城市记忆……第9版'], 'top'],
	[['全市夏粮收购开秤 B3', '老街改造留住城市记忆 B6'], 'top'],
])('别的版面的稿件带版次的导读框（%j，在%s）不成一篇，也不并进哪一篇', (guide, where) => {
	const stories = [...MARKET, ...LIBRARY];
	const items = itemsOf(
		where === 'top' ? [...HEAD, ...guide, ...stories] : [...HEAD, ...stories, ...guide],
	);
	expect(items.map((a) => a.title)).toEqual([MARKET[0], LIBRARY[0]]);
	expect(items.map((a) => a.paragraphs)).toEqual([MARKET.slice(1), LIBRARY.slice(1)]);
});
