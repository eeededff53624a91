import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	furnitureForSplit,
	readWebFurniture,
	WEB_SPLITS,
	type WebSplit,
} from './web-pages-furniture.ts';
import { buildWebPages, webSourceArticles } from './web-pages-eval.ts';
import { generateWebPage, WEB_LAYOUTS, type PageRequest, type SourceArticle } from './web-pages.ts';

// Short articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 't-1',
		title: '县政务服务中心开设企业开办专区',
		headlineLines: ['优化营商环境', '县政务服务中心开设企业开办专区', '一个工作日内办结'],
		date: '2024-03-05',
		source: '测试日报',
		text: '为方便企业办事，县政务服务中心近日开设企业开办专区。\n申请人材料齐全的，工作人员在一个工作日内完成登记。\n下一步，该县将把更多事项纳入专区集中办理。',
	},
	{
		id: 't-2',
		title: '村级卫生室实现医保结算全覆盖',
		headlineLines: ['村级卫生室实现医保结算全覆盖'],
		date: '2024-03-05',
		source: '测试日报',
		text: '截至今年2月底，全县一百二十个村级卫生室全部接入医保结算系统。\n群众在家门口看病即可直接报销，不再往返乡镇垫付。',
	},
	{
		id: 't-3',
		title: '社区食堂为老人提供助餐服务',
		headlineLines: ['社区食堂为老人提供助餐服务'],
		date: '2024-03-05',
		source: '测试日报',
		text: '街道在五个社区建成老年食堂，每餐价格不超过十元。\n八十岁以上老人还可享受每餐两元补贴。',
	},
];

const furniture = readWebFurniture();

function request(split: WebSplit, seed: number, layout = WEB_LAYOUTS[seed % 4]!): PageRequest {
	return {
		key: `p${seed}`,
		layout,
		articles: layout === 'epaper' ? ARTICLES : [ARTICLES[seed % 3]!],
		seed,
		furniture: furnitureForSplit(furniture, split),
		otherTitles: ['另一篇文章的标题', '又一篇文章的标题'],
		otherDates: ['2023-12-01', '2024-01-15'],
	};
}

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

/** True when some run of consecutive `lines` joins to `text`, spaces aside. */
function runOfLines(lines: string[], text: string): boolean {
	const want = text.replace(/\s/gu, '');
	return lines.some((_, i) => {
		let got = '';
		for (const line of lines.slice(i)) {
			got += line.replace(/\s/gu, '');
			if (got === want) return true;
			if (line === '' || !want.startsWith(got)) return false;
		}
		return false;
	});
}

