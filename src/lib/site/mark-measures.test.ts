import { expect, test } from 'vitest';
import { markMeasures, toParagraphs } from './mark-measures.ts';

const paragraph =
	'加强干部交流,激发活力动力。落实定期轮岗制度,在人、财、物、项目审批等关键岗位工作满5年的,结合干部日常表现,积极推进有序轮岗。对区直部门中担任现职务满10年的';

test('marks the measure 落实定期轮岗制度 and its quantity 满5年 in the text', () => {
	const measure =
		'落实定期轮岗制度,在人、财、物、项目审批等关键岗位工作满5年的,结合干部日常表现,积极推进有序轮岗。';
	const segments = markMeasures(paragraph, [{ text: measure, quantities: [{ text: '满5年' }] }]);
	expect(segments.map((s) => s.text).join('')).toBe(paragraph);
	expect(
		segments
			.filter((s) => s.measure === 0)
			.map((s) => s.text)
			.join(''),
	).toBe(measure);
	expect(segments.filter((s) => s.quantity).map((s) => s.text)).toEqual(['满5年']);
	expect(segments[0]).toEqual({
		text: '加强干部交流,激发活力动力。',
		measure: null,
		quantity: false,
	});
});

test('ignores measures that are not in the paragraph and never overlaps two measures', () => {
	const segments = markMeasures(paragraph, [
		{ text: '加强干部交流', quantities: [] },
		{ text: '干部交流,激发', quantities: [] },
		{ text: '五比五看', quantities: [] },
	]);
	expect(segments.filter((s) => s.measure !== null).map((s) => [s.measure, s.text])).toEqual([
		[0, '加强干部交流'],
	]);
});

test('splits a body into paragraphs on blank lines', () => {
	expect(toParagraphs('第一段。\n\n  第二段\n第二段续。\n\n\n')).toEqual([
		'第一段。',
		'第二段\n第二段续。',
	]);
});
