/**
 * `npm run search -- "<query>" [--collection articles|measures] [--region CODE] [--scope about|mentions] [--theme ID]
 * [--from DATE] [--to DATE] [--sort relevance|date-desc|date-asc] [--page N] [--limit N] [--json] [--lexical]`
 * queries the configured backend, hybrid (words + vectors) when the index holds vectors and the
 * model folder exists; `--lexical` skips loading the model. Exit 1 when the backend fails, 2 on usage errors.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../src/lib/errors.ts';
import { regionName } from '../src/lib/geo/gazetteer.ts';
import { THEME_IDS, type ThemeId } from '../src/lib/schema/taxonomy.ts';
import { segmentsToString } from '../src/lib/search/highlight.ts';
import { openBackend } from '../src/lib/search/open-backend.ts';
import { loadEmbedder } from '../src/lib/semantic/embedder.ts';
import type { Collection, SearchParams, SearchResult } from '../src/lib/search/types.ts';
import { loadThemes, type ThemeInfo } from '../src/lib/site/theme-labels.ts';
import { runMain } from '../tools/lib/project.ts';
import { parseSearchState, toSearchParams, type SearchState } from '../src/lib/site/url-state.ts';

const USAGE =
	'npm run search -- "<query>" [--collection articles|measures] [--region CODE] [--scope about|mentions] [--theme ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sort relevance|date-desc|date-asc] [--page N] [--limit N] [--json] [--lexical]';

/** A theme given by id (cadre-rotation) or by its label in search-config/themes.yaml (干部交流轮岗). */
function themeIdOf(value: string, themes: Map<ThemeId, ThemeInfo>): string {
	if ((THEME_IDS as readonly string[]).includes(value)) return value;
	for (const theme of themes.values()) if (theme.label === value) return theme.id;
	return value;
}

/**
 * Turns command-line arguments into a collection and search parameters. Filters go through the
 * same schema as the site's URLs (`parseSearchState`), so the CLI rejects what the site rejects
 * (impossible dates, unknown region codes) with the same reasons.
 * @throws {UsageError} naming the bad option.
 */
export function parseSearchArgs(
	args: string[],
	themes: Map<ThemeId, ThemeInfo> = loadThemes(),
): {
	collection: Collection;
	params: SearchParams;
	json: boolean;
	lexical: boolean;
} {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: {
				collection: { type: 'string', default: 'articles' },
				region: { type: 'string', multiple: true },
				scope: { type: 'string', default: 'about' },
				theme: { type: 'string', multiple: true },
				from: { type: 'string' },
				to: { type: 'string' },
				sort: { type: 'string', default: 'relevance' },
				page: { type: 'string', default: '1' },
				limit: { type: 'string', default: '10' },
				json: { type: 'boolean', default: false },
				lexical: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error), USAGE);
	}
	const { values, positionals } = parsed;
	const url = new URLSearchParams({
		collection: values.collection,
		sort: values.sort,
		scope: values.scope,
	});
	url.set('q', positionals.join(' '));
	for (const code of values.region ?? []) url.append('region', code);
	for (const theme of values.theme ?? []) url.append('theme', themeIdOf(theme, themes));
	if (values.from !== undefined) url.set('from', values.from);
	if (values.to !== undefined) url.set('to', values.to);
	url.set('page', values.page);
	let state: SearchState;
	try {
		state = parseSearchState(url);
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error), USAGE);
	}
	const limit = /^\d{1,4}$/u.test(values.limit) ? Number(values.limit) : NaN;
	if (!(limit >= 1 && limit <= 1000))
		throw new UsageError(
			`--limit takes a whole number from 1 to 1000, not \`${values.limit}\``,
			USAGE,
		);
	const params = toSearchParams(state, ['region', 'theme', 'year']);
	return {
		collection: state.collection,
		json: values.json,
		lexical: values.lexical,
		params: { ...params, hitsPerPage: limit },
	};
}

/** The result in the JSON shape of DESIGN.md (snippet as plain original text). */
function toJsonOutput(result: SearchResult) {
	return {
		total: result.total,
		hits: result.hits.map((h) => ({
			id: h.id,
			title: h.title,
			region: h.region,
			date: h.date,
			themes: h.themes,
			snippet: segmentsToString(h.snippet),
			...(h.match ? { match: h.match } : {}),
			...(h.outlets?.length ? { outlets: h.outlets } : {}),
		})),
		facets: {
			region: result.facets.region ?? {},
			theme: result.facets.theme ?? {},
			year: result.facets.year ?? {},
		},
	};
}

function printHuman(result: SearchResult, backend: string) {
	const bold = process.stdout.isTTY ? ['\u001b[1;33m', '\u001b[0m'] : ['【', '】'];
	console.log(
		`${result.total} 条结果 results (${backend}, ${result.ranking ?? 'lexical'}, ${result.tookMs.toFixed(1)} ms), page ${result.page}`,
	);
	for (const [i, hit] of result.hits.entries()) {
		console.log(
			`\n${(result.page - 1) * result.hitsPerPage + i + 1}. ${segmentsToString(hit.titleHighlight, bold[0], bold[1])}`,
		);
		console.log(
			`   ${hit.id} · ${hit.region.name} · ${hit.date ?? '日期不详'} · ${hit.themes.join(', ')}`,
		);
		console.log(`   ${segmentsToString(hit.snippet, bold[0], bold[1])}`);
	}
	const top = (record: Record<string, number> | undefined, label: (k: string) => string) =>
		Object.entries(record ?? {})
			.slice(0, 8)
			.map(([k, n]) => `${label(k)} ${n}`)
			.join(' · ');
	if (result.total > 0) {
		console.log(`\n地区 regions: ${top(result.facets.region, regionName)}`);
		console.log(`主题 themes: ${top(result.facets.theme, (k) => k)}`);
		console.log(`年份 years: ${top(result.facets.year, (k) => k)}`);
	}
}

async function main(): Promise<number> {
	const { collection, params, json, lexical } = parseSearchArgs(process.argv.slice(2));
	// One query per run: wait for the model here rather than answer lexically while it loads.
	const embedder = lexical ? null : await loadEmbedder();
	const backend = await openBackend({ embedder, requireIndex: true });
	try {
		const result = await backend.search(collection, params);
		if (json) console.log(JSON.stringify(toJsonOutput(result), null, 2));
		else printHuman(result, backend.name);
	} finally {
		await backend.close();
		await embedder?.dispose();
	}
	return 0;
}

if (import.meta.main) {
	runMain(main);
}
