import { expect, test } from 'vitest';
import { isBriefHead, isSidebarLabel } from './sidebar-briefs.ts';

const head = (...texts: string[]) => texts.map((text) => ({ text }));

test('边栏的标签和各地简讯的头（地名在标题上）按形状认出', () => {
	for (const label of ['■链接', '【相关链接】', '背景链接：'])
		expect(isSidebarLabel(label)).toBe(true);
	expect(isSidebarLabel('链接两岸的桥梁')).toBe(false);
	for (const place of ['吉　林', '福 州', '内蒙古', '北京丰台', '某某县'])
		expect(isBriefHead(head(place, '表现突出 及时奖励')), place).toBe(true);
});

test('话题标签（北派舞狮）、单独一行的地名不是简讯的头', () => {
	expect(isBriefHead(head('北派舞狮', '头戴狮头腾挪跳跃'))).toBe(false);
	expect(isBriefHead(head('非遗传承', '剪纸艺人收徒'))).toBe(false);
	expect(isBriefHead(head('内蒙古'))).toBe(false);
});
