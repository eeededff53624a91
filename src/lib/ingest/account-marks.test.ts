import { describe, expect, test } from 'vitest';
import { isAccountLine } from './outlets.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// WeChat's 原创 mark before the account's name, set off by a space or by a colon
// (`原创：某某日报全媒体　某某日报全媒体`): the account's line under the title, no headline.

describe('“原创：”后的公众号行', () => {
	test('冒号隔开的原创标记也是账号行', () => {
		expect(isAccountLine('原创：某某县融媒体中心　某某县融媒体中心')).toBe(true);
		expect(isAccountLine('原创：某某县融媒体中心')).toBe(true);
		expect(isAccountLine('原创：让群众有更多获得感')).toBe(false);
	});

	test('标题下的“原创：”账号行不是标题', () => {
		const items = itemsOf([
			'整治群众身边腐败，让群众更有获得感',
			'原创：某某县融媒体中心　某某县融媒体中心',
			'2024年05月08日　12:12　IP属地：河北',
			'',
			...LEAD,
		]);
		expect(items.map((a) => a.title)).toEqual(['整治群众身边腐败，让群众更有获得感']);
	});
});
