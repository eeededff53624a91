import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { compileThemeMatcher } from './theme-matcher.ts';

const config = readThemeConfig();
const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));

/** Every phrase of the configuration: keywords, sub-theme keywords and negative phrases. */
function phrasesOf(): Set<string> {
	const out = new Set<string>();
	for (const theme of config.themes) {
		for (const strength of ['strong', 'medium', 'weak'] as const)
			for (const term of theme.keywords[strength]) out.add(term);
		for (const sub of theme.subThemes) for (const term of sub.keywords) out.add(term);
		for (const term of theme.negative) out.add(term);
	}
	return out;
}

/** The definition the matcher implements, the slow way: at each place the longest phrase, then past it. */
function plainScan(text: string, phrases: ReadonlySet<string>, longest: number) {
	const hits: { term: string; start: number }[] = [];
	for (let i = 0; i < text.length;) {
		let term: string | undefined;
		for (let end = Math.min(text.length, i + longest); end > i && term === undefined; end--)
			if (phrases.has(text.slice(i, end))) term = text.slice(i, end);
		if (term === undefined) i++;
		else {
			hits.push({ term, start: i });
			i += term.length;
		}
	}
	return hits;
}

test('样例新闻稿里找到的关键词与逐字最长匹配相同', () => {
	const phrases = phrasesOf();
	const longest = Math.max(...[...phrases].map((p) => p.length));
	const matcher = compileThemeMatcher(config);
	let hits = 0;
	for (const file of readdirSync(SOURCES)) {
		const text = readFileSync(join(SOURCES, file), 'utf8');
		const found = matcher.scan(text);
		expect(found.map(({ term, start }) => ({ term, start }))).toEqual(
			plainScan(text, phrases, longest),
		);
		hits += found.length;
	}
	expect(hits).toBeGreaterThan(50);
});

test('嵌套的词取最长的一个，同一个词在两个主题下各记一次效果', () => {
	const [first] = config.themes;
	if (first === undefined) throw new TypeError('themes.yaml has no theme');
	const theme = (id: 'ecology' | 'rural-revitalization', strong: string[], medium: string[]) => ({
		...first,
		id,
		keywords: { strong, medium, weak: [] },
		subThemes: [],
		negative: [],
	});
	const matcher = compileThemeMatcher({
		...config,
		themes: [
			theme('ecology', ['生态', '生态环境保护'], ['生态环境']),
			theme('rural-revitalization', ['美丽乡村'], ['生态环境']),
		],
	});
	const found = matcher.scan('加强生态环境保护，市生态环境局建设美丽乡村生态');
	expect(found.map(({ term, start }) => [term, start])).toEqual([
		['生态环境保护', 2],
		['生态环境', 10],
		['美丽乡村', 17],
		['生态', 21],
	]);
	expect(found[1]?.effects.map((e) => [e.theme, e.strength])).toEqual([
		['ecology', 'medium'],
		['rural-revitalization', 'medium'],
	]);
	expect(matcher.scan('生')).toEqual([]);
});
