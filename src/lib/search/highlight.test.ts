import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { densestStart, highlight, segmentsToString, snippet, termMatcher } from './highlight.ts';

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

/** Where `snippet`'s window opens, each window's matches counted anew: the reference. */
function referenceStart(text: string, ranges: [number, number][], length: number): number {
	let start = 0;
	let best = -1;
	for (const [s] of ranges) {
		const from = Math.max(0, s - Math.floor(length / 5));
		const inside = ranges.filter(([a, b]) => a >= from && b <= from + length);
		const score = new Set(inside.map(([a, b]) => text.slice(a, b))).size * 10 + inside.length;
		if (score > best) {
			best = score;
			start = from;
		}
	}
	return start;
}

test('the densest window of the bundled samples is the one counting each window anew finds', () => {
	let compared = 0;
	for (const article of sampleArticles()) {
		const text = article.body;
		for (const terms of [
			['发展'],
			['工作', '建设'],
			['的'],
			['企业', '服务', '发展'],
			['乡村振兴'],
		]) {
			const ranges: [number, number][] = [];
			let at = 0;
			for (const s of highlight(text, termMatcher(terms))) {
				if (s.match) ranges.push([at, at + s.text.length]);
				at += s.text.length;
			}
			for (const length of [60, 120])
				expect(densestStart(text, ranges, length)).toBe(referenceStart(text, ranges, length));
			compared += ranges.length;
		}
	}
	expect(compared).toBeGreaterThan(100);
});
