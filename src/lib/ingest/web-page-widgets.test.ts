import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// What a portal's floating widgets leave in a saved page: a help robot's greeting and frequent
// questions after the text. They are the page's, not the article's.

const HEAD = ['某某县人民政府门户网站', '某某县召开春季森林防火工作推进会', '发布时间：2023-05-08'];

describe('页面上的问答小窗', () => {
	test('正文后的问候和常见问题不进正文', () => {
		const [a] = itemsOf([
			...HEAD,
			...LEAD,
			'在线咨询',
			'您好，我是某某县政务服务机器人，有什么可以帮您的吗？',
			'大家都在问：',
			'新办营业执照要带什么？',
			'医保卡丢了怎么补办？',
			'请输入问题　提交',
		]);
		expect(a!.paragraphs).toEqual(LEAD);
	});

	test('以一句反问收尾的文章保留这句', () => {
		const close = '守护青山，难道不是我们每个人的责任吗？';
		const [a] = itemsOf([...HEAD, ...LEAD, close, '责任编辑：王某']);
		expect(a!.paragraphs).toEqual([...LEAD, close]);
	});
});
