import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { THEME_IDS } from '../schema/taxonomy.ts';
import type { ThemeId } from '../schema/taxonomy.ts';

/** What the site shows of one theme. */
export interface ThemeInfo {
	id: ThemeId;
	label: string;
	description: string;
	/** Sub-themes with ids qualified as `<theme>/<sub>`, as measures carry them. */
	subThemes: { id: string; label: string }[];
}

interface RawTheme {
	id?: unknown;
	label?: unknown;
	description?: unknown;
	subThemes?: { id?: unknown; label?: unknown }[];
}

/**
 * Reads the labels, descriptions and sub-themes of `search-config/themes.yaml` (the matching rules
 * in it are not the site's business). Themes the file lacks get their id as label, so a missing or
 * partial file degrades to ids instead of failing the page.
 */
export function parseThemesYaml(text: string): Map<ThemeId, ThemeInfo> {
	const doc = (parse(text) ?? {}) as { themes?: RawTheme[] };
	const byId = new Map<string, RawTheme>();
	for (const t of doc.themes ?? []) if (typeof t.id === 'string') byId.set(t.id, t);
	const out = new Map<ThemeId, ThemeInfo>();
	for (const id of THEME_IDS) {
		const raw = byId.get(id);
		out.set(id, {
			id,
			label: typeof raw?.label === 'string' ? raw.label : id,
			description: typeof raw?.description === 'string' ? raw.description : '',
			subThemes: (raw?.subThemes ?? [])
				.filter((s) => typeof s.id === 'string')
				.map((s) => ({
					id: `${id}/${String(s.id)}`,
					label: typeof s.label === 'string' ? s.label : String(s.id),
				})),
		});
	}
	return out;
}

let cached: Map<ThemeId, ThemeInfo> | undefined;

/** Themes from `search-config/themes.yaml` under the working directory, read once per process. */
export function loadThemes(
	path = resolve(process.cwd(), 'search-config/themes.yaml'),
): Map<ThemeId, ThemeInfo> {
	if (cached) return cached;
	let text = '';
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		console.error(`[site] cannot read ${path}; theme labels fall back to ids`, error);
	}
	cached = parseThemesYaml(text);
	return cached;
}

/** The Chinese label of a theme id, or the id itself. */
export function themeLabel(id: string): string {
	return loadThemes().get(id as ThemeId)?.label ?? id;
}

/** The label of a qualified sub-theme id (`cadre-rotation/exchange`), or its last part. */
export function subThemeLabel(id: string): string {
	const theme = id.split('/')[0] ?? '';
	const found = loadThemes()
		.get(theme as ThemeId)
		?.subThemes.find((s) => s.id === id);
	return found?.label ?? id.slice(theme.length + 1);
}
