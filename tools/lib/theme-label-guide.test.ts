import { describe, expect, test } from 'vitest';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { labellingGuide } from './theme-label-guide.ts';

describe('labellingGuide', () => {
	const config = readThemeConfig();
	const guide = labellingGuide(config);

	test('lists every theme of themes.yaml with its whole description, boundary rules included', () => {
		for (const theme of config.themes)
			expect(guide).toContain(`- ${theme.id}（${theme.label}）：${theme.description}`);
	});

	test('states the reader’s general conventions before the themes (疫情防控 is no theme of its own)', () => {
		expect(guide.indexOf('通则：')).toBeLessThan(guide.indexOf('主题：'));
		expect(guide).toMatch(/疫情防控不是单列主题/u);
	});
});
