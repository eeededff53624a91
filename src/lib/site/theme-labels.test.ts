import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { THEME_IDS } from '../schema/taxonomy.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { toThemeInfos } from './theme-labels.ts';

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
	vi.restoreAllMocks();
});

/** Fresh copies of the modules, so the once-per-process theme cache starts empty. */
const freshThemesConfig = () => import('./theme-labels.ts');
const freshErrors = async () => ({
	...(await import('../errors.ts')),
	...(await import('./errors.ts')),
});

test('reads labels and qualified sub-theme ids from themes.yaml (干部交流轮岗 › 挂职锻炼)', () => {
	const themes = toThemeInfos(readThemeConfig());
	expect([...themes.keys()].sort()).toEqual([...THEME_IDS].sort());
	const rotation = themes.get('cadre-rotation');
	expect(rotation?.label).toBe('干部交流轮岗');
	expect(rotation?.description.length).toBeGreaterThan(10);
	expect(rotation?.subThemes).toContainEqual({
		id: 'cadre-rotation/secondment',
		label: '挂职锻炼',
	});
});

test('labels 挂职锻炼 by its qualified id and keeps unknown ids as they are', async () => {
	const { subThemeLabel, themeLabel } = await freshThemesConfig();
	expect(themeLabel('cadre-rotation')).toBe('干部交流轮岗');
	expect(subThemeLabel('cadre-rotation/secondment')).toBe('挂职锻炼');
	expect(themeLabel('no-such-theme')).toBe('no-such-theme');
	expect(subThemeLabel('cadre-rotation/no-such-sub')).toBe('no-such-sub');
});

test('a broken themes.yaml fails the page with its problems instead of showing ids as labels', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'site-themes-'));
	try {
		writeFileSync(
			join(dir, 'themes.yaml'),
			'themes:\n  - id: cadre-rotation\n    label: 干部交流轮岗\n    description: 挂职、轮岗\n',
		);
		vi.stubEnv('JUCUO_CONFIG_DIR', dir);
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const { themeLabel } = await freshThemesConfig();
		const { ThemeConfigError, toFailure } = await freshErrors();
		let error: unknown;
		try {
			themeLabel('ecology');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ThemeConfigError);
		const failure = toFailure(error);
		expect(failure).toMatchObject({ status: 500, title: '主题配置有误' });
		expect(failure.reason).toMatch(/themes\.yaml is not a valid theme configuration/);
		expect(failure.details).toEqual([
			'scoring: Invalid input: expected object, received undefined',
			'themes[cadre-rotation].keywords: Invalid input: expected object, received undefined',
		]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
