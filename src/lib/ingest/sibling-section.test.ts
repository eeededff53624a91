import { describe, expect, test } from 'vitest';
import { isSiblingSection } from './sibling-section.ts';

const line = (text: string, n = 1) => ({ text, line: n });

describe('同一篇稿件的小标题句式一致', () => {
	const sections = [line('助企纾困，干部上门解难题'), line('优化服务，审批跑出加速度')];

	test('与已有小标题同为“短语，分句”的一行是下一个小标题', () => {
		expect(isSiblingSection([line('党员带头，攻坚一线显担当')], sections)).toBe(true);
	});

	test('“字！分句”式的小标题同样认', () => {
		const cries = [line('香！老乡进城卖山货')];
		expect(isSiblingSection([line('甜！果农直播卖橙子')], cries)).toBe(true);
	});

	test('都不带标点、字数相同的两行不算同一句式（短的新标题也常是这么长）', () => {
		expect(isSiblingSection([line('全市新增充电桩两千个')], [line('干部上门解企业难题')])).toBe(
			false,
		);
	});

	test('句式不同、带栏目括注或多行的标题不算', () => {
		expect(isSiblingSection([line('全市一季度外贸进出口稳中有升')], sections)).toBe(false);
		expect(isSiblingSection([line('用心服务，让政策落地（短评）')], sections)).toBe(false);
		expect(
			isSiblingSection([line('某某市强化服务保障，干部狠抓落实'), line('稳企业保就业')], sections),
		).toBe(false);
		expect(isSiblingSection([line('党员带头，攻坚一线显担当')], [line('新动能')])).toBe(false);
	});
});
