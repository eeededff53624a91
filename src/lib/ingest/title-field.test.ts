import { describe, expect, test } from 'vitest';
import { titleNamedByField, unkeyTitleFields } from './title-field.ts';
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

	test('标题字段点名的标题胜过正文里像标题的小标题', () => {
		const items = itemsOf([
			'首页 | 政务公开 | 新闻中心 | 互动交流',
			'发文机构：某某县林业局　　发布时间：2024.05.08 星期三 10:12',
			'标题：守护青山绿水的名片（评论员观察）',
			'[2024]10086 | 某某县林业局 | 发布：2024.05.08 星期三 10:12',
			'守护青山绿水的名片（评论员观察）',
			'文字：王某某　摄影：李某某',
			'',
			'\u3000\u3000——春季护林防火系列评论③',
			'',
			'\u3000\u3000护林防火人人有责，守住青山就是守住家园的根本',
			'',
			'\u3000\u3000每到春季，山林干燥，野外用火稍有不慎就可能酿成大火，守住青山就是守住家园。',
			'\u3000\u3000今年以来，某某县组织护林员巡山护林，护林防火宣传进村入户，群众防火意识明显增强。',
		]);
		expect(items.map((a) => a.title)).toEqual(['守护青山绿水的名片（评论员观察）']);
	});

	test('标题字段的值另印成一行时才点名标题', () => {
		expect(
			titleNamedByField('副题', ['标题：某某县部署春季森林防火工作', '某某县部署春季森林防火工作']),
		).toBe('某某县部署春季森林防火工作');
		expect(titleNamedByField('副题', ['标题：某某县部署春季森林防火工作'])).toBeUndefined();
	});
});
