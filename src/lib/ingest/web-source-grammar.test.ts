import { describe, expect, test } from 'vitest';
import { withoutEditionWord } from './masthead.ts';
import { isNestedBodyName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// Where a page names its source by the grammar of its head: a writer's key over a body's or an
// outlet's name, a posting stamp that prints the time and then the publisher after a bar, an
// e-paper's masthead that prints its name, issue and page between bars; a body inside another
// body, whose name runs longer than one body's; a post's credit for its material.

const HEAD = ['某某市人民政府网', '首页 > 部门动态'];
const TITLE = '某某市召开春季森林防火工作推进会';

describe('作者字段写的是单位或媒体', () => {
	test('“作者：某某局”是来源，“作者：王某”不是', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			'发布日期：2022-06-01　　作者：某某市生态环境局　　浏览次数：88',
			...LEAD,
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2022-06-01', source: '某某市生态环境局' });
		const [b] = itemsOf([...HEAD, TITLE, '作者：某某晚报　时间：2021.3.9', ...LEAD]);
		expect(b).toMatchObject({ date: '2021-03-09', source: '某某晚报' });
		expect(readPageMetaLine('作者：王某某　发布日期：2022-06-01')?.source).toBeUndefined();
	});

	test('作者栏里的单位让位于文末注明的媒体来源', () => {
		const body = LEAD.flatMap((p) => [p, '']);
		const [a] = itemsOf([TITLE, '作者：某某县民政局', '', ...body, '来源丨某某日报', '责编丨王某']);
		expect(a).toMatchObject({ source: '某某日报' });
	});

	test('同一行的“来源：”胜过作者栏里的单位', () => {
		expect(
			readPageMetaLine('作者：某某市生态环境局　来源：某某日报　日期：2022-06-01')?.source,
		).toBe('某某日报');
	});
});

describe('时间在前、竖线后是发布单位', () => {
	test('“日期｜单位”不是浏览器标题，单位是来源', () => {
		const [a] = itemsOf([...HEAD, TITLE, '2021年03月09日 10时20分｜某某县文化和旅游局', ...LEAD]);
		expect(a).toMatchObject({ title: TITLE, date: '2021-03-09', source: '某某县文化和旅游局' });
	});
});

