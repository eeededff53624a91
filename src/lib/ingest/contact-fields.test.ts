import { expect, test } from 'vitest';
import { isContactFields } from './contact-fields.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// Under a page's text and its tool bar (`返回目录 | 上一期 | 下一期`), a site prints its contacts:
// an address and postcode, a phone, a mailbox. They are the site's footer, not the story's close.

const PAPER = ['某某日报', '第12版 城乡建设一线', '全县春季森林防火工作推进会召开'];

test('电子报版面导航下面的地址、邮编和电话、邮箱行不进最后一篇的正文', () => {
	for (const footer of [
		'地址：某某县人民路8号　邮编：671300',
		'联系电话：0123-4567890　电子邮箱：news@某某县.gov.cn',
	]) {
		const [a] = itemsOf([...PAPER, ...LEAD, '数字报首页  往期回顾  版面导航  标题导航', footer]);
		expect(a!.paragraphs).toEqual(LEAD);
	}
});

test('只有键值、又有邮编、电话或邮箱的行才是联系方式', () => {
	expect(isContactFields('地址：某某县人民路8号　邮编：671300', 80)).toBe(true);
	expect(isContactFields('来源：某某县融媒体中心　作者：王某某', 80)).toBe(false);
	expect(isContactFields('报名地址：县人社局二楼，联系电话：0123-4567890。', 80)).toBe(false);
});
