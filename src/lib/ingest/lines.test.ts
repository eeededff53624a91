import { describe, expect, test } from 'vitest';
import { stripInlineMarkup, textToLines } from './lines.ts';

describe('textToLines', () => {
	test('reads Markdown-ish marks in a 牡丹晚报 .txt page', () => {
		const text =
			'\n\n我市召开主题新闻发布会牡丹区专场\n\n# 打造一支高素质能干事勇担当的干部队伍\n\n## 权威发布\n\n\n\n**本报讯(记者 李若生)** 11月29日,我市召开发布会。\n';
		expect(textToLines(text)).toEqual([
			{ text: '我市召开主题新闻发布会牡丹区专场', line: 3 },
			{ text: '打造一支高素质能干事勇担当的干部队伍', line: 5, heading: 1 },
			{ text: '权威发布', line: 7, heading: 2 },
			{ text: '本报讯(记者 李若生) 11月29日,我市召开发布会。', line: 11 },
		]);
	});

	test('keeps single-newline paragraphs apart', () => {
		expect(
			textToLines('以激励之道\n推动干部队伍素质提升\n制定实施意见。').map((l) => l.line),
		).toEqual([1, 2, 3]);
	});
});

describe('stripInlineMarkup', () => {
	test('drops bold, italic, code and link marks but keeps words', () => {
		expect(stripInlineMarkup('**本报讯** *近日*,见[通知](http://x.cn)与`附件`')).toBe(
			'本报讯 近日,见通知与附件',
		);
	});
});
