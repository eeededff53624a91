import { expect, test } from 'vitest';
import { alignBySubTheme, OTHER_ROW } from './compare.ts';
import { parseCompareState } from './compare-state.ts';
import type { MeasureSearchDocument } from '../search/types.ts';

function measure(
	id: string,
	region: string,
	subThemes: string[],
	text: string,
): MeasureSearchDocument {
	return {
		id,
		articleId: id.split('-m')[0] ?? id,
		articleTitle: '',
		text,
		quantities: [],
		kind: 'news',
		date: '2023-11-30',
		datePrecision: 'day',
		year: 2023,
		source: '',
		region,
		regionCodes: [region],
		themes: ['cadre-rotation'],
		subThemes,
	};
}

test('aligns 牡丹区 and 峄城区 by sub-theme, with an empty cell where a region has nothing', () => {
	const mudan = [
		measure('a-m0', '371702', ['cadre-rotation/cross-department'], '稳步推进跨部门交流'),
		measure('a-m1', '371702', ['cadre-rotation/job-rotation'], '落实定期轮岗制度'),
	];
	const yicheng = [
		measure('b-m0', '370404', ['cadre-rotation/job-rotation'], '制定中层干部轮岗交流挂职实施细则'),
		measure('b-m1', '370404', [], '其他'),
	];
	const rows = alignBySubTheme(
		'cadre-rotation',
		[mudan, yicheng],
		[
			{ id: 'cadre-rotation/job-rotation', label: '轮岗交流' },
			{ id: 'cadre-rotation/cross-department', label: '跨部门交流' },
			{ id: 'cadre-rotation/secondment', label: '挂职锻炼' },
		],
	);
	expect(rows.map((r) => [r.label, r.cells.map((c) => c.map((m) => m.id))])).toEqual([
		['轮岗交流', [['a-m1'], ['b-m0']]],
		['跨部门交流', [['a-m0'], []]],
		['其他', [[], ['b-m1']]],
	]);
	expect(rows.at(-1)?.key).toBe(OTHER_ROW);
});

test('resolves 牡丹区 by name and 370404 by code', () => {
	const s = parseCompareState(new URLSearchParams('regions=牡丹区,370404&theme=cadre-rotation'));
	expect(s.regions.map((r) => [r.code, r.name])).toEqual([
		['371702', '牡丹区'],
		['370404', '峄城区'],
	]);
	expect(s.theme).toBe('cadre-rotation');
});

test('treats an empty form as a blank page, not an error', () => {
	expect(parseCompareState(new URLSearchParams('regions=&regions=&theme=')).regions).toEqual([]);
});

test.each([
	['regions=371702&theme=cadre-rotation', '至少需要两个地区'],
	['regions=371702,370404,370400,371403,440306', '最多对比4个地区'],
	['regions=371702,371702', '出现了两次'],
	['regions=371702,不存在区', '找不到名为「不存在区」的地区'],
	['regions=371702,370404&theme=weather', '未知的主题'],
])('rejects %s', (qs, reason) => {
	expect(() => parseCompareState(new URLSearchParams(qs))).toThrow(reason);
});

test('names the candidates of an ambiguous name such as 鼓楼区', () => {
	expect(() => parseCompareState(new URLSearchParams('regions=鼓楼区,370404'))).toThrow(
		/对应多个地区/,
	);
});
