import { describe, expect, test } from 'vitest';
import { itemDateRows } from './web-date-choice.ts';

// What a learned web date may choose among: every full date the page prints, for an item the rules
// dated; an item they left undated (a comment's time, a letter's date alone) stays undated.

const TEXT = [
	'5月27日，某某县召开夏季安全生产工作会议，通报上半年安全生产形势，部署下一阶段重点工作。',
	'会议要求，各部门要压紧压实安全责任，深入开展隐患排查整治，坚决遏制较大事故发生。',
];
const LINES = [
	'最新公告：关于开展防汛演练的通知（2024-06-03）  关于第二批名单的公示（2024-06-01）',
	'某某县召开夏季安全生产工作会议',
	'发布日期：2024-05-28　信息来源：某某县应急管理局',
	'生效日期：2024-07-01　失效日期：2029-06-30',
	...TEXT,
].map((text, i) => ({ text, line: i + 1 }));

describe('网页日期的候选', () => {
	test('规则定了日期的稿件：页面上印出的每个日期都是候选', () => {
		const [rows] = itemDateRows(LINES, [{ date: '2024-05-28', paragraphs: TEXT }]);
		expect(new Set(rows!.dates)).toEqual(
			new Set(['2024-06-03', '2024-06-01', '2024-05-28', '2024-07-01', '2029-06-30']),
		);
		expect(rows!.dates[rows!.rule]).toBe('2024-05-28');
	});

	test('规则没定日期的稿件不给候选，仍不定日期', () => {
		expect(itemDateRows(LINES, [{ date: null, paragraphs: TEXT }])).toEqual([undefined]);
	});
});
