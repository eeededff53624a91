import { expect, test } from 'vitest';
import { csvField, csvLine, exportStream, toRow, CSV_COLUMNS } from './export-rows.ts';
import type {
	ArticleSearchDocument,
	MeasureSearchDocument,
	SearchDocument,
} from '../search/types.ts';

const article: ArticleSearchDocument = {
	id: 'mudan-cadres',
	title: '打造一支高素质能干事勇担当的干部队伍',
	kicker: '',
	subtitle: '',
	body: '',
	measuresText: '',
	slogans: ['强副职、壮中层、激活力'],
	kind: 'news',
	reporters: ['李若生'],
	duplicateOf: null,
	date: '2023-11-30',
	datePrecision: 'day',
	year: 2023,
	source: '牡丹晚报',
	region: '371702',
	regionCodes: ['370000', '371700', '371702'],
	themes: ['cadre-rotation', 'cadre-selection'],
	subThemes: [],
};
const measure: MeasureSearchDocument = {
	id: 'baoan-m0',
	articleId: 'baoan',
	articleTitle: '广东深圳宝安区组织591名干部挂点走访企业',
	text: '组织591名干部,挂点走访企业',
	kind: 'news',
	quantities: [{ text: '591名', value: 591, unit: '名', subject: '干部', kind: 'count' }],
	date: '2024-01-19',
	datePrecision: 'day',
	year: 2024,
	source: '人民日报',
	region: '440306',
	regionCodes: ['440000', '440300', '440306'],
	themes: ['enterprise-service'],
	subThemes: [],
};

test('quotes fields with commas and quotes and defuses formulas', () => {
	expect(csvField('组织591名干部,挂点走访企业')).toBe('"组织591名干部,挂点走访企业"');
	expect(csvField('“五比五看”"x"')).toBe('"“五比五看”""x"""');
	expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
	expect(csvLine(['a', 'b'])).toBe('a,b\r\n');
});

test('flattens an article and a measure in column order with region names and Chinese labels', () => {
	expect(toRow(article, 'http://x')).toEqual([
		'mudan-cadres',
		'打造一支高素质能干事勇担当的干部队伍',
		'2023年11月30日',
		'牡丹晚报',
		'李若生',
		'371702',
		'牡丹区',
		'干部交流轮岗;干部选拔任用',
		'新闻',
		'强副职、壮中层、激活力',
		'http://x/articles/mudan-cadres',
	]);
	const row = toRow(measure);
	expect(row).toHaveLength(CSV_COLUMNS.measures.length);
	expect(row[6]).toBe('宝安区');
	expect(row[9]).toBe('591名');
});

test('a CSV date known only to the month reads 2024年1月, and headers are Chinese', () => {
	expect(toRow({ ...measure, datePrecision: 'month' })[3]).toBe('2024年1月');
	expect(CSV_COLUMNS.articles.slice(0, 3)).toEqual(['编号', '标题', '日期']);
	expect(CSV_COLUMNS.measures.every((c) => /^[\p{Script=Han}()]+$/u.test(c))).toBe(true);
});

async function* docs(list: SearchDocument[]): AsyncGenerator<SearchDocument> {
	for (const doc of list) yield await Promise.resolve(doc);
}

test('streams CSV with a BOM and a header, and JSON as one array', async () => {
	const bytes = await new Response(
		exportStream(docs([article, article]), 'articles', 'csv'),
	).arrayBuffer();
	const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	expect(csv.startsWith('\uFEFF编号,标题,')).toBe(true);
	expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
	const json = JSON.parse(
		await new Response(exportStream(docs([measure]), 'measures', 'json')).text(),
	) as unknown[];
	expect(json).toEqual([measure]);
	expect(JSON.parse(await new Response(exportStream(docs([]), 'measures', 'json')).text())).toEqual(
		[],
	);
});

test('an export whose client goes away fetches no further batch and says it is done', async () => {
	let fetched = 0;
	async function* endless(): AsyncGenerator<SearchDocument> {
		for (;;) {
			fetched++;
			yield await Promise.resolve(article);
		}
	}
	const abort = new AbortController();
	let done = 0;
	const stream = exportStream(endless(), 'articles', 'csv', '', {
		signal: abort.signal,
		onDone: () => done++,
	});
	const reader = stream.getReader();
	await reader.read();
	await reader.read();
	abort.abort();
	await new Promise((r) => setTimeout(r, 20));
	const before = fetched;
	await reader.read().catch(() => undefined);
	await new Promise((r) => setTimeout(r, 20));
	expect(fetched - before).toBeLessThanOrEqual(1);
	expect(done).toBe(1);
	await reader.cancel();
	expect(done).toBe(1);
});

test('a finished export says it is done once', async () => {
	let done = 0;
	await new Response(
		exportStream(docs([article]), 'articles', 'csv', '', { onDone: () => done++ }),
	).text();
	expect(done).toBe(1);
});
