import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// What a page's reading controls leave between the paragraphs of a saved article: the fold a long
// article hides its rest under on the first screen (opened before saving, often with the share of
// the text it hid), and a picture viewer's hint to tap a picture. Each is a button's label, not text.

const HEAD = [
	'某某区人民政府网',
	'某某区推进老旧小区改造 惠及居民两千余户',
	'发布时间：2023-09-14　来源：某某区住房和城乡建设局',
];
const TEXT = [
	'今年以来，某某区把老旧小区改造列为民生实事，完成十二个小区的管网更新、外墙保温和电梯加装，惠及居民两千余户。',
	'改造前，区住建局逐户征求意见，把群众最关心的停车、充电和适老化设施列入改造清单，做到“改什么、怎么改”由居民定。',
	'改造中，各街道组织居民代表全程监督施工质量，发现问题当场整改，累计解决各类问题三百余个。',
	'下一步，某某区将建立长效管护机制，推动改造后的小区引入物业服务，让居民住得舒心。',
];
const FOOTER = '网站标识码：1234000002';

const bodyOf = (lines: string[]) => {
	const items = itemsOf([...HEAD, ...lines, FOOTER]);
	expect(items).toHaveLength(1);
	return items[0]!.paragraphs;
};

describe('正文中间打开过的折叠按钮', () => {
	test.each([
		['展开全文 ⌄'],
		['查看剩余全文 ﹀'],
		['剩余全文（约62%）'],
		['继续阅读全文 >>'],
		['点击阅读全文'],
		['显示余下内容 ∨'],
		['轻触查看剩余内容（约35%）'],
		['余下 30% 未读，轻点展开全文'],
		['还剩 45% 未读；轻触继续阅读 ▾'],
		['—— 展开全文 ——'],
		['——— 阅读全文 ———'],
		['- - 查看全部内容 - -'],
	])('第一屏下的折叠按钮“%s”不进正文', (fold) => {
		expect(bodyOf([TEXT[0]!, fold, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('以“阅读全文”开头的一句正文照留', () => {
		const prose =
			'阅读全文后，不少居民在留言中表示，改造让老小区焕发了新生机，希望更多小区尽快纳入改造计划。';
		expect(bodyOf([TEXT[0]!, prose, ...TEXT.slice(1)])).toEqual([
			TEXT[0]!,
			prose,
			...TEXT.slice(1),
		]);
	});
});

describe('图片查看器的提示', () => {
	test.each([['双击图片放大'], ['点按图片查看原图'], ['轻点大图可缩放']])(
		'段落之间的“%s”不进正文',
		(hint) => {
			expect(bodyOf([TEXT[0]!, TEXT[1]!, hint, ...TEXT.slice(2)])).toEqual(TEXT);
		},
	);
});
