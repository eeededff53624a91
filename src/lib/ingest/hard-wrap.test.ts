import { describe, expect, test } from 'vitest';
import { wrappedRows } from './hard-wrap.ts';
import { textToLines } from './lines.ts';
import { itemsOf } from './web-test-page.ts';

/**
 * `text` cut into rows of `chars` Chinese characters' width (a Latin letter or a figure takes half
 * of one), as a PDF copy keeps its printed lines.
 */
function wrap(text: string, chars: number): string[] {
	const rows: string[] = [];
	let row = '';
	let width = 0;
	for (const ch of text) {
		const w = ch.codePointAt(0)! > 0xff ? 2 : 1;
		if (width + w > 2 * chars) {
			rows.push(row);
			[row, width] = ['', 0];
		}
		row += ch;
		width += w;
	}
	return row === '' ? rows : [...rows, row];
}

const PARAGRAPHS = [
	'某某县融媒体中心讯 6月12日，某某县召开夏季防汛工作部署会，通报近期雨情水情，安排汛期值班值守和隐患排查工作，要求各乡镇各部门压实责任、提前准备。',
	'会议指出，今年入汛以来全县降雨偏多，部分河段水位上涨较快，山洪和地质灾害风险增加，各地要把人民群众生命财产安全放在首位，切实做好防范应对。',
	'会议要求，各乡镇要对水库、堤防、山塘和在建工程开展拉网式排查，发现问题立即整改；应急、水利、气象等部门要加强会商研判，及时发布预警信息。',
];

describe('硬换行的正文', () => {
	test('按版心宽度断开的行接回一段，段首缩进处另起一段', () => {
		const rows = PARAGRAPHS.flatMap((p) => wrap(`\u3000\u3000${p}`, 20));
		const lines = textToLines(rows.join('\n'));
		expect(lines.map((l) => l.text)).toEqual(PARAGRAPHS.map((p) => `\u3000\u3000${p}`));
		expect(lines.map((l) => l.line)).toEqual([
			1,
			1 + wrap(`\u3000\u3000${PARAGRAPHS[0]!}`, 20).length,
			1 + rows.length - wrap(`\u3000\u3000${PARAGRAPHS[2]!}`, 20).length,
		]);
	});

	test('报纸窄栏（每行十五个字）的硬换行也接回一段', () => {
		const rows = PARAGRAPHS.flatMap((p) => [...wrap(`\u3000\u3000${p}`, 15), '']);
		expect(textToLines(rows.join('\n')).map((l) => l.text)).toEqual(
			PARAGRAPHS.map((p) => `\u3000\u3000${p}`),
		);
	});

	test('没有缩进、段间空一行的硬换行', () => {
		const text = PARAGRAPHS.map((p) => wrap(p, 24).join('\n')).join('\n\n');
		expect(textToLines(text).map((l) => l.text)).toEqual(PARAGRAPHS);
	});

	test('与正文同宽的标题不接到正文上', () => {
		const title = '某某县召开夏季防汛工作部署会压实各方责任';
		const rows = [title, ...PARAGRAPHS.flatMap((p) => wrap(p, 20))];
		expect(wrappedRows(rows).has(1)).toBe(false);
	});

	test('恰好写满一行、以句号收尾的末行下紧跟的短标签（下一篇：）不接进正文', () => {
		// The last paragraph's last row closes its sentence at the full width.
		const last = '会议要求，各乡镇要对水库、堤防、山塘和在建工程开展拉网式排查，发现问题立即整改。';
		const rows = [
			...PARAGRAPHS.slice(0, 2).flatMap((p) => [...wrap(p, 20), '']),
			...wrap(last, 20),
			'上一条：',
			'某某镇开展防汛应急演练',
			...wrap(last, 20),
			'相关文件：《某某县防汛应急预案》',
			'',
		];
		expect(wrap(last, 20).at(-1)!.length).toBe(20);
		const lines = textToLines(rows.join('\n')).map((l) => l.text);
		expect(lines).toContain(last);
		expect(lines).toContain('上一条：');
		expect(lines).toContain('相关文件：《某某县防汛应急预案》');
	});

	test('短稿的硬换行：比版心宽的标题栏、字段行和转载声明不妨碍认出版心', () => {
		const rows = [
			'某某县召开夏季防汛工作部署会_某某县融媒体中心官方网站',
			'来源：某某县融媒体中心  发布时间：2023-06-12 10:20  【打印】【关闭】',
			'',
			...wrap(`\u3000\u3000${PARAGRAPHS[0]!}`, 20),
			'',
			...wrap(`\u3000\u3000${PARAGRAPHS[1]!.slice(0, 40)}。`, 20),
			'本文转载自某某县融媒体中心，版权归原作者所有，如有侵权请联系删除。',
			'上一篇 ➤ 某某镇开展防汛应急演练 部署汛期值班值守工作',
		];
		const lines = textToLines(rows.join('\n')).map((l) => l.text);
		expect(lines).toContain(`\u3000\u3000${PARAGRAPHS[0]!}`);
		expect(lines).toContain(`\u3000\u3000${PARAGRAPHS[1]!.slice(0, 40)}。`);
	});

	test('一段一行、长度相近的几段不是硬换行', () => {
		const rows = PARAGRAPHS.map((p) => `\u3000\u3000${p.slice(0, 59)}。`);
		expect(wrappedRows([...rows, ...rows]).size).toBe(0);
	});

	test('硬换行的网页：标题和整篇正文都取到', () => {
		const lines = [
			'首页 | 政务公开 | 新闻中心 | 互动交流',
			'当前位置：首页 > 新闻中心 > 本地新闻',
			'某某县部署夏季防汛工作',
			'发布时间：2024-06-12 来源：某某县融媒体中心',
			'',
			...PARAGRAPHS.flatMap((p) => wrap(`\u3000\u3000${p}`, 22)),
			'',
			'责任编辑：张三',
		];
		const items = itemsOf(lines);
		expect(items).toHaveLength(1);
		expect(items[0]!.title).toBe('某某县部署夏季防汛工作');
		expect(items[0]!.paragraphs).toEqual(PARAGRAPHS);
	});
});

