import { expect, test } from 'vitest';
import { highlight, segmentsToString, snippet, termMatcher } from './highlight.ts';

test('marks 营商环境 in the original text without changing it', () => {
	const text = '持续营建优质高效营商环境的相关工作情况';
	const segments = highlight(text, termMatcher(['营商环境']));
	expect(segmentsToString(segments)).toBe(text);
	expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['营商环境']);
});

test('marks a word broken by a page break (能\\n\\n力) and keeps the break', () => {
	const text = '推动干部队伍建设能\n\n力大幅提升';
	const segments = highlight(text, termMatcher(['能力']));
	expect(segmentsToString(segments)).toBe(text);
	expect(segments.find((s) => s.match)?.text).toBe('能\n\n力');
});

test('prefers the longest term: 干部轮岗 over 干部', () => {
	const segments = highlight('推进干部轮岗交流', termMatcher(['干部', '干部轮岗']));
	expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['干部轮岗']);
});

test('a snippet shows a window around 五比五看 with ellipses and no inserted spaces', () => {
	const text = `${'开头的句子。'.repeat(40)}峄城区启动“五比五看”“十问十答”作风建设活动。${'结尾的句子。'.repeat(40)}`;
	const segments = snippet(text, termMatcher(['五比五看']), 60);
	const joined = segmentsToString(segments);
	expect(joined.startsWith('…')).toBe(true);
	expect(joined.endsWith('…')).toBe(true);
	expect(joined).toContain('五比五看');
	expect(text).toContain(joined.slice(1, -1));
});

test('a snippet without matches starts at the beginning', () => {
	expect(segmentsToString(snippet('短文本。', null, 60))).toBe('短文本。');
});

test('marks full-width digits and letters for an ASCII term, and Chinese terms beside them', () => {
	const text = '２０２３年，全区ＧＤＰ增长５．２％，营商环境持续优化';
	const marked = (terms: string[]) =>
		highlight(text, termMatcher(terms))
			.filter((s) => s.match)
			.map((s) => s.text);
	expect(marked(['2023'])).toEqual(['２０２３']);
	expect(marked(['gdp', '营商环境'])).toEqual(['ＧＤＰ', '营商环境']);
	expect(marked(['营商环境'])).toEqual(['营商环境']);
	expect(marked(['营商　环境'])).toEqual(['营商环境']);
});
