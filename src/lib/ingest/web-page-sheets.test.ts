import { describe, expect, test } from 'vitest';
import { isPagerLine } from './pager-line.ts';
import { dropSheetRepeats } from './sheet-repeats.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// A page saved part by part or printed sheet by sheet: the pager between the parts of an article
// the site split over several pages, and a browser's print header and footer on every sheet.

const MORE = [
	'会议强调，要落实防火责任制，加强重点区域巡查，及时消除各类火险隐患。',
	'会议还对近期防汛备汛工作作了安排，要求各部门密切配合，形成工作合力。',
	'下一步，该县将开展森林防火专项督查，对工作不力的单位严肃追责问责。',
];

describe('分页条', () => {
	test('页码、上下页、第几页和共几页组成的行是分页条', () => {
		for (const line of [
			'首页 上一页 1 2 3 4 5 下一页 末页',
			'〔1〕 2 〔3〕',
			'第 2 页 / 共 5 页',
			'（第3/4页）',
			'本文共3页  下一页',
			'< 上一页 | 1 | 2 | 下一页 >',
			'1/3',
			'第一页 上一页 下一页 最后一页',
			'页次：2/5  跳转到 GO',
			// Full-width slashes, digits and brackets are a pager's too.
			'第1页／共3页',
			'［２／４］',
		])
			expect(isPagerLine(line), line).toBe(true);
	});

	test('数字、日期、句子和序号不是分页条', () => {
		for (const line of [
			'1',
			'2024/05/08',
			'第一页的内容很重要。',
			'全年共完成12项重点工作，覆盖3个乡镇。',
			'3 5 8',
			'首页 > 新闻中心 > 工作动态',
		])
			expect(isPagerLine(line), line).toBe(false);
	});

	test('拆成几页存成一个文件的文章仍是一条，分页条不在正文里', () => {
		const items = itemsOf([
			'某某县人民政府',
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08 10:30　来源：某某县应急管理局',
			LEAD[0]!,
			LEAD[1]!,
			'首页 上一页 1 2 3 下一页 末页',
			MORE[0]!,
			MORE[1]!,
			'〔1〕 〔2〕 3 下一页',
			MORE[2]!,
			'第3页 共3页',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.title).toBe('某某县召开春季森林防火工作推进会');
		expect(items[0]!.paragraphs.join('\n')).not.toMatch(/下一页|共3页/);
		expect(items[0]!.paragraphs.join('\n')).toContain(MORE[2]!);
	});
});

describe('浏览器打印的页眉页脚', () => {
	test('每张纸都有的打印时间、标题栏、网址和页码不留在正文里', () => {
		const head = ['某某县召开春季森林防火工作推进会_某某县人民政府', '2024/6/3 15:05'];
		const foot = (sheet: number) =>
			`https://www.example.gov.cn/art/2024/5/8/art_12_3456.html  ${sheet}/2`;
		const items = itemsOf([
			...head,
			'某某县人民政府',
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08 10:30　来源：某某县应急管理局',
			LEAD[0]!,
			LEAD[1]!,
			MORE[0]!,
			foot(1),
			...head,
			MORE[1]!,
			MORE[2]!,
			foot(2),
		]);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2024-05-08',
		});
		expect(items[0]!.paragraphs.join('\n')).not.toMatch(/example|2024\/6\/3|_某某县人民政府/);
		expect(items[0]!.paragraphs.join('\n')).toContain(MORE[1]!);
	});

	test('页眉是打印时间和标题栏同在一行，页脚是“第几页，共几页”和网址', () => {
		const head = '24/6/3 下午3:05\t某某县召开春季森林防火工作推进会 - 某某县人民政府';
		const foot = (sheet: number) => [
			`第 ${sheet} 页，共 2 页`,
			'http://www.example.gov.cn/xxgk/t20240508_778899.html',
		];
		const items = itemsOf([
			head,
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08 10:30　来源：某某县应急管理局',
			LEAD[0]!,
			LEAD[1]!,
			...foot(1),
			head,
			MORE[0]!,
			MORE[1]!,
			...foot(2),
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs.join('\n')).not.toMatch(/example|下午3:05|共 2 页/);
		expect(items[0]!.paragraphs.join('\n')).toContain(MORE[0]!);
	});

	test('只打印页眉（没有页脚）时，页首那行打印时间和标题栏在正文里再出现也删去', () => {
		const head = '2024/6/3 15:05　某某县召开春季森林防火工作推进会 - 某某县人民政府';
		const items = itemsOf([
			head,
			'某某县召开春季森林防火工作推进会',
			'发布时间：2024-05-08 10:30　来源：某某县应急管理局',
			LEAD[0]!,
			LEAD[1]!,
			head,
			MORE[0]!,
			MORE[1]!,
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs.join('\n')).not.toMatch(/15:05/);
		expect(items[0]!.paragraphs.join('\n')).toContain(MORE[0]!);
	});

	test('两篇稿件各有一行相同的日期和来源，不当作页眉删去', () => {
		const lines = [
			'某某县召开春季森林防火工作推进会',
			'2024-05-08 某某县应急管理局',
			LEAD[0]!,
			LEAD[1]!,
			'某某镇开展防汛应急演练',
			'2024-05-08 某某县应急管理局',
			MORE[0]!,
		].map((text, line) => ({ text, line }));
		expect(dropSheetRepeats(lines)).toEqual(lines);
	});
});