describe('generateWebPage', () => {
	test('同一种子生成同一页面', () => {
		expect(generateWebPage(request('a', 7))).toEqual(generateWebPage(request('a', 7)));
		expect(generateWebPage(request('a', 7)).text).not.toBe(
			generateWebPage(request('a', 8, WEB_LAYOUTS[3])).text,
		);
	});

	test.each(SEEDS.flatMap((seed) => WEB_SPLITS.map((sp) => [seed, sp] as const)))(
		'种子 %i、划分 %s：页面含真值的标题、正文、日期来源与家具行',
		(seed, split) => {
			const page = generateWebPage(request(split, seed));
			const lines = page.text.split(/\r?\n/u).map((l) => l.trim());
			// A prompt run into the last paragraph shares its line: the paragraph is the line without it.
			const runIn = page.furniture.filter((f) => f.family === 'follow-run-in').map((f) => f.line);
			const bare = lines.map((l) =>
				runIn.reduce((x, r) => (x.endsWith(r) ? x.slice(0, -r.length) : x), l),
			);
			for (const a of page.articles) {
				// On one line, or on consecutive lines (a headline broken in two, a hard-wrapped paragraph).
				expect(runOfLines(lines, a.title)).toBe(true);
				for (const p of a.body.split('\n')) expect(runOfLines(bare, p)).toBe(true);
				expect(page.text).toContain(a.source);
			}
			for (const f of page.furniture)
				if (f.family === 'follow-run-in') expect(lines.some((l) => l.endsWith(f.line))).toBe(true);
				else expect(lines).toContain(f.line);
			// A 信息公开目录 line above the headline may be the only line that dates a page.
			const dated = page.furniture.filter(
				(f) => f.family === 'meta' || f.family === 'epaper-header' || f.family === 'catalog-line',
			);
			expect(dated.length).toBeGreaterThan(0);
			// Digits, or a date in Chinese numerals (二〇二四年五月一日).
			expect(dated.some((f) => /\d|[０-９]|[〇一二三四五六七八九]年/u.test(f.line))).toBe(true);
		},
	);

	test('电子版页面的文章同一日期、同一来源', () => {
		const page = generateWebPage(request('a', 3, 'epaper'));
		expect(page.articles).toHaveLength(3);
		expect(new Set(page.articles.map((a) => `${a.date} ${a.source}`)).size).toBe(1);
	});

	test.each(WEB_SPLITS)('%s 划分的页面不含其他划分独有的家具行', (split) => {
		// Lines without a placeholder: the same line in another split's variant is another split's wording.
		const linesOf = (sp: WebSplit) =>
			furniture.families
				.flatMap((f) => f[sp])
				.flatMap((v) => v.split('\n').map((l) => l.trim()))
				.filter((l) => !/\{/u.test(l));
		const own = new Set(linesOf(split));
		const others = WEB_SPLITS.filter((sp) => sp !== split)
			.flatMap(linesOf)
			.filter((l) => !own.has(l));
		expect(others.length).toBeGreaterThan(10);
		for (const seed of SEEDS) {
			const lines = generateWebPage(request(split, seed)).furniture.map((f) => f.line);
			for (const line of others) expect(lines).not.toContain(line);
		}
	});

	test('C 起每个划分的文件名各自成一套：不与 A 及它之前的任何划分重名', () => {
		const names = (split: WebSplit) =>
			new Set(SEEDS.map((seed) => generateWebPage(request(split, seed)).fileName));
		const earlier = new Set(names('a'));
		for (const split of WEB_SPLITS.filter((sp) => sp !== 'a' && sp !== 'b')) {
			const own = names(split);
			for (const name of own) expect(earlier, `${split}: ${name}`).not.toContain(name);
			for (const name of own) earlier.add(name);
		}
	});

	test('E、F、G 划分有的页面把日期与来源印在正文之后，A–D 划分从不如此', () => {
		/** True when the page's meta line comes after the last line of its body. */
		const metaBelow = (split: WebSplit, seed: number) => {
			const page = generateWebPage(request(split, seed, 'portal'));
			const lines = page.text.split(/\r?\n/u).map((l) => l.trim());
			const last = page.articles[0]!.body.split('\n').at(-1)!;
			const meta = page.furniture.find((f) => f.family === 'meta')!.line;
			return lines.indexOf(meta) > lines.indexOf(last);
		};
		for (const split of ['e', 'f', 'g'] as const)
			expect(SEEDS.filter((seed) => metaBelow(split, seed)).length).toBeGreaterThan(0);
		for (const split of ['a', 'b', 'c', 'd'] as const)
			expect(SEEDS.filter((seed) => metaBelow(split, seed))).toEqual([]);
	});

	test('F 划分有的页面把标题前的家具行连成一长行，A–E 划分从不如此', () => {
		const flattened = (split: WebSplit) =>
			SEEDS.map((seed) => generateWebPage(request(split, seed, 'portal'))).filter((page) =>
				page.furniture.some((f) => f.family === 'top-line'),
			);
		const pages = flattened('f');
		expect(pages.length).toBeGreaterThan(0);
		const top = ['page-title', 'site-header', 'toolbar', 'nav', 'search', 'breadcrumb'];
		for (const page of pages) {
			// The page opens with the one long line that holds what the families above the headline
			// would have put on several; none of their lines is left on its own.
			const joined = page.furniture.find((f) => f.family === 'top-line')!.line;
			expect(page.text.split(/\r?\n/u)[0]).toBe(joined);
			expect(joined.length).toBeGreaterThan(20);
			expect(page.furniture.filter((f) => top.includes(f.family))).toEqual([]);
		}
		for (const split of ['a', 'b', 'c', 'd', 'e'] as const) expect(flattened(split)).toEqual([]);
	});

	test('D 划分的电子版日期可用汉字数字书写，农历与日期相符', () => {
		const pages = SEEDS.map((seed) => generateWebPage(request('d', seed, 'epaper')));
		const header = pages.flatMap((p) => p.furniture.filter((f) => f.family === 'epaper-header'));
		expect(header.some((f) => f.line.includes('二〇二四年三月五日'))).toBe(true);
		// 2024-03-05 is the 25th day of the first lunar month of 甲辰.
		for (const f of header.filter((h) => h.line.includes('农历')))
			expect(f.line).toContain('农历甲辰年正月廿五');
	});
});

describe('readWebFurniture', () => {
	test('a、b 两组相交时报错并指明文件', () => {
		const dir = mkdtempSync(join(tmpdir(), 'web-furniture-'));
		const path = join(dir, 'bad.json');
		const pool = {
			a: ['x'],
			b: ['y'],
			c: ['z'],
			d: ['w'],
			e: ['v'],
			f: ['u'],
			g: ['t'],
			h: ['s'],
			i: ['r'],
			j: ['q'],
			k: ['p'],
			l: ['o'],
			m: ['n'],
			n: ['m'],
			o: ['l'],
			p: ['kk'],
			q: ['Q页 松阳'],
			r: ['R组 庚县 档案馆'],
			s: ['S郓城县甲'],
			t: ['T组 某旗'],
			u: ['U组 某盟'],
			v: ['V组 专用1'],
			w: ['W组 专用1'],
			x: ['X组 专用1'],
			y: ['Y组 专用1'],
			z: ['Z组 专用1'],
			aa: ['AA组 专用1'],
			ab: ['AB组 专用1'],
		};
		writeFileSync(
			path,
			JSON.stringify({
				pools: { place: pool },
				families: [
					{
						id: 'nav',
						zone: 'top',
						a: ['首页'],
						b: ['首页'],
						c: ['主页'],
						d: ['回到首页'],
						e: ['本站首页'],
						f: ['首页入口'],
						g: ['首页导航'],
						h: ['首页链接'],
						i: ['首页按钮'],
						j: ['首页图标'],
						k: ['首页标志'],
						l: ['首页徽标'],
						m: ['首页标识'],
						n: ['首页标牌'],
						o: ['O组导航 首页 专题专栏 互动'],
						p: ['P组导航 网站地图'],
						q: ['Q页 松阳'],
						r: ['R组 庚县 档案馆'],
						s: ['S郓城县甲'],
						t: ['T组 首页入口栏'],
						u: ['U组 首页导航'],
						v: ['V组 专用2'],
						w: ['W组 专用2'],
						x: ['X组 专用2'],
						y: ['Y组 专用2'],
						z: ['Z组 专用2'],
						aa: ['AA组 专用2'],
						ab: ['AB组 专用2'],
					},
				],
			}),
		);
		expect(() => readWebFurniture(path)).toThrow(/bad\.json[\s\S]*disjoint/u);
	});

	/** What split o's footer holds when a test names no other string for it. */
	const FOOTER_O = 'O组页脚 本站由县信息中心维护';

	/** What split p's footer holds when a test names no other string for it. */
	const FOOTER_P = 'P组页脚 网站由县大数据中心运维';

	/** What split q's footer holds when a test names no other string for it. */
	const FOOTER_Q = 'Q栏 松阳县人民政府办公室主办';

	/** What split r's footer holds when a test names no other string for it. */
	const FOOTER_R = 'R组页脚 本站由县档案馆协办';

	/** What split s's footer holds when a test names no other string for it. */
	const FOOTER_S = 'S伊吾县页脚 乙';

	/** What split t's footer holds when a test names no other string for it. */
	const FOOTER_T = 'T组页脚 丙';

	/** What split u's footer holds when a test names no other string for it. */
	const FOOTER_U = 'U组 某盟 文史馆';

	/** What split v's footer holds when a test names no other string for it. */
	const FOOTER_V = 'V组 界碑';

	/** What split w's footer holds when a test names no other string for it. */
	const FOOTER_W = 'W组 界碑';

	/** What split x's footer holds when a test names no other string for it. */
	const FOOTER_X = 'X组 界碑';

	/** What split y's footer holds when a test names no other string for it. */
	const FOOTER_Y = 'Y组 界碑';

	/** What split z's footer holds when a test names no other string for it. */
	const FOOTER_Z = 'Z组 界碑';

	/** What split aa's footer holds when a test names no other string for it. */
	const FOOTER_AA = 'AA组 界碑';

	/** A furniture file whose footer family gives splits c–ab the strings named. */
	const leakFile = (
		name: string,
		footerC: string,
		footerD: string,
		footerE = '网站声明',
		footerF = '站点导航',
		footerG = '主办单位',
		footerH = '网站纠错',
		footerI = '适老化服务',
		footerJ = '网站无障碍',
		footerK = '长者模式',
		footerL = '关怀版',
		footerM = '繁体版',
		footerN = '简体版',
		footerO = FOOTER_O,
		footerP = FOOTER_P,
		footerQ = FOOTER_Q,
		footerR = FOOTER_R,
		footerS = FOOTER_S,
		footerT = FOOTER_T,
		footerU = FOOTER_U,
		footerV = FOOTER_V,
		footerW = FOOTER_W,
		footerX = FOOTER_X,
		footerY = FOOTER_Y,
		footerZ = FOOTER_Z,
		footerAA = FOOTER_AA,
		footerAB = 'AB组 界碑',
	): string => {
		const path = join(mkdtempSync(join(tmpdir(), 'web-furniture-')), name);
		writeFileSync(
			path,
			JSON.stringify({
				pools: {
					place: {
						a: ['甲县'],
						b: ['乙县'],
						c: ['丙县'],
						d: ['丁县'],
						e: ['戊县'],
						f: ['己县'],
						g: ['庚县'],
						h: ['辛县'],
						i: ['壬县'],
						j: ['癸县'],
						k: ['子县'],
						l: ['丑县'],
						m: ['寅县'],
						n: ['卯县', '岚皋县'],
						o: ['O组导航 首页 专题专栏 互动'],
						p: ['P组地名'],
						q: ['Q页 松阳'],
						r: ['R组 庚县 档案馆'],
						s: ['S郓城县甲'],
						t: ['T组 某旗 档案室'],
						u: ['U组 某盟 苏木'],
						v: ['V组 专用3'],
						w: ['W组 专用3'],
						x: ['X组 专用3'],
						y: ['Y组 专用3'],
						z: ['Z组 专用3'],
						aa: ['AA组 专用3'],
						ab: ['AB组 专用3'],
					},
				},
				families: [
					{
						id: 'nav',
						zone: 'top',
						a: ['首页'],
						b: ['主页'],
						c: ['网站首页'],
						d: ['返回首页'],
						e: ['本站首页'],
						f: ['首页入口'],
						g: ['首页导航'],
						h: ['首页链接'],
						i: ['首页按钮'],
						j: ['首页图标'],
						k: ['首页标志'],
						l: ['首页徽标'],
						m: ['首页标识'],
						n: ['首页标牌'],
						o: ['O组导航 首页 专题专栏 互动'],
						p: ['P组导航 网站地图'],
						q: ['Q页 松阳'],
						r: ['R组 庚县 档案馆'],
						s: ['S郓城县甲'],
						t: ['T组 某旗 档案室'],
						u: ['U组 首页导航 苏木'],
						v: ['V组 专用4'],
						w: ['W组 专用4'],
						x: ['X组 专用4'],
						y: ['Y组 专用4'],
						z: ['Z组 专用4'],
						aa: ['AA组 专用4'],
						ab: ['AB组 专用4'],
					},
					{
						id: 'footer',
						zone: 'bottom',
						a: ['版权所有'],
						b: ['联系我们'],
						c: [footerC],
						d: [footerD],
						e: [footerE],
						f: [footerF],
						g: [footerG],
						h: [footerH],
						i: [footerI],
						j: [footerJ],
						k: [footerK],
						l: [footerL],
						m: [footerM],
						n: [footerN],
						o: [footerO],
						p: [footerP],
						q: [footerQ],
						r: [footerR],
						s: [footerS],
						t: [footerT],
						u: [footerU],
						v: [footerV],
						w: [footerW],
						x: [footerX],
						y: [footerY],
						z: [footerZ],
						aa: [footerAA],
						ab: [footerAB],
					},
				],
			}),
		);
		return path;
	};

	test('c 组与任何 a、b 组共用一串时报错并指明该串', () => {
		const path = leakFile('leak.json', '甲县', '网站地图');
		expect(() => readWebFurniture(path)).toThrow(/leak\.json[\s\S]*split c[\s\S]*甲县/u);
	});

	// Each later split against every split before it: the leaked string is that split's county (o's
	// footer for o), and the later split's footer holds it after the clean footers of the splits in between.
	const counties: Record<string, string> = {
		a: '甲县',
		b: '乙县',
		c: '丙县',
		d: '丁县',
		e: '戊县',
		f: '己县',
		g: '庚县',
		h: '辛县',
		i: '壬县',
		j: '癸县',
		k: '子县',
		l: '丑县',
		m: '寅县',
		n: '岚皋县',
		o: FOOTER_O,
		p: FOOTER_P,
		q: FOOTER_Q,
		r: FOOTER_R,
		s: FOOTER_S,
		t: FOOTER_T,
		u: FOOTER_U,
		v: FOOTER_V,
		w: FOOTER_W,
		x: FOOTER_X,
		y: FOOTER_Y,
		z: FOOTER_Z,
		aa: FOOTER_AA,
	};
	const cleanFooters = [
		'关于本站',
		'隐私声明',
		'网站声明',
		'站点导航',
		'主办单位',
		'网站纠错',
		'适老化服务',
		'网站无障碍',
		'长者模式',
		'关怀版',
		'繁体版',
		'O组备用页脚 主办单位 县政府办公室',
		FOOTER_O,
		FOOTER_P,
		FOOTER_Q,
		FOOTER_R,
		FOOTER_S,
		FOOTER_T,
		FOOTER_U,
		FOOTER_V,
		FOOTER_W,
		FOOTER_X,
		FOOTER_Y,
		FOOTER_Z,
		FOOTER_AA,
	];
	const laterSplits = [
		'd',
		'e',
		'f',
		'g',
		'h',
		'i',
		'j',
		'k',
		'l',
		'm',
		'n',
		'o',
		'p',
		'q',
		'r',
		's',
		't',
		'u',
		'v',
		'w',
		'x',
		'y',
		'z',
		'aa',
		'ab',
	];
	test.each(
		laterSplits.flatMap((split, k) =>
			Object.keys(counties)
				.slice(0, k + 3)
				.map((earlier) => [split, earlier, k] as const),
		),
	)('%s 组与任何 %s 组共用一串时报错并指明该串', (split, earlier, k) => {
		const leaked = counties[earlier] ?? '';
		const footers = [...cleanFooters.slice(0, k + 1), leaked];
		const path = leakFile(`leak-${split}.json`, ...(footers as [string, string, ...string[]]));
		expect(() => readWebFurniture(path)).toThrow(
			new RegExp(`leak-${split}\\.json[\\s\\S]*split ${split}[\\s\\S]*${leaked}`, 'u'),
		);
	});

	test('仓库里的家具文件：c 组不与任何 a、b 组共用一串', () => {
		const ab = new Set(
			[...Object.values(furniture.pools), ...furniture.families].flatMap((l) => [...l.a, ...l.b]),
		);
		const c = [...Object.values(furniture.pools), ...furniture.families].flatMap((l) => l.c);
		expect(c.length).toBeGreaterThan(100);
		expect(c.filter((v) => ab.has(v))).toEqual([]);
	});

	test('仓库里的家具文件：d 组不与任何 a、b、c 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const abc = new Set(lists.flatMap((l) => [...l.a, ...l.b, ...l.c]));
		const d = lists.flatMap((l) => l.d);
		expect(d.length).toBeGreaterThan(150);
		expect(d.filter((v) => abc.has(v))).toEqual([]);
		for (const l of lists) expect(l.d.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：e 组不与任何 a–d 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(lists.flatMap((l) => [...l.a, ...l.b, ...l.c, ...l.d]));
		const e = lists.flatMap((l) => l.e);
		expect(e.length).toBeGreaterThan(150);
		expect(e.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.e.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：f 组不与任何 a–e 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(lists.flatMap((l) => [...l.a, ...l.b, ...l.c, ...l.d, ...l.e]));
		const f = lists.flatMap((l) => l.f);
		expect(f.length).toBeGreaterThan(150);
		expect(f.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.f.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：g 组不与任何 a–f 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(lists.flatMap((l) => [...l.a, ...l.b, ...l.c, ...l.d, ...l.e, ...l.f]));
		const g = lists.flatMap((l) => l.g);
		expect(g.length).toBeGreaterThan(150);
		expect(g.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.g.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：h 组不与任何 a–g 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) => [...l.a, ...l.b, ...l.c, ...l.d, ...l.e, ...l.f, ...l.g]),
		);
		const h = lists.flatMap((l) => l.h);
		expect(h.length).toBeGreaterThan(150);
		expect(h.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.h.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：i 组不与任何 a–h 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) => [...l.a, ...l.b, ...l.c, ...l.d, ...l.e, ...l.f, ...l.g, ...l.h]),
		);
		const i = lists.flatMap((l) => l.i);
		expect(i.length).toBeGreaterThan(150);
		expect(i.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.i.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：j 组不与任何 a–i 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) => [
				...l.a,
				...l.b,
				...l.c,
				...l.d,
				...l.e,
				...l.f,
				...l.g,
				...l.h,
				...l.i,
			]),
		);
		const j = lists.flatMap((l) => l.j);
		expect(j.length).toBeGreaterThan(150);
		expect(j.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.j.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：k 组不与任何 a–j 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) => WEB_SPLITS.filter((sp) => sp !== 'k').flatMap((sp) => l[sp])),
		);
		const k = lists.flatMap((l) => l.k);
		expect(k.length).toBeGreaterThan(150);
		expect(k.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.k.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：l 组不与任何 a–k 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) =>
				WEB_SPLITS.filter((sp) => !['l', 'm', 'n', 'o'].includes(sp)).flatMap((sp) => l[sp]),
			),
		);
		const l = lists.flatMap((list) => list.l);
		expect(l.length).toBeGreaterThan(150);
		expect(l.filter((v) => earlier.has(v))).toEqual([]);
		for (const list of lists) expect(list.l.length).toBeGreaterThanOrEqual(list.a.length);
	});

	test('仓库里的家具文件：m 组不与任何 a–l 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) =>
				WEB_SPLITS.filter((sp) => !['m', 'n', 'o'].includes(sp)).flatMap((sp) => l[sp]),
			),
		);
		const m = lists.flatMap((l) => l.m);
		expect(m.length).toBeGreaterThan(150);
		expect(m.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.m.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：n 组不与任何 a–m 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) =>
				WEB_SPLITS.filter((sp) => sp !== 'n' && sp !== 'o').flatMap((sp) => l[sp]),
			),
		);
		const n = lists.flatMap((l) => l.n);
		expect(n.length).toBeGreaterThan(150);
		expect(n.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.n.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('仓库里的家具文件：o 组不与任何 a–n 组共用一串，且每族不少于 a 组', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) => WEB_SPLITS.filter((sp) => sp !== 'o').flatMap((sp) => l[sp])),
		);
		const held = lists.flatMap((l) => l.o);
		expect(held.length).toBeGreaterThan(150);
		expect(held.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.o.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test('留出的清单：p 不与 a–o 共用字符串，每份不短于 a', () => {
		const lists = [...Object.values(furniture.pools), ...furniture.families];
		const earlier = new Set(
			lists.flatMap((l) => WEB_SPLITS.filter((sp) => sp !== 'p').flatMap((sp) => l[sp])),
		);
		const held = lists.flatMap((l) => l.p);
		expect(held.length).toBeGreaterThan(150);
		expect(held.filter((v) => earlier.has(v))).toEqual([]);
		for (const l of lists) expect(l.p.length).toBeGreaterThanOrEqual(l.a.length);
	});

	test.each(['q', 'r', 's', 't', 'u', 'v'] as const)(
		'%s 的列表与其他划分的都不同，每个都不短于 a',
		(split) => {
			const lists = [...Object.values(furniture.pools), ...furniture.families];
			const earlier = new Set(
				lists.flatMap((l) => WEB_SPLITS.filter((sp) => sp !== split).flatMap((sp) => l[sp])),
			);
			const held = lists.flatMap((l) => l[split]);
			expect(held.length).toBeGreaterThan(150);
			expect(held.filter((v) => earlier.has(v))).toEqual([]);
			for (const l of lists) expect(l[split].length).toBeGreaterThanOrEqual(l.a.length);
		},
	);
});

