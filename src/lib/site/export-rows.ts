import { regionName } from '../geo/gazetteer.ts';
import { formatDate } from './format.ts';
import { KIND_LABELS } from './labels.ts';
import { subThemeLabel, themeLabel } from './theme-labels.ts';
import type { Collection, SearchBackend, SearchDocument, SearchParams } from '../search/types.ts';

/** Export formats. */
export type ExportFormat = 'csv' | 'json';

/**
 * Column headers of a CSV export per collection, in Chinese: the CSV is read by people in a
 * spreadsheet. Scripts read the JSON export, whose keys are the stable English field names.
 */
export const CSV_COLUMNS: Record<Collection, string[]> = {
	articles: [
		'编号',
		'标题',
		'日期',
		'来源',
		'记者',
		'地区代码',
		'地区',
		'主题',
		'类型',
		'提法',
		'链接',
	],
	measures: [
		'编号',
		'文章编号',
		'文章标题',
		'日期',
		'来源',
		'地区代码',
		'地区',
		'主题',
		'子主题',
		'数量',
		'举措',
		'链接',
	],
};

/**
 * One flat row of a document, in `CSV_COLUMNS` order; lists are joined with `;`. Dates print
 * only the precision the source gave (2024年1月), themes and kinds by their Chinese names.
 */
export function toRow(doc: SearchDocument, origin = ''): string[] {
	const common = [
		formatDate(doc.date, doc.datePrecision),
		doc.source,
		doc.region,
		regionName(doc.region),
		doc.themes.map((t) => themeLabel(t)).join(';'),
	];
	if ('articleId' in doc) {
		return [
			doc.id,
			doc.articleId,
			doc.articleTitle,
			...common,
			doc.subThemes.map((t) => subThemeLabel(t)).join(';'),
			doc.quantities.map((q) => q.text).join(';'),
			doc.text,
			`${origin}/articles/${doc.articleId}`,
		];
	}
	const [date, source, region, name, themes] = common;
	return [
		doc.id,
		doc.title,
		date ?? '',
		source ?? '',
		doc.reporters.join(';'),
		region ?? '',
		name ?? '',
		themes ?? '',
		KIND_LABELS[doc.kind],
		doc.slogans.join(';'),
		`${origin}/articles/${doc.id}`,
	];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A leading
 * `= + - @` is prefixed with `'` so spreadsheets do not run it as a formula.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line with CRLF, as spreadsheets expect. */
export function csvLine(fields: string[]): string {
	return `${fields.map(csvField).join(',')}\r\n`;
}

/** Rows fetched per backend call while exporting. */
const EXPORT_BATCH = 500;

/**
 * Every document matching `params`, fetched batch by batch in the query's sort order (the
 * page and hitsPerPage of `params` are ignored), so exports cover the whole result set.
 */
export async function* allMatches(
	backend: SearchBackend,
	collection: Collection,
	params: SearchParams,
	batch = EXPORT_BATCH,
): AsyncGenerator<SearchDocument> {
	for (let page = 1; ; page++) {
		const result = await backend.search(collection, {
			...params,
			facets: [],
			page,
			hitsPerPage: batch,
		});
		for (const hit of result.hits) yield hit.document;
		if (result.hits.length === 0 || page * batch >= result.total) return;
	}
}

/** What ends an export early, and who hears that it ended. */
interface ExportStreamOptions {
	/** The request's signal: when the client goes away, no further batch is fetched. */
	signal?: AbortSignal;
	/** Called once when the stream ends, however it ends (done, cancelled, aborted, failed). */
	onDone?: () => void;
}

/**
 * A byte stream of the export: CSV starts with a UTF-8 BOM (so Excel reads the Chinese) and a
 * header line; JSON is one array written element by element. Batches are fetched on demand (only
 * when the reader takes more), and none after the client has gone.
 */
export function exportStream(
	docs: AsyncIterable<SearchDocument>,
	collection: Collection,
	format: ExportFormat,
	origin = '',
	options: ExportStreamOptions = {},
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = docs[Symbol.asyncIterator]();
	let first = true;
	let ended = false;
	const end = async () => {
		if (ended) return;
		ended = true;
		options.signal?.removeEventListener('abort', onAbort);
		try {
			await iterator.return?.(undefined);
		} finally {
			options.onDone?.();
		}
	};
	const onAbort = () => void end();
	options.signal?.addEventListener('abort', onAbort, { once: true });
	if (options.signal?.aborted) void end();
	return new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(
				encoder.encode(format === 'csv' ? `\uFEFF${csvLine(CSV_COLUMNS[collection])}` : '['),
			);
		},
		async pull(controller) {
			let chunk = '';
			try {
				for (let i = 0; i < 200; i++) {
					const next = ended ? { done: true as const } : await iterator.next();
					if (next.done) {
						controller.enqueue(encoder.encode(chunk + (format === 'json' ? '\n]\n' : '')));
						controller.close();
						await end();
						return;
					}
					if (format === 'csv') chunk += csvLine(toRow(next.value, origin));
					else chunk += `${first ? '\n' : ',\n'}${JSON.stringify(next.value)}`;
					first = false;
				}
			} catch (error) {
				await end();
				throw error;
			}
			controller.enqueue(encoder.encode(chunk));
		},
		async cancel() {
			await end();
		},
	});
}
