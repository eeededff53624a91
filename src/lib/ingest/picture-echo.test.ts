import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// A page copied as text keeps, where its lead picture stood, what the picture's tag held: its alt
// text (a site's editor fills it with the headline), its file's name, a marker (`[图片]`, `（图）`)
// before or after that text. None of it is the article's, wherever it stands in the text.

const TITLE = '全市秋粮收购工作有序推进';
const HEAD = ['某某市人民政府网', TITLE, '发布日期：2022-10-18　来源：某某市粮食和物资储备局'];
const TEXT = [
	'记者从市粮食和物资储备局获悉，全市秋粮收购已全面展开，各收储企业敞开收购，农民售粮顺畅。',
	'截至目前，全市累计收购秋粮二十一万吨，较去年同期增加三万吨，收购价格总体平稳。',
	'市粮食和物资储备局要求，各地要优化售粮服务，及时结算粮款，严防“打白条”现象发生。',
];

const bodyOf = (lines: string[]) => {
	const items = itemsOf([...HEAD, ...lines]);
	expect(items).toHaveLength(1);
	return items[0]!.paragraphs;
};

describe('图片留下的替代文字', () => {
	test('首段下带标记的替代文字（[img: …]、标题加“（图）”、图片文件名、[图片]加标题）都不进正文', () => {
		for (const stand of [`[img: ${TITLE}]`, `${TITLE}（图）`, `${TITLE}.png`, `[图片]${TITLE}`])
			expect(bodyOf([TEXT[0]!, stand, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('全角方括号的标记（“［图片］”）也是图片的替代文字', () => {
		for (const at of [0, 1]) {
			const lines = [...TEXT];
			lines.splice(at, 0, `［图片］${TITLE}`);
			expect(bodyOf(lines)).toEqual(TEXT);
		}
	});

	test('带编号的标记（“（图1）”“[图2]”）同样是图片的替代文字', () => {
		for (const stand of [`${TITLE}(图1)`, `${TITLE}（图2）`, `[图3]${TITLE}`])
			expect(bodyOf([TEXT[0]!, stand, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('标题折成两行时，首段下不带标记重复整个标题的一行也不进正文', () => {
		const items = itemsOf([
			'某某市人民政府网',
			'全市秋粮收购工作有序',
			'推进',
			'发布日期：2022-10-18　来源：某某市粮食和物资储备局',
			TEXT[0]!,
			TITLE,
			...TEXT.slice(1),
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs).toEqual(TEXT);
	});

	test('标题加“（组图）”“（多图）”的替代文字也不进正文', () => {
		for (const stand of [`${TITLE}（组图）`, `${TITLE}(多图)`])
			expect(bodyOf([TEXT[0]!, stand, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('标题下的字段用竖线分隔、或标题下另有一行副题时，首段下不带标记重复标题的一行也不进正文', () => {
		for (const head of [
			['某某市人民政府网', TITLE, '来源 | 某某市粮食和物资储备局　　时间 | 2022-10-18'],
			['某某市人民政府网', TITLE, '发布日期：2022-10-18', '秋粮收购二十一万吨'],
		]) {
			const items = itemsOf([...head, TEXT[0]!, TITLE, ...TEXT.slice(1)]);
			expect(items.map((a) => a.paragraphs)).toEqual([TEXT]);
		}
	});

	test('正文里别处的图片占位和图片文件名也不进正文', () => {
		for (const stand of ['[img: 收购现场]', 'IMG_2035.JPG'])
			expect(bodyOf([...TEXT.slice(0, 2), stand, TEXT[2]!])).toEqual(TEXT);
	});

	test('前两段之间重复标题的一行（带“图片：”或不带标记）不进正文', () => {
		for (const stand of [`图片：${TITLE}`, TITLE])
			expect(bodyOf([TEXT[0]!, stand, ...TEXT.slice(1)])).toEqual(TEXT);
	});

	test('替代文字和下一段连在一行时只去掉替代文字', () => {
		expect(bodyOf([TEXT[0]!, `[img: ${TITLE}]${TEXT[1]}`, TEXT[2]!])).toEqual(TEXT);
		expect(bodyOf([TEXT[0]!, `[图片]${TITLE}${TEXT[1]}`, TEXT[2]!])).toEqual(TEXT);
	});

	test('“图片：”后是拍摄者而不是标题时，照片署名留在原处', () => {
		const credit = '图片：某某某';
		expect(bodyOf([TEXT[0]!, credit, ...TEXT.slice(1)])).toEqual([
			TEXT[0]!,
			credit,
			...TEXT.slice(1),
		]);
	});

	test('正文深处与标题同字的一行小标题不因重复标题而去掉', () => {
		const deep = [
			...TEXT,
			'收购进度加快',
			'各收储库点延长收购时间，开设绿色通道，方便农民就近售粮。',
			TITLE,
		];
		const got = bodyOf([...deep, '各县区还组织专人巡查，确保收购秩序良好，农民利益得到保障。']);
		expect(got).toContain(TITLE);
	});
});

test('电子版目录里的标题不当作图片替代文字：第二篇的标题照样领起第二篇', () => {
	const second = '别让包裹搁浅在最后一米';
	const items = itemsOf([
		'2019年10月24日 某某日报',
		'A14：综合',
		'版面目录',
		TITLE,
		second,
		'',
		TITLE,
		...TEXT.slice(0, 2),
		'',
		second,
		'快递包裹越来越多，末端投递却常常卡在最后一米，不少小区的快递柜一到晚上就塞满了包裹。',
		'业内人士表示，破解末端投递难题，需要企业、社区和管理部门共同发力，让包裹顺利到家。',
	]);
	expect(items.map((a) => a.title)).toEqual([TITLE, second]);
});
