import { describe, expect, test } from 'vitest';
import type { SourceLine } from './types.ts';
import { decideWebBody, itemBodyRows } from './web-body-choice.ts';
import { WEB_BODY_FEATURES } from './web-body-features.ts';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const window = { before: 6, after: 10 };

// A county portal's page written for these tests: its head, its text, and what follows it.
const page = lines(
	'首页 | 走进某某 | 政务公开 | 政务服务',
	'某某县召开秋冬季森林防火工作会议',
	'时间：2025-10-15 09:30 信息来源：某某县林业局',
	'10月14日，某某县召开秋冬季森林防火工作会议，总结前一阶段森林防火工作。',
	'会议要求，各乡镇要压实属地责任，落实网格化巡护，',
	'加强野外用火管理，确保不发生重大森林火灾。',
	'会议强调，要加强宣传教育，提高群众防火意识。',
	'▶ 视频：某某县开展森林防火应急演练',
	'【打印】【关闭】',
);
const item = {
	title: '某某县召开秋冬季森林防火工作会议',
	paragraphs: [
		'10月14日，某某县召开秋冬季森林防火工作会议，总结前一阶段森林防火工作。',
		'会议要求，各乡镇要压实属地责任，落实网格化巡护，加强野外用火管理，确保不发生重大森林火灾。',
		'▶ 视频：某某县开展森林防火应急演练',
	],
};

describe('网页正文行', () => {
	test('保留的段落在页上找回，被删的行另列，标题和已并入段落的折行不列', () => {
		const [rows] = itemBodyRows(page, [item], window);
		expect(rows!.units.map((u) => [u.text, u.paragraph])).toEqual([
			['首页 | 走进某某 | 政务公开 | 政务服务', -1],
			['时间：2025-10-15 09:30 信息来源：某某县林业局', -1],
			[item.paragraphs[0], 0],
			[item.paragraphs[1], 1],
			['会议强调，要加强宣传教育，提高群众防火意识。', -1],
			[item.paragraphs[2], 2],
			['【打印】【关闭】', -1],
		]);
		expect(rows!.rows.every((r) => r.length === WEB_BODY_FEATURES.length)).toBe(true);
	});

	test('模型存疑的段落删去，模型认定的被删行按页上的位置放回', () => {
		const [rows] = itemBodyRows(page, [item], window);
		// Scores as a model would give them: the left-out sentence high, the video link low.
		const scores = rows!.units.map((u) =>
			u.text.startsWith('会议强调') ? 5 : u.text.startsWith('▶') ? -5 : u.paragraph >= 0 ? 3 : -3,
		);
		expect(decideWebBody(item.paragraphs, rows!, scores, -4, 4)).toEqual([
			item.paragraphs[0],
			item.paragraphs[1],
			'会议强调，要加强宣传教育，提高群众防火意识。',
		]);
		expect(decideWebBody(item.paragraphs, rows!, scores, -99, 99)).toEqual(item.paragraphs);
	});

	test('正文第一段之上的行（元信息、编者按）即使模型认定也不放回', () => {
		const [rows] = itemBodyRows(page, [item], window);
		const scores = rows!.units.map(() => 5);
		expect(decideWebBody(item.paragraphs, rows!, scores, -4, 4)).toEqual([
			item.paragraphs[0],
			item.paragraphs[1],
			'会议强调，要加强宣传教育，提高群众防火意识。',
			item.paragraphs[2],
			'【打印】【关闭】',
		]);
	});

	test('规则截去图片替代文字的那一行不再作被删行', () => {
		const echo = lines(
			'10月14日，某某县召开秋冬季森林防火工作会议，总结前一阶段森林防火工作。',
			'[img: 会议现场]会议要求，各乡镇要压实属地责任，落实网格化巡护。',
		);
		const kept = {
			title: '某某县召开秋冬季森林防火工作会议',
			paragraphs: [echo[0]!.text, '会议要求，各乡镇要压实属地责任，落实网格化巡护。'],
		};
		const [rows] = itemBodyRows(echo, [kept], window);
		expect(rows!.units.map((u) => u.paragraph)).toEqual([0]);
	});

	test('下一篇的正文和标题都不在本篇的范围里，本篇的标题不作正文行', () => {
		const two = lines(
			'某某镇开展安全生产大检查',
			'近日，某某镇组织开展安全生产大检查，重点检查企业消防设施和应急预案。',
			'■金秋时节话丰收',
			'某某镇举办农民丰收节',
			'9月23日，某某镇举办农民丰收节，展示今年的农业生产成果。',
			'活动现场，各村展出了特色农产品。',
		);
		const items = [
			{ title: '某某镇开展安全生产大检查', paragraphs: [two[1]!.text] },
			{ title: '某某镇举办农民丰收节', paragraphs: [two[4]!.text] },
		];
		const [first, second] = itemBodyRows(two, items, window);
		// On a page of several stories the lines under one's text are the next one's head (its
		// kicker, its headline) or a story the rules did not read as one: never the upper one's.
		expect(first!.units.map((u) => u.text)).toEqual([two[1]!.text]);
		// Its kicker is read above its text (a row, which never comes back).
		expect(second!.units.map((u) => u.text)).toEqual([two[2]!.text, two[4]!.text]);
	});

	test('正文下网友评论区里的行不作被删行，模型认定也不放回', () => {
		const thread = lines(
			'某某县召开秋冬季森林防火工作会议',
			'10月14日，某某县召开秋冬季森林防火工作会议，总结前一阶段森林防火工作。',
			'会议要求，各乡镇要压实属地责任，落实网格化巡护，确保不发生重大森林火灾。',
			'网友评论',
			'李华',
			'防火无小事，支持！',
			'2019-02-09 10:03 山东  赞66',
			'游客 发表于 2023年5月9日 08:12',
			'希望各村都能落实到位。',
			'回复 | 举报',
		);
		const kept = {
			title: '某某县召开秋冬季森林防火工作会议',
			paragraphs: [thread[1]!.text, thread[2]!.text],
		};
		const [rows] = itemBodyRows(thread, [kept], window);
		expect(rows!.units.map((u) => u.text)).toEqual(kept.paragraphs);
		const scores = rows!.units.map(() => 5);
		expect(decideWebBody(kept.paragraphs, rows!, scores, -4, 4)).toEqual(kept.paragraphs);
	});

	test('段落先在页上整行找，只有找不到时才认以它开头的短行（落款日期不是下一篇的第一段）', () => {
		const two = lines(
			'任命某某为某某局局长。',
			'2019年10月26日',
			'某某县人民代表大会常务委员会关于某某事项的决定',
			'（2019年10月26日某某县第十七届人民代表大会常务委员会第二十次会议通过）',
			'一、本决定自公布之日起施行。',
		);
		const items = [
			{ title: '某某县人民政府任免令', paragraphs: [two[0]!.text] },
			{ title: '某某事项的决定', paragraphs: [two[3]!.text, two[4]!.text] },
		];
		const [, second] = itemBodyRows(two, items, window);
		expect(second!.units.filter((u) => u.paragraph >= 0).map((u) => u.line)).toEqual([3, 4]);
	});
});
