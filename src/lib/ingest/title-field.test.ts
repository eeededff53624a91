import { describe, expect, test } from 'vitest';
import { unkeyTitleFields } from './title-field.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

describe('政务公开表格里的标题字段', () => {
	test('“标  题”“名　　称：”的值是标题，键不是', () => {
		const lines = [
			'标  题\t某某县部署春季森林防火工作',
			'名\u3000\u3000称：某某县森林防火实施方案',
		];
		expect(
			unkeyTitleFields(lines.map((text, i) => ({ text, line: i + 1 }))).map((l) => l.text),
		).toEqual(['某某县部署春季森林防火工作', '某某县森林防火实施方案']);
	});

	test('正文里以“题目”开头的句子不动', () => {
		const line = { text: '题目很难，同学们讨论了很久才找到答案。', line: 1 };
		expect(unkeyTitleFields([line])).toEqual([line]);
	});

	test('表格在标题之上：标题不带“标 题”', () => {
		const items = itemsOf([
			'首页 | 政务公开 | 新闻中心 | 互动交流',
			'当前位置：首页 > 政务公开 > 工作动态',
			'标  题\t某某县部署春季森林防火工作',
			'发布时间\t2024年05月08日',
			'信息来源\t某某县融媒体中心',
			'某某县部署春季森林防火工作',
			...LEAD,
		]);
		expect(items.map((a) => a.title)).toEqual(['某某县部署春季森林防火工作']);
		expect(items[0]!.paragraphs).toEqual(LEAD);
	});
});
