import { expect, test } from 'vitest';
import { browserTitleHeadline } from './browser-title.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

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

// A site's own name before its column (`某某县门户网——信息公开`) is the title of the site's section
// page, which names no article.
test('站名加栏目名的浏览器标题里没有文章标题', () => {
	expect(browserTitleHeadline('某某市人民政府门户网站——信息公开')).toBeUndefined();
	expect(browserTitleHeadline('某某县政务服务网_工作动态')).toBeUndefined();
	expect(browserTitleHeadline('某某县召开春季森林防火工作推进会——政务公开')).toBe(
		'某某县召开春季森林防火工作推进会',
	);
	// Before a site's name, a headline may end like a body's name.
	expect(browserTitleHeadline('某某镇成立矛盾纠纷调处中心--部门动态--某某县人民政府网')).toBe(
		'某某镇成立矛盾纠纷调处中心',
	);
});

test('浏览器标题里的站名单独印在下一行时不拿它当标题', () => {
	const [a] = itemsOf([
		'某某县政务服务网——政务公开',
		'某某县政务服务网',
		'某某县人民政府办公室　主办',
		'首页 新闻 公告 办事 互动',
		'▶ 首页 » 工作动态 » 正文',
		'某某县召开春季森林防火工作推进会',
		'发布时间：2021-05-08　来源：某某县林业局',
		...LEAD,
	]);
	expect(a?.title).toBe('某某县召开春季森林防火工作推进会');
});
