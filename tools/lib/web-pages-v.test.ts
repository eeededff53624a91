import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS } from './web-pages-furniture.ts';
import {
	expectSplitsDisjoint,
	splitIdsOfCorpus,
	splitPages,
	testSplitKinds,
	type SplitKind,
} from './web-pages-split-tests.ts';
import { bodySpan, familyLines, hasFamily } from './web-pages-test-pages.ts';
import type { SourceArticle } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, four paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'v-1',
		title: '城关镇完成农村饮水安全巩固提升工程',
		headlineLines: ['城关镇完成农村饮水安全巩固提升工程'],
		date: '2024-06-12',
		source: '县水利局',
		text: [
			'近日，城关镇农村饮水安全巩固提升工程全部完工，新铺设供水管网四十二公里，惠及十一个行政村。',
			'工程于今年三月开工，镇里组织施工单位分片推进，同步改造老旧入户管道和水表井。',
			'通水后，各村实行水质季度检测，检测结果在村务公开栏张贴，群众可随时查询。',
			'镇水利站表示，下一步将建立管护台账，确保工程长期发挥效益。',
		].join('\n'),
	},
	{
		id: 'v-2',
		title: '县人社局开展春风行动专场招聘会',
		headlineLines: ['县人社局开展春风行动专场招聘会'],
		date: '2025-02-20',
		source: '县人力资源和社会保障局',
		text: [
			'二月十九日，县人社局在人力资源市场举办春风行动专场招聘会，六十余家企业提供岗位一千二百个。',
			'招聘会设置政策咨询台，工作人员现场解答社保接续、创业担保贷款等问题。',
			'不少返乡人员在现场与企业达成初步意向，部分岗位当天完成面试。',
			'县人社局将在三月前再组织四场线上招聘，持续做好稳岗就业服务。',
		].join('\n'),
	},
];

const { page, pagesWith } = splitPages('v', ARTICLES, [
	'县市场监管局开展食品安全专项检查',
	'全县秋粮收购工作有序推进',
	'县图书馆新增二十四小时自助借阅点',
]);

const V = codeFormats('v');
// A slogan or a card stands between paragraphs, so a gallery or a paged body leaves no room: the
// kinds show a little under their rates.
const NEW_KINDS: SplitKind[] = [
	['public-ad', 'portal', V.publicAd!.rate * 0.85],
	['mini-card', 'wechat', V.miniCard!.rate * 0.85],
	['tip-line', 'reprint', V.tipLine!.rate * 0.85],
	['issue-pager', 'epaper', V.issuePager!.rate * 0.85],
];

describe('网页划分 V（盲写，W 写成后转为开发）', () => {
	test('V 排在 U 之后，已不是留出划分', () => {
		expect(HELD_OUT_SPLIT).not.toBe('v');
		expect(WEB_SPLITS.indexOf('v')).toBe(WEB_SPLITS.indexOf('u') + 1);
	});

	testSplitKinds('v', NEW_KINDS, {
		page,
		fields: ['publicAd', 'miniCard', 'tipLine', 'issuePager'],
		alsoIn: ['w', 'x', 'y', 'z', 'aa', 'ab'],
	});

	test('公益广告与小程序卡片夹在两段正文之间，只在各自的版式上出现', () => {
		for (const [family, layout] of [
			['public-ad', 'portal'],
			['public-ad', 'reprint'],
			['mini-card', 'wechat'],
		] as const) {
			const pages = pagesWith('v', layout, hasFamily(family));
			expect(pages.length).toBeGreaterThan(0);
			for (const p of pages) {
				// A card's name may repeat the account's header line, and a page saved twice repeats
				// its text: the block's own lines are those inside the first copy's text.
				const [first, last] = bodySpan(p);
				const inside = familyLines(p, family).filter((i) => i > first && i < last);
				const own = p.furniture.filter((f) => f.family === family);
				expect(inside.length).toBeGreaterThan(0);
				expect(inside.length).toBeLessThanOrEqual(own.length);
			}
		}
		expect(pagesWith('v', 'wechat', hasFamily('public-ad'))).toEqual([]);
		expect(pagesWith('v', 'portal', hasFamily('mini-card'))).toEqual([]);
		expect(pagesWith('v', 'epaper', hasFamily('mini-card'))).toEqual([]);
	});

	test('新闻热线块在正文之后，不带文章的日期', () => {
		const pages = (['portal', 'reprint', 'wechat'] as const).flatMap((layout) =>
			pagesWith('v', layout, hasFamily('tip-line')),
		);
		expect(new Set(pages.map((p) => p.layout)).size).toBe(3);
		for (const p of pages) {
			const [, last] = bodySpan(p);
			for (const at of familyLines(p, 'tip-line')) expect(at).toBeGreaterThan(last);
			const [y, m, d] = p.articles[0]!.date.split('-');
			const lines = p.furniture.filter((f) => f.family === 'tip-line').map((f) => f.line);
			for (const line of lines) expect(line).not.toContain(`${y}-${m}-${d}`);
		}
		expect(pagesWith('v', 'epaper', hasFamily('tip-line'))).toEqual([]);
	});
});

test('电子报的上一期/下一期在正文之前，印的是前后两期的日子而不是本期', () => {
	const pages = pagesWith('v', 'epaper', hasFamily('issue-pager'));
	let iso = 0;
	for (const p of pages) {
		const [first] = bodySpan(p);
		const at = familyLines(p, 'issue-pager');
		for (const i of at) expect(i).toBeLessThan(first);
		const text = p.furniture.find((f) => f.family === 'issue-pager')!.line;
		const date = p.articles[0]!.date;
		const [y, m, d] = date.split('-');
		expect(text).not.toContain(date);
		expect(text).not.toContain(`${y}年${Number(m)}月${Number(d)}日`);
		expect(text).not.toContain(`${m}月${d}日`);
		const days = [...text.matchAll(/\d{4}-\d{2}-\d{2}/gu)].map((x) => x[0]);
		if (days.length === 0) continue;
		iso++;
		expect(days[0]! < date && date < days[1]!).toBe(true);
	}
	expect(iso).toBeGreaterThan(0);
});

describe('webSourceArticles 给 V 的文章', () => {
	test('V 取 L 的每隔一篇（第四组八篇的第 3 篇），L 只剩第二组的', async () => {
		const ids = await splitIdsOfCorpus('v', 32);
		expect(ids('f')).toEqual(['v-2', 'v-18']);
		expect(ids('l')).toEqual(['v-10']);
		expect(ids('v')).toEqual(['v-26']);
		expectSplitsDisjoint(ids);
	});
});
