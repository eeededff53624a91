import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { buildWebPages } from './web-pages-eval.ts';
import { HELD_OUT_SPLIT, readWebFurniture, WEB_SPLITS } from './web-pages-furniture.ts';
import {
	expectSplitsDisjoint,
	splitIdsOfCorpus,
	splitPages,
	testSplitKinds,
	type SplitKind,
} from './web-pages-split-tests.ts';
import {
	allAfterBody,
	bodySpan,
	familyLines,
	hasFamily,
	isoDates,
	linesOfFamily,
} from './web-pages-test-pages.ts';
import type { SourceArticle } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, three paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'ab-1',
		title: '县医保局开通异地就医备案线上办理',
		headlineLines: ['县医保局开通异地就医备案线上办理'],
		date: '2024-04-16',
		source: '县医疗保障局',
		text: [
			'即日起，参保群众可通过手机小程序办理异地就医备案，无需再到窗口提交纸质材料。',
			'备案成功后，群众在就医地定点医疗机构住院可直接结算，省去垫付和报销的往返奔波。',
			'县医保局提醒，长期异地居住人员备案时需如实填写居住地址，以便享受相应待遇。',
		].join('\n'),
	},
	{
		id: 'ab-2',
		title: '县水利局完成二十二座小型水库除险加固',
		headlineLines: ['县水利局完成二十二座小型水库除险加固'],
		date: '2024-10-08',
		source: '县水利局',
		text: [
			'入汛前，县水利局对全县二十二座小型水库实施除险加固，整治坝体渗漏和溢洪道淤堵问题。',
			'工程完工后，每座水库均落实了巡查责任人，并安装水位雨量自动监测设备。',
			'县水利局表示，将加强汛期值守，确保水库安全度汛，保障下游群众生命财产安全。',
		].join('\n'),
	},
];

const { page, pagesWith } = splitPages('ab', ARTICLES, [
	'县人社局举办春季就业招聘会',
	'全县完成农村危房改造三百余户',
	'县图书馆乡镇分馆实现全覆盖',
]);

const AB = codeFormats('ab');
const NEW_KINDS: SplitKind[] = [
	['error-report', 'portal', AB.errorReport!.rate],
	['visit-counter', 'portal', AB.visitCounter!.rate],
	['vote-card', 'wechat', AB.voteCard!.rate],
	['login-box', 'epaper', AB.loginBox!.rate],
];

describe('网页划分 AB（盲写、留出）', () => {
	test('AB 是留出划分，排在 AA 之后；AA 改作开发划分', () => {
		expect(HELD_OUT_SPLIT).toBe('ab');
		expect(WEB_SPLITS.at(-1)).toBe('ab');
		expect(WEB_SPLITS.indexOf('ab')).toBe(WEB_SPLITS.indexOf('aa') + 1);
		expect(WEB_SPLITS).toHaveLength(28);
	});

	test('AB 的页面编号是 ab 加四位数字', () => {
		const pages = buildWebPages(ARTICLES, readWebFurniture(), 'ab', 2, 1);
		expect(pages.map((p) => p.key)).toEqual(['ab0000', 'ab0001']);
	});

	test('AB 给出格式写在共用文件里的可选项', () => {
		const own = [
			'metaBelowBody',
			'flattenTop',
			'bylineAtEnd',
			'mixedWidth',
			'titleBreak',
			'hardWrap',
			'infoTable',
			'careToolbar',
			'sourceAtEnd',
			'titleEcho',
			'gallery',
			'savedTwice',
			'pagedBody',
			'topicPage',
		] as const;
		expect(own.filter((k) => AB[k] === undefined)).toEqual([]);
	});

	testSplitKinds('ab', NEW_KINDS, {
		page,
		fields: ['errorReport', 'visitCounter', 'voteCard', 'loginBox'],
		allFieldsOf: ['aa', 88],
		alsoIn: [],
	});
});

describe('AB 的四种新版块', () => {
	test('新版块只在各自的版式上', () => {
		for (const [family, layout] of NEW_KINDS)
			for (const other of ['portal', 'wechat', 'reprint', 'epaper'] as const)
				if (other !== layout) expect(pagesWith('ab', other, hasFamily(family))).toEqual([]);
	});

	test('网站纠错框在正文之后，不印日子', () => {
		const pages = pagesWith('ab', 'portal', hasFamily('error-report'));
		expect(pages.length).toBeGreaterThan(0);
		for (const p of pages) {
			expect(allAfterBody(p, 'error-report')).toBe(true);
			expect(linesOfFamily(p, 'error-report').flatMap(isoDates)).toEqual([]);
		}
	});

	test('访问统计在正文之后', () => {
		const pages = pagesWith('ab', 'portal', hasFamily('visit-counter'));
		expect(pages.length).toBeGreaterThan(0);
		for (const p of pages) expect(allAfterBody(p, 'visit-counter')).toBe(true);
	});

	test('投票卡在正文之后，印出年份时截止日子晚于文章', () => {
		const pages = pagesWith('ab', 'wechat', hasFamily('vote-card'));
		let dated = 0;
		for (const p of pages) {
			expect(allAfterBody(p, 'vote-card')).toBe(true);
			const dates = linesOfFamily(p, 'vote-card').flatMap(isoDates);
			dated += dates.length;
			for (const d of dates) expect(d > p.articles[0]!.date).toBe(true);
		}
		expect(dated).toBeGreaterThan(0);
	});

	test('数字报登录框在第一篇稿子之前，不印日子', () => {
		const pages = pagesWith('ab', 'epaper', hasFamily('login-box'));
		for (const p of pages) {
			const [first] = bodySpan(p);
			for (const at of familyLines(p, 'login-box')) expect(at).toBeLessThan(first);
			expect(linesOfFamily(p, 'login-box').flatMap(isoDates)).toEqual([]);
		}
	});
});

describe('webSourceArticles 给 AB 的文章', () => {
	test('AB 取 Q 的每隔一篇（每个第 1 篇），Q 只剩一半', async () => {
		const ids = await splitIdsOfCorpus('ab', 128);
		expect(ids('a')).toEqual(['ab-0', 'ab-32', 'ab-64', 'ab-96']);
		expect(ids('q')).toEqual(['ab-16', 'ab-80']);
		expect(ids('ab')).toEqual(['ab-48', 'ab-112']);
		expectSplitsDisjoint(ids);
	});
});
