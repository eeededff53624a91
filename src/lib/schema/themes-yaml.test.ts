import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { THEME_IDS } from './taxonomy.ts';
import { loadThemeConfig, readThemeConfig } from './themes-yaml.ts';
import { ThemeConfigError } from '../errors.ts';

const root = join(import.meta.dirname, '../../..');

describe('search-config/themes.yaml', () => {
	const config = readThemeConfig(root);

	test('covers all 18 theme ids of the taxonomy', () => {
		expect(config.themes.map((t) => t.id).sort()).toEqual([...THEME_IDS].sort());
	});

	test('gives every theme a Chinese label, a description and sub-themes', () => {
		for (const theme of config.themes) {
			expect(theme.label).toMatch(/[\u4e00-\u9fff]/);
			expect(theme.description.length).toBeGreaterThan(10);
			expect(theme.subThemes.length).toBeGreaterThanOrEqual(3);
		}
	});

	test('lists 挂职锻炼 and 轮岗交流 as sub-themes of cadre-rotation', () => {
		const rotation = config.themes.find((t) => t.id === 'cadre-rotation');
		expect(rotation?.subThemes.map((s) => s.label)).toEqual(
			expect.arrayContaining(['挂职锻炼', '轮岗交流', '下沉一线', '跨部门交流', '上下交流']),
		);
	});
});

describe('loadThemeConfig', () => {
	const scoring = `scoring: {weights: {strong: 3, medium: 2, weak: 1, subTheme: 3, negative: 2}, titleFactor: 3, minScore: 2.5, perThousandChars: 2.5, relativeToTop: 0.3, maxThemes: 3}`;

	test('names the theme and the field of a bad keyword', () => {
		const yaml = `${scoring}\nthemes:\n  - id: ecology\n    label: 生态环保\n    description: 污染防治\n    keywords: {strong: [12368]}\n`;
		let error: unknown;
		try {
			loadThemeConfig(yaml);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ThemeConfigError);
		expect((error as ThemeConfigError).issues).toMatchInlineSnapshot(`
			[
			  "**themes[ecology].keywords.strong[0]**: Invalid input: expected string, received number",
			]
		`);
	});

	test('reports missing theme ids', () => {
		expect(() => loadThemeConfig(`${scoring}\nthemes: []\n`)).toThrow(
			/missing theme ids: cadre-work-style/,
		);
	});

	test('reports YAML syntax errors as a ThemeConfigError', () => {
		expect(() => loadThemeConfig('themes: [')).toThrow(ThemeConfigError);
	});
});

describe('readThemeConfig', () => {
	test('finds search-config/themes.yaml without a root, as a bundled server does', () => {
		expect(readThemeConfig()).toEqual(readThemeConfig(root));
	});

	test('reads the folder named by JUCUO_CONFIG_DIR and names an unreadable file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'theme-config-'));
		try {
			vi.stubEnv('JUCUO_CONFIG_DIR', dir);
			expect(() => readThemeConfig()).toThrow(/cannot read .*themes\.yaml/);
			writeFileSync(join(dir, 'themes.yaml'), 'themes: [');
			expect(() => readThemeConfig()).toThrow(ThemeConfigError);
		} finally {
			vi.unstubAllEnvs();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
