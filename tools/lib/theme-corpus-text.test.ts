import { describe, expect, test } from 'vitest';
import { corpusHeadline, ingestedText } from './theme-corpus-text.ts';

describe('ingestedText', () => {
	test('gives a corpus row the body ingest gives it: paragraphs trimmed of indents, blank lines between', () => {
		const row = {
			title: '【学思想 强党性】某县推进基层减负',
			text: '\u3000\u3000第一段。 \n\n\n\u3000\u3000第二段。\n \n',
		};
		expect(ingestedText(row)).toEqual({
			title: '【学思想 强党性】某县推进基层减负',
			body: '第一段。\n\n第二段。',
		});
	});

	test('keeps the lead free of indentation: the first 150 characters are words, as after ingest', () => {
		const text = `\u3000\u3000${'字'.repeat(10)}\n\u3000\u3000${'词'.repeat(10)}`;
		expect(ingestedText({ title: '', text }).body.slice(0, 22)).toBe(
			`${'字'.repeat(10)}\n\n${'词'.repeat(10)}`,
		);
	});
});

describe('corpusHeadline', () => {
	const row = {
		title: '把好事办到群众心坎上（民生视线）',
		headline_lines: ['某市推行养老服务“一站通办”——', '把好事办到群众心坎上（民生视线）'],
	};

	test('reads the main title alone at one line, without its column tag', () => {
		expect(corpusHeadline(row, 1)).toBe('把好事办到群众心坎上');
	});

	test('reads kicker, title and subtitle as a page gives them, each without its column tag', () => {
		expect(corpusHeadline(row, 3)).toBe('某市推行养老服务“一站通办”—— 把好事办到群众心坎上');
		expect(
			corpusHeadline(
				{
					title: '中办国办印发',
					headline_lines: ['中办国办印发', '关于推进基层整合审批服务的意见'],
				},
				3,
			),
		).toBe('中办国办印发 关于推进基层整合审批服务的意见');
	});

	test('falls back to the title when a row prints no headline lines (新闻联播)', () => {
		expect(corpusHeadline({ title: '【新思想引领新征程】某省推进减负' }, 3)).toBe('某省推进减负');
	});
});
