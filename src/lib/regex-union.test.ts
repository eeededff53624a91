import { describe, expect, it } from 'vitest';
import { FURNITURE, isFurnitureLine } from './ingest/patterns.ts';
import { SPEECH, META, BACKGROUND } from './nlp/measure-rules.ts';
import { anyPattern } from './regex-union.ts';

const LINES = [
	'责任编辑：王明',
	'（本版责编：李 明）',
	'值班编辑 张三 / 审签 李四',
	'文章标签：营商环境 作风建设',
	'TAGS: 干部 轮岗',
	'分享到：',
	'当前位置：首页 > 政务动态',
	'第03版：要闻',
	'（完）',
	'为进一步优化营商环境，某某县出台十条措施。',
	'他表示，要把干部轮岗交流作为一项长期工作。',
	'该县位于鲁西南，总面积1200平方公里。',
	'',
];

describe('anyPattern', () => {
	it('answers as testing every pattern in turn does, flags and all', () => {
		const some = (text: string) => FURNITURE.some((p) => p.test(text));
		for (const line of LINES) expect(isFurnitureLine(line), line).toBe(some(line));
		// The case-blind pattern still reads `TAGS` in capitals; the others stay case-sensitive.
		expect(isFurnitureLine('TAGS: 干部 轮岗')).toBe(true);
	});

	it('joins unanchored rules without losing a match anywhere in the text', () => {
		const rules = [SPEECH, META, BACKGROUND];
		const union = anyPattern(rules);
		for (const line of LINES) expect(union(line), line).toBe(rules.some((p) => p.test(line)));
		expect(union('该县位于鲁西南，总面积1200平方公里。')).toBe(true);
	});

	it('keeps a back-reference and a global pattern apart, as they were', () => {
		const twice = /^(\S{2,8})\s+\1$/;
		const union = anyPattern([/^第\d+版/, twice]);
		expect(union('某某日报 某某日报')).toBe(true);
		expect(union('某某日报 某某晚报')).toBe(false);
		const global = /某某/g;
		const withGlobal = anyPattern([global, /^无$/]);
		expect(withGlobal('某某县')).toBe(true);
		// The global pattern keeps its own position, as testing it alone would.
		expect(global.lastIndex).toBe(2);
	});
});
