import { expect, test } from 'vitest';
import { toGbt7714 } from './citation.ts';

test('cites 李若生 in 牡丹晚报 as a GB/T 7714 newspaper reference [N]', () => {
	expect(
		toGbt7714({
			title: '打造一支高素质能干事勇担当的干部队伍',
			reporters: ['李若生'],
			source: '牡丹晚报',
			date: '2023-11-30',
			datePrecision: 'day',
		}),
	).toBe('李若生. 打造一支高素质能干事勇担当的干部队伍[N]. 牡丹晚报, 2023-11-30.');
});

test('starts with the title when no reporter is named (人民日报 宝安)', () => {
	expect(
		toGbt7714({
			title: '广东深圳宝安区组织591名干部挂点走访企业',
			reporters: [],
			source: '人民日报',
			date: '2024-01-19',
			datePrecision: 'day',
		}),
	).toBe('广东深圳宝安区组织591名干部挂点走访企业[N]. 人民日报, 2024-01-19.');
});

test('keeps three authors then 等, and prints only the precision the source gave', () => {
	expect(
		toGbt7714({
			title: '标题',
			reporters: ['甲', '乙', '丙', '丁'],
			source: '鲁网',
			date: '2022-05-01',
			datePrecision: 'month',
		}),
	).toBe('甲, 乙, 丙, 等. 标题[N]. 鲁网, 2022-05.');
	expect(
		toGbt7714({ title: '标题', reporters: [], source: '', date: null, datePrecision: 'unknown' }),
	).toBe('标题[N]. 出版者不详, 出版日期不详.');
});