test('硬换行的末段最后一行在句号后空一格接了关注提示，比版心宽，照样接回本段，不当作关注按钮上的账号简介', () => {
	const last =
		'下一步，全县将加密雨水情监测频次，落实防汛物资储备，组织开展应急演练，及时转移受威胁群众，全力保障全县群众生命财产安全。';
	// The last row runs to most of the width before the prompt.
	for (const prompt of [
		' 长按二维码，关注某某县融媒体中心',
		'（更多防汛资讯请关注某某县应急管理局）',
	]) {
		const rows = [...PARAGRAPHS, last].flatMap((p) => wrap(`\u3000\u3000${p}`, 22));
		rows[rows.length - 1] += prompt;
		const items = itemsOf([
			'首页 | 政务公开 | 新闻中心 | 互动交流',
			'某某县部署夏季防汛工作',
			'发布时间：2024-06-12 来源：某某县融媒体中心',
			'',
			...rows,
			'＋关注',
			'',
			'责任编辑：张三',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs).toEqual([...PARAGRAPHS, last]);
	}
});

test('硬换行把数字断开，末段最后一行只剩数字和句号（“3%、12.45%。”），照样接回本段', () => {
	const last =
		'今年上半年，全县规模以上工业增加值、固定资产投资和社会消费品零售总额分别增长8.6%、7.3%、12.45%。';
	const rows = [...PARAGRAPHS, last].flatMap((p) => wrap(`\u3000\u3000${p}`, 22));
	expect(rows.at(-1)).toBe('3%、12.45%。');
	const items = itemsOf([
		'某某县部署夏季防汛工作',
		'发布时间：2024-06-12 来源：某某县融媒体中心',
		'',
		...rows,
		'',
		'责任编辑：张三',
	]);
	expect(items.map((a) => a.paragraphs)).toEqual([[...PARAGRAPHS, last]]);
});

describe('等宽的对联和诗行', () => {
	test('每行缩进相同、宽度相同的对联不接成一段', () => {
		const rows = [
			'\u3000\u3000春回大地，千山万水皆锦绣',
			'\u3000\u3000福满人间，万家灯火俱欢腾',
			'\u3000\u3000（某某某）',
			'\u3000\u3000风调雨顺，田园处处好年景',
			'\u3000\u3000国泰民安，城乡家家享太平',
			'\u3000\u3000（某某某）',
			'\u3000\u3000山河锦绣，一年好景迎新岁',
			'\u3000\u3000日月光华，万里春风照九州',
			'\u3000\u3000（某某某）',
		];

		expect(wrappedRows(rows).size).toBe(0);
	});
});

describe('与正文同宽的字段行', () => {
	test('带日期和来源字段的一行不接上其下的分享栏', () => {
		const meta = '2021/03/09　10:15:42  来源：某某日报';
		const rows = [
			'某某县召开夏季防汛工作部署会',
			meta,
			'分享到：微信 · 微博 · QQ空间',
			'',
			...PARAGRAPHS.flatMap((p) => [...wrap(p, 18), '']),
		];
		expect(wrappedRows(rows).has(2)).toBe(false);
		expect(textToLines(rows.join('\n')).map((l) => l.text)).toContain(meta);
	});
});
