import { expect, test } from 'vitest';
import { browserTitleHeadline } from './browser-title.ts';

// A browser's page title may open on the site's column before the headline, with the site's name
// or only its place after it (`乡镇动态_标题_某某县人民政府`, `基层信息_标题_某某县`): a column of
// news, updates or information (`…动态`, `…信息`) frames the headline as the site's name does.
test('浏览器标题以栏目名开头、以站名或地名结尾：中间是标题', () => {
	expect(browserTitleHeadline('乡镇动态_某某县召开春季森林防火工作推进会_某某县人民政府')).toBe(
		'某某县召开春季森林防火工作推进会',
	);
	expect(browserTitleHeadline('基层信息_某某果博会签约77.8亿元_某某县')).toBe(
		'某某果博会签约77.8亿元',
	);
	expect(browserTitleHeadline('某某县召开春季森林防火工作推进会_某某县')).toBeUndefined();
});
