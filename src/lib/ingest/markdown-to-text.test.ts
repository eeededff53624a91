import { describe, expect, test } from 'vitest';
import { markdownToLines } from './markdown-to-text.ts';

describe('markdownToLines', () => {
	test('keeps 菏泽 headings with their level and drops emphasis', () => {
		const md =
			'我市召开主题新闻发布会\n\n# 打造一支高素质干部队伍\n\n## 权威发布\n\n**本报讯(记者 李若生)** 11月29日,我市召开发布会,*邀请*相关负责人介绍情况。\n';
		expect(markdownToLines(md)).toEqual([
			{ text: '我市召开主题新闻发布会', line: 1 },
			{ text: '打造一支高素质干部队伍', line: 3, heading: 1 },
			{ text: '权威发布', line: 5, heading: 2 },
			{ text: '本报讯(记者 李若生) 11月29日,我市召开发布会,邀请相关负责人介绍情况。', line: 7 },
		]);
	});

	test('splits soft line breaks and list items into blocks, skips code', () => {
		const md = '第一行正文\n第二行正文。\n\n- 聚焦“管人员”。\n- 聚焦“管平台”。\n\n```\ncode\n```\n';
		expect(markdownToLines(md).map((l) => l.text)).toEqual([
			'第一行正文',
			'第二行正文。',
			'聚焦“管人员”。',
			'聚焦“管平台”。',
		]);
	});
});
