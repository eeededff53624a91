import { expect, test } from 'vitest';
import { issueCalendarLines } from './issue-calendar.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// An e-paper page keeps its 往期回顾 date picker as text under (or over) its stories: the month,
// the steps to the month before and after, the weekdays and the month's days a week a line.

const PAPER = ['某某日报', '第04版：综合新闻', '全县春季森林防火工作推进会召开'];
const calIn = (texts: string[]) =>
	[
		...issueCalendarLines(
			texts.map((text, line) => ({ text, line })),
			furniture.issueCalendar,
		),
	].map((i) => texts[i]);

test('最后一篇下面的往期日历（月份、上月下月、星期、日期行）不进正文', () => {
	for (const weekdays of ['SUN MON TUE WED THU FRI SAT', '日　一　二　三　四　五　六']) {
		const calendar = [
			'2024年5月',
			'《 上月 | 下月 》',
			weekdays,
			'1  2  3  4',
			'5  6  7  8  9  10  11',
			'12  13  14  15  16  17  18',
		];
		const [a] = itemsOf([...PAPER, ...LEAD, ...calendar]);
		expect(a!.paragraphs).toEqual(LEAD);
		expect(calIn([...LEAD, ...calendar])).toEqual(calendar);
	}
});

test('正文里的数字行不是日历：不连续，或只有一行', () => {
	expect(calIn([LEAD[0]!, '2  4  6  8', '10  12  14', LEAD[1]!])).toEqual([]);
	expect(calIn([LEAD[0]!, '1  2  3', LEAD[1]!])).toEqual([]);
});
