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

	test('settles the cases a second blind reader found ambiguous (讲述者, 防控与复工并写, 事故以外的免职)', () => {
		expect(guide).toMatch(/讲述者不决定主题/u);
		expect(guide).toMatch(/同一篇两者都写时按标题和导语的重心归类/u);
		expect(guide).toMatch(/事故以外对具体干部的撤职、免职和处分也是/u);
		const discipline = config.themes.find((t) => t.id === 'discipline');
		expect(discipline?.description).toMatch(/党纪学习教育/u);
	});
});
