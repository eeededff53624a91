import { describe, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { articleScope, scopeLines } from './theme-scope.ts';

const segmenter = createJiebaSegmenter();

describe('articleScope', () => {
	test('国务院办公厅印发通知 is national', () => {
		const row = {
			title: '国务院办公厅印发《关于进一步优化政务服务的意见》',
			text: '新华社北京3月1日电 近日，国务院办公厅印发意见，要求各地区各部门推进政务服务标准化。',
			source: '人民日报',
		};
		expect(articleScope(row, segmenter)).toBe('national');
	});

	test('a county reported from its province is local', () => {
		const row = {
			title: '浙江安吉县推进美丽乡村建设',
			text: '本报杭州3月1日电 浙江省湖州市安吉县近年来推进美丽乡村建设，全县村庄人居环境持续改善。',
			source: '人民日报',
		};
		expect(articleScope(row, segmenter)).toBe('local');
	});
});

describe('scopeLines', () => {
	test('scores each scope apart and leaves out items of unknown scope', () => {
		const items = [
			{ id: 'a', ok: true },
			{ id: 'b', ok: false },
			{ id: 'c', ok: true },
			{ id: 'd', ok: true },
		];
		const scope = new Map([
			['a', 'national'],
			['b', 'national'],
			['c', 'local'],
		] as const);
		const lines = scopeLines(
			items,
			(item) => scope.get(item.id as 'a'),
			(subset) => `${subset.filter((i) => i.ok).length} right`,
		);
		expect(lines).toEqual(['    national (2): 1 right', '    local (1): 1 right']);
	});
});
