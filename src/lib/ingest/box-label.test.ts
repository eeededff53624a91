import { describe, expect, test } from 'vitest';
import { NOTE_LABEL_WORDS, SUMMARY_LABEL_WORDS } from './box-label.ts';
import { isEditorNoteLine } from './editor-note.ts';
import { isBoxLabel, opensWithBoxLabel } from './line-roles.ts';

// One list of an editors' box's labels: a label any page kind knows is read by every caller, the
// web page's note, the TV or e-paper page's box and the newspaper's label alone on its line.

const NOTE = '为展示各地春季防火工作成效，本报推出系列报道。';

describe('一份编者按、导语标签表，各类页面共用', () => {
	test.each([...NOTE_LABEL_WORDS])('编辑部的“%s”：网页、电视页和报纸都认', (word) => {
		expect(isEditorNoteLine(`${word}：${NOTE}`)).toBe(true);
		expect(isEditorNoteLine(`【${word}】${NOTE}`)).toBe(true);
		expect(opensWithBoxLabel(`${word}：${NOTE}`)).toBe(true);
		expect(opensWithBoxLabel(`【${word}】${NOTE}`)).toBe(true);
		expect(isBoxLabel(word)).toBe(true);
		expect(isBoxLabel(`【${word}】`)).toBe(true);
	});

	test.each([...SUMMARY_LABEL_WORDS])(
		'报道自带的“%s”：电视页和报纸认，网页转载时随正文留下',
		(word) => {
			expect(opensWithBoxLabel(`${word}：${NOTE}`)).toBe(true);
			expect(isBoxLabel(word)).toBe(true);
			expect(isEditorNoteLine(`${word}：${NOTE}`)).toBe(false);
		},
	);

	test('排版时拉开的标签（“编 者 按”）也认', () => {
		expect(isEditorNoteLine(`编 者 按：${NOTE}`)).toBe(true);
		expect(opensWithBoxLabel(`编 者 按：${NOTE}`)).toBe(true);
		expect(isBoxLabel('编 者 按')).toBe(true);
	});

	test('正文后的“编后”是报纸自己的评论，不是标题下的框', () => {
		for (const line of [`编后：${NOTE}`, `编后语：${NOTE}`, `【编后】${NOTE}`]) {
			expect(isEditorNoteLine(line)).toBe(false);
			expect(opensWithBoxLabel(line)).toBe(false);
		}
		expect(isBoxLabel('编后')).toBe(false);
	});

	test('标签只是一行的开头：正文里提到“导语”不算', () => {
		expect(opensWithBoxLabel('新闻导语要写得简洁，这是记者的基本功。')).toBe(false);
		expect(isEditorNoteLine('新闻导语要写得简洁，这是记者的基本功。')).toBe(false);
		expect(isBoxLabel('编者按语写作')).toBe(false);
	});
});
