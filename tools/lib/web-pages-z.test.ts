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
import {
	allAfterBody,
	familyLines,
	hasFamily,
	isoDates,
	linesOf,
	linesOfFamily,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, three paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'z-1',
		title: '县水利局完成牧区人饮安全巩固提升工程',
		headlineLines: ['县水利局完成牧区人饮安全巩固提升工程'],
		date: '2024-06-18',
		source: '县水利局',
		text: [
			'今年以来，县水利局在全县十二个乡镇新打机井三十六眼，铺设供水管网八十余公里。',
			'工程完工后，技术人员逐村检测水质，建立管护台账，落实村级管水员责任。',
			'县水利局表示，将持续做好冬季防冻保供工作，让牧民群众喝上放心水。',
		].join('\n'),
	},
	{
		id: 'z-2',
		title: '县人社局举办返乡青年创业培训班',
		headlineLines: ['县人社局举办返乡青年创业培训班'],
		date: '2024-09-03',
		source: '县人社局',
		text: [
			'为期五天的返乡青年创业培训班近日开班，来自各乡镇的六十名学员参加培训。',
			'培训围绕电商运营、特色畜产品加工和小额担保贷款政策展开，并安排实地观摩。',
			'结业学员将获得创业培训合格证书，可按规定申请创业担保贷款和一次性创业补贴。',
		].join('\n'),
	},
];

const { page, pagesWith } = splitPages('z', ARTICLES, [
	'县草原站开展春季草原鼠害防治',
	'全县村级综合服务中心实现全覆盖',
	'县市场监管局开展农资打假专项行动',
]);

const Z = codeFormats('z');
const NEW_KINDS: SplitKind[] = [
	['doc-refs', 'portal', Z.docRefs!.rate],
	['reply-card', 'portal', Z.replyCard!.rate],
	['mailbox-box', 'portal', Z.mailboxBox!.rate],
	['badge-strip', 'portal', Z.badgeStrip!.rate],
];

describe('网页划分 Z（盲写，曾留出）', () => {
	test('Z 排在 Y 之后，如今是开发划分（AA 留出）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('z');
		expect(WEB_SPLITS.indexOf('z')).toBe(WEB_SPLITS.indexOf('y') + 1);
	});

	testSplitKinds('z', NEW_KINDS, {
		page,
		fields: ['docRefs', 'replyCard', 'mailboxBox', 'badgeStrip'],
		allFieldsOf: ['y', 80],
		alsoIn: ['aa', 'ab'],
	});
});

describe('Z 的四种新版块', () => {
	test('新版块只在门户页面上，在正文之后', () => {
		for (const [family] of NEW_KINDS) {
			for (const p of pagesWith('z', 'portal', hasFamily(family)))
				expect(allAfterBody(p, family)).toBe(true);
			for (const layout of ['wechat', 'reprint', 'epaper'] as const)
				expect(pagesWith('z', layout, hasFamily(family))).toEqual([]);
		}
	});

	test('相关文件的文号是文章之前的年份，不印日子', () => {
		for (const p of pagesWith('z', 'portal', hasFamily('doc-refs'))) {
			const year = Number(p.articles[0]!.date.slice(0, 4));
			const lines = linesOfFamily(p, 'doc-refs');
			expect(lines.flatMap(isoDates)).toEqual([]);
			const years = lines.flatMap((l) => [...l.matchAll(/〔(\d{4})〕/gu)].map((m) => Number(m[1])));
			expect(years.length).toBeGreaterThan(0);
			for (const y of years) expect(y).toBeLessThan(year);
		}
	});

	test('政民互动卡片的留言与回复日子都晚于文章，回复不早于留言', () => {
		const pages = pagesWith('z', 'portal', hasFamily('reply-card'));
		for (const p of pages) {
			const dates = linesOfFamily(p, 'reply-card').flatMap(isoDates);
			expect(dates).toHaveLength(2);
			expect(dates[0]! > p.articles[0]!.date).toBe(true);
			expect(dates[1]! > dates[0]!).toBe(true);
		}
	});

	test('领导信箱与网站标识在页脚前后，各自不印日子', () => {
		for (const family of ['mailbox-box', 'badge-strip']) {
			const pages = pagesWith('z', 'portal', hasFamily(family));
			for (const p of pages) expect(linesOfFamily(p, family).flatMap(isoDates)).toEqual([]);
		}
		// A page saved twice repeats its footer in the second copy, after the first copy's badges.
		const once = (p: WebPage) => hasFamily('badge-strip')(p) && !hasFamily('second-copy')(p);
		for (const p of pagesWith('z', 'portal', once)) {
			const badge = Math.min(...familyLines(p, 'badge-strip'));
			for (const at of familyLines(p, 'footer')) expect(at).toBeLessThan(badge);
			expect(linesOf(p).length).toBeGreaterThan(badge);
		}
	});
});

describe('webSourceArticles 给 Z 的文章', () => {
	test('Z 取 N 的每隔一篇（每个第 8 篇），N 只剩一半', async () => {
		const ids = await splitIdsOfCorpus('z', 64);
		expect(ids('g')).toEqual(['z-7', 'z-23', 'z-39', 'z-55']);
		expect(ids('n')).toEqual(['z-15', 'z-47']);
		expect(ids('z')).toEqual(['z-31', 'z-63']);
		expectSplitsDisjoint(ids);
	});
});
