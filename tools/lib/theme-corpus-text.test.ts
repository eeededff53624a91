import { describe, expect, test } from 'vitest';
import { ingestedText } from './theme-corpus-text.ts';

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
