import { expect, test } from 'vitest';
import { getDivision } from '../geo/gazetteer.ts';
import type { MeasureSearchDocument } from '../search/types.ts';
import { alignBySubTheme } from './compare.ts';
import { buildMatrix } from './matrix.ts';
import { aggregateSlogans } from './slogans.ts';
import { compareTable, matrixTable, slogansTable, tableCsv, tableJson } from './tables.ts';

test('exports the matrix with Chinese headers, a 全国 row and the distinct total', () => {
	const matrix = buildMatrix(
		[
			{ theme: 'cadre-rotation', counts: { '370000': 5, '000000': 1 } },
			{ theme: 'ecology', counts: { '370000': 3 } },
		],
		{ '370000': 7, '000000': 1 },
		undefined,
	);
	const table = matrixTable(matrix);
	const csv = tableCsv(table);
	expect(csv.startsWith('\uFEFF地区代码,地区,干部交流轮岗,生态环保,合计\r\n')).toBe(true);
	expect(csv).toContain('000000,全国(全国性),1,0,1\r\n');
	expect(csv).toContain('370000,山东省,5,3,7\r\n');
	expect(JSON.parse(tableJson(table))).toContainEqual({
		regionCode: '370000',
		region: '山东省',
		'cadre-rotation': 5,
		ecology: 3,
		total: 7,
	});
});

const measure = (id: string, region: string, subThemes: string[]): MeasureSearchDocument => ({
	id,
	articleId: id.split('-m')[0] ?? id,
	articleTitle: '打造一支高素质能干事勇担当的干部队伍',
	text: '推动干部交流轮岗,选派干部到一线',
	kind: 'news',
	quantities: [],
	date: '2023-11-01',
	datePrecision: 'month',
	year: 2023,
	source: '牡丹晚报',
	region,
	regionCodes: [region],
	themes: ['cadre-rotation'],
	subThemes,
});

test('exports a comparison row by row, says 缺失 for a missing cell and dates by precision', () => {
	const mudan = getDivision('371702');
	const yicheng = getDivision('370404');
	if (!mudan || !yicheng) throw new Error('gazetteer');
	const rows = alignBySubTheme('cadre-rotation', [[measure('a-m0', '371702', [])], []], []);
	const table = compareTable({ rows, totals: [1, 0] }, [mudan, yicheng], 'http://h');
	expect(table.rows).toEqual([
		[
			'其他',
			'371702',
			'牡丹区',
			'推动干部交流轮岗,选派干部到一线',
			'2023年11月',
			'',
			'http://h/articles/a#a-m0',
		],
		['其他', '370404', '峄城区', '缺失:未见相关举措', '', '', ''],
	]);
});

test('exports 提法 with a first use known only to the year as 2022年', () => {
	const usages = aggregateSlogans([
		{
			...measure('x', '370404', []),
			id: 'x',
			title: 't',
			kicker: '',
			subtitle: '',
			body: '',
			measuresText: '',
			slogans: ['五比五看'],
			reporters: [],
			duplicateOf: null,
			date: '2022-01-01',
			datePrecision: 'year',
			year: 2022,
		},
	]);
	expect(slogansTable(usages).rows[0]).toEqual([
		'五比五看',
		1,
		'2022年',
		'峄城区',
		'峄城区(1)',
		'2022年(1)',
	]);
});