describe('buildWebPages', () => {
	test('同一种子抽出同样的页面与文章，A、B 两组家具不同', () => {
		const pool = [
			...ARTICLES,
			...ARTICLES.map((a) => ({ ...a, id: `${a.id}-x`, date: '2024-04-01' })),
		];
		// Each split draws the same pages from the same seed, keyed by its letter, and dresses them
		// in its own furniture: no page of one split equals a page of the split before it.
		let previous: ReturnType<typeof buildWebPages> | undefined;
		for (const split of WEB_SPLITS) {
			const pages = buildWebPages(pool, furniture, split, 6, 11);
			expect(buildWebPages(pool, furniture, split, 6, 11)).toEqual(pages);
			expect(pages.map((p) => p.key)).toEqual([0, 1, 2, 3, 4, 5].map((n) => `${split}000${n}`));
			for (const p of pages) expect(previous?.map((b) => b.text) ?? []).not.toContain(p.text);
			previous = pages;
		}
	});
});

describe('webSourceArticles', () => {
	test('按在文件中的位置分配：每八篇的第 1 篇轮流给 A、H、Q、H，第 2 篇 B、O、R、O，第 3 篇 F、L，第 4 篇 C、M、S、M，第 5 篇 E、J，第 6 篇 I、P，第 7 篇 D、K，第 8 篇 G、N', async () => {
		const items = Array.from({ length: 20 }, (_, i) => ({
			id: `w-${i}`,
			title: `第${i}篇测试文章的标题`,
			date: '2024-03-05',
			source: '测试日报',
			text: `${'县里推进政务服务改革，'.repeat(10)}第${i}段。\n${'群众办事更加便利。'.repeat(10)}`,
		}));
		const dir = mkdtempSync(join(tmpdir(), 'web-corpus-'));
		const path = join(dir, 'corpus.jsonl.gz');
		writeFileSync(path, gzipSync(items.map((x) => JSON.stringify(x)).join('\n')));
		const pools = await webSourceArticles(path);
		const ids = (sp: WebSplit) => pools[sp].map((a) => a.id);
		expect(ids('a')).toEqual(['w-0']);
		expect(ids('h')).toEqual(['w-8']);
		// The 19th is the third group's 3rd (f again) and the 20th its 4th, s's first.
		expect(ids('f')).toEqual(['w-2', 'w-18']);
		expect(ids('s')).toEqual(['w-19']);
		expect(ids('l')).toEqual(['w-10']);
		expect(ids('b')).toEqual(['w-1']);
		expect(ids('o')).toEqual(['w-9']);
		expect(ids('i')).toEqual(['w-5']);
		expect(ids('p')).toEqual(['w-13']);
		expect(ids('q')).toEqual(['w-16']);
		expect(ids('r')).toEqual(['w-17']);
		expect(ids('c')).toEqual(['w-3']);
		expect(ids('m')).toEqual(['w-11']);
		expect(ids('g')).toEqual(['w-7']);
		expect(ids('n')).toEqual(['w-15']);
		expect(ids('d')).toEqual(['w-6']);
		expect(ids('k')).toEqual(['w-14']);
		expect(ids('e')).toEqual(['w-4']);
		expect(ids('j')).toEqual(['w-12']);
		const all = WEB_SPLITS.flatMap(ids);
		expect(new Set(all).size).toBe(all.length);
	});
});
