import { describe, expect, test } from 'vitest';
import { isSpacedMenu } from './menus.ts';

describe('isSpacedMenu', () => {
	test('从首页起的一行栏目是菜单', () => {
		expect(isSpacedMenu('网站首页  机构设置  政策文件')).toBe(true);
		expect(isSpacedMenu('本站首页 · 机构职能 · 政策文件')).toBe(true);
		expect(isSpacedMenu('首 页  要闻  视频')).toBe(true);
		expect(isSpacedMenu('要闻 本地 视频 热点 更多')).toBe(true);
	});

	test('夹着汉字以外字符的一行不是菜单', () => {
		expect(isSpacedMenu('网站首页  机构设置  English')).toBe(false);
		expect(isSpacedMenu('要闻 本地 视频 热点 2024')).toBe(false);
		expect(isSpacedMenu('首页 要闻 视频。')).toBe(false);
		expect(isSpacedMenu('记者 王某 通讯员 李某')).toBe(false);
	});
});