describe('电子报刊头：报名、日期、版次用竖线隔开', () => {
	test('带“电子版”的刊头连着版次，仍是电子报自己的日期和来源，胜过电讯头', () => {
		const [a] = itemsOf([
			'某某晚报电子版　2023年05月06日　第03版',
			'上一版　下一版',
			'',
			TITLE,
			'新华社北京5月5日电 某某市召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
			LEAD[1]!,
		]);
		expect(a).toMatchObject({ date: '2023-05-06', source: '某某晚报' });
	});

	test('报名带“电子版”也不是浏览器标题，来源是报名', () => {
		const [a] = itemsOf([
			'某某晚报电子版｜2023年05月06日｜A03版',
			'上一版　下一版',
			'',
			TITLE,
			...LEAD,
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2023-05-06', source: '某某晚报' });
		// A mobile paper's own name keeps its word; only a digital edition's word after it goes.
		expect(withoutEditionWord('某某县手机报')).toBe('某某县手机报');
		expect(withoutEditionWord('某某晚报数字报')).toBe('某某晚报');
	});

	test('报名和隔开的版本词单独一行、日期在下一行：来源仍是报名', () => {
		for (const masthead of ['某某晚报 ｜ 电子版', '某某晚报丨数字报']) {
			const [a] = itemsOf([masthead, '2023年5月6日 星期六', 'A03版：要闻', TITLE, ...LEAD]);
			expect(a).toMatchObject({ title: TITLE, date: '2023-05-06', source: '某某晚报' });
		}
	});
});

describe('机构内设机构的长名称', () => {
	test('上级机构名加内设机构名，在字段里是来源', () => {
		const [a] = itemsOf([
			...HEAD,
			TITLE,
			'作者：某某蒙古族自治州人力资源和社会保障局劳动保障监察支队　发布日期：2022-06-01',
			...LEAD,
		]);
		expect(a).toMatchObject({
			date: '2022-06-01',
			source: '某某蒙古族自治州人力资源和社会保障局劳动保障监察支队',
		});
		expect(
			readPageMetaLine('2022年06月01日 09:30｜中共某某土家族苗族自治县委机构编制委员会办公室'),
		).toMatchObject({
			date: '2022-06-01',
			source: '中共某某土家族苗族自治县委机构编制委员会办公室',
		});
	});

	test('上级机构名加科、股、处，在日期旁是来源', () => {
		expect(readPageMetaLine('某某市委组织部干部一科 · 2022-06-01 · 浏览 56')).toMatchObject({
			date: '2022-06-01',
			source: '某某市委组织部干部一科',
		});
		expect(readPageMetaLine('2022-06-01｜某某县财政局综合股')?.source).toBe('某某县财政局综合股');
		expect(isNestedBodyName('某某省教育厅高等教育处')).toBe(true);
		expect(isNestedBodyName('某某省教育厅')).toBe(false);
	});

	test('一句话不因以机构名结尾而成为来源', () => {
		expect(isNestedBodyName('某某县人民政府与某某大学签约共建乡村振兴研究院')).toBe(false);
		expect(isNestedBodyName('某某哈萨克自治州市场监督管理局某某自治县分局')).toBe(true);
	});

	test('公众号名是长名称的内设机构，在时间行之上', () => {
		const [a] = itemsOf([
			TITLE,
			'某某哈萨克自治州市场监督管理局某某自治县分局',
			'2023-06-14 18:33',
			'',
			...LEAD,
		]);
		expect(a).toMatchObject({
			date: '2023-06-14',
			source: '某某哈萨克自治州市场监督管理局某某自治县分局',
		});
	});
});

describe('信息公开记录行：文号、发布单位、时间用竖线隔开', () => {
	test('以“号”结尾的文号不算名称，后面的单位是来源', () => {
		expect(readPageMetaLine('〔2021〕33号｜某某县财政局｜发布日期：2021-04-02')).toMatchObject({
			date: '2021-04-02',
			source: '某某县财政局',
		});
	});
});

describe('位置栏末尾的发布单位和日期', () => {
	test('路径之后“单位 · 日期”是页面的来源和日期', () => {
		const [a] = itemsOf([
			'某某市人民政府网',
			'您所在的位置：首页 > 政务公开 > 部门动态　某某县审计局 · 2022-08-16',
			TITLE,
			...LEAD,
		]);
		expect(a).toMatchObject({ title: TITLE, date: '2022-08-16', source: '某某县审计局' });
	});
});

describe('文末注明素材来源', () => {
	test('“素材来源：某某日报”胜过只转发的公众号名', () => {
		const body = LEAD.flatMap((p) => [p, '']);
		const [a] = itemsOf([
			TITLE,
			'某某县民政局',
			'2023-06-14 18:33',
			'',
			...body,
			'素材来源：某某日报',
			'编辑：王某',
		]);
		expect(a).toMatchObject({ date: '2023-06-14', source: '某某日报' });
	});
});

describe('微信文章头行：括号里的“原创”、带键的作者', () => {
	test('“【原创】作者：某某 账号 时间”给出账号和时间', () => {
		expect(
			readPageMetaLine('【原创】 作者：李某某 某某县科学技术协会 2023年06月14日 18:33'),
		).toMatchObject({ date: '2023-06-14', source: '某某县科学技术协会' });
		expect(
			readPageMetaLine(
				'【原创】 作者：某某哈萨克自治州市场监督管理局某某自治县分局 2023年06月14日 18:33',
			),
		).toMatchObject({
			date: '2023-06-14',
			source: '某某哈萨克自治州市场监督管理局某某自治县分局',
		});
	});
});

describe('账号名后面只跟阅读数', () => {
	test('“账号 浏览量 N”是字段行，按钮和标题不是', () => {
		expect(readPageMetaLine('某某县科学技术协会　浏览量 2.3万')).toMatchObject({
			kind: 'fields',
			source: '某某县科学技术协会',
		});
		expect(readPageMetaLine('全县春耕进度过半　阅读 1200')).toBeUndefined();
		expect(readPageMetaLine('举报　阅读 1200')).toBeUndefined();
	});
});
