import { readThemeConfig } from '../schema/themes-yaml.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';
import type { ThemeId } from '../schema/taxonomy.ts';

/** What the site shows of one theme. */
export interface ThemeInfo {
	id: ThemeId;
	label: string;
	description: string;
	/** Sub-themes with ids qualified as `<theme>/<sub>`, as measures carry them. */
	subThemes: { id: string; label: string }[];
}

/**
 * The labels, descriptions and sub-themes of a validated theme configuration (the matching rules
 * in it are not the site's business), in the file's order.
 */
export function toThemeInfos(config: ThemeConfig): Map<ThemeId, ThemeInfo> {
	return new Map(
		config.themes.map((t) => [
			t.id,
			{
				id: t.id,
				label: t.label,
				description: t.description,
				subThemes: t.subThemes.map((s) => ({ id: `${t.id}/${s.id}`, label: s.label })),
			},
		]),
	);
}

let cached: Map<ThemeId, ThemeInfo> | undefined;

/**
 * Themes from `search-config/themes.yaml`, read once per process.
 * @throws {ThemeConfigError} while the file is broken (read again on the next call), so the page
 *   fails with the problems named instead of showing ids for labels.
 */
export function loadThemes(): Map<ThemeId, ThemeInfo> {
	cached ??= toThemeInfos(readThemeConfig());
	return cached;
}

/** The Chinese label of a theme id, or the id itself for an id the taxonomy does not know. */
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
