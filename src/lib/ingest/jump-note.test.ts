import { describe, expect, test } from 'vitest';
import { isJumpNote } from './jump-note.ts';
import { itemsOf } from './web-test-page.ts';

// A paper's story that does not fit its page runs on to a later one: the page prints where it
// stops and where it goes on (转版), and a site that saves the whole text on one page keeps both
// notes between two of its paragraphs. They are the paper's, never a headline or the text.

const FERRY = [
	'某某镇渡口码头改造完工',
	'本报讯 （记者 周宁）9月2日，某某镇渡口码头改造工程通过验收，新建的候船厅和浮桥投入使用。',
	'改造后的码头增设了无障碍通道和安全护栏，候船厅可容纳一百二十名旅客，雨天候船不再淋雨。',
	'镇交通管理站负责人介绍，渡口每天往返船次由十二班增加到二十班，两岸群众出行更加便捷。',
	'下一步，镇里还将在码头周边建设停车场和公交站点，实现水陆交通无缝衔接。',
];
const ORCHARD = [
	'山区果园用上了水肥一体化',
	'本报讯 （通讯员 林芳）连日来，某某乡的柑橘园里，滴灌管道把水和肥料直接送到果树根部。',
	'乡农技站站长说，水肥一体化比传统浇灌省水一半，果子也更甜了，今年全乡已推广两千亩。',
];
const HEAD = ['某某日报数字报', '2024年9月3日', '第A02版：综合新闻'];

describe('转版说明', () => {
	test('一行只有转版说明（各种括号、破折号，页码用数字、字母或汉字）', () => {
		for (const note of [
			'（续第一版）',
			'(转A6版)',
			'【下转第12版】',
			'—— 接第2版',
			'〔接A1版〕',
			'（上接 第 二 版）',
			'→转第B3版',
			'（转第六版面）',
			'〔下转12版面〕',
		])
			expect(isJumpNote(note), note).toBe(true);
	});

	test('指向别版的相关报道、版面标签和正文句子不是转版说明', () => {
		for (const line of [
			'（相关报道见第十版）',
			'（讲话全文见第二版）',
			'第A02版：综合新闻',
			'转第二版面的工作已经完成。',
			'接续奋斗第一线',
		])
			expect(isJumpNote(line), line).toBe(false);
	});

	test('电子版版面上两段之间的转版说明不开新篇，也不进正文', () => {
		const items = itemsOf([
			...HEAD,
			...FERRY.slice(0, 3),
			'（转第五版）',
			'（续第二版）',
			...FERRY.slice(3),
			...ORCHARD,
		]);
		expect(items.map((a) => a.title)).toEqual([FERRY[0], ORCHARD[0]]);
		expect(items[0]!.paragraphs).toEqual(FERRY.slice(1));
	});

	test('只留下半截说明（上接）时同样并回本篇', () => {
		const items = itemsOf([...HEAD, ...FERRY.slice(0, 2), '——接第1版', ...FERRY.slice(2)]);
		expect(items.map((a) => a.title)).toEqual([FERRY[0]]);
		expect(items[0]!.paragraphs).toEqual(FERRY.slice(1));
	});
});
