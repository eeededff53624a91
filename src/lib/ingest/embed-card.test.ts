import { describe, expect, test } from 'vitest';
import { embedCardLines } from './embed-card.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// A WeChat post embeds cards between its paragraphs: a 视频号 video, a 小程序, an account to follow.

const HEAD = ['某某县人民政府门户网站', '某某县召开春季森林防火工作推进会', '发布时间：2023-05-08'];
const MORE = '会议还对清明节期间祭扫用火管理作出安排，要求各地设立劝导点，引导群众文明祭扫。';

const cardIn = (texts: string[]) =>
	[
		...embedCardLines(
			texts.map((text, line) => ({ text, line })),
			furniture.embedCards,
		),
	]
		.sort((a, b) => a - b)
		.map((i) => texts[i]);

describe('公众号文章段落之间嵌入的卡片', () => {
	test('视频号卡片（标签、账号、视频标题和时长）不进正文', () => {
		for (const card of [
			['▶ 某某发布的视频号', '护林员的一天　01:45'],
			['视频号', '某某县融媒体中心', '春季防火宣传进村入户'],
			['某某县融媒', '公众号 · 已关注'],
		]) {
			const [a] = itemsOf([...HEAD, LEAD[0]!, ...card, LEAD[1]!, MORE]);
			expect(a!.paragraphs).toEqual([...LEAD, MORE]);
		}
	});

	test('“视频号 · 账号”标签下的账号名和标题都是卡片', () => {
		const card = ['视频号 · 某某融媒', '某某县融媒体中心', '春季防火宣传进村入户'];
		expect(cardIn([LEAD[0]!, ...card, LEAD[1]!])).toEqual(card);
	});

	test('已关注的公众号卡片：按钮和它上面的账号名', () => {
		const card = ['某某县融媒', '服务号 · 已关注'];
		expect(cardIn([LEAD[0]!, ...card, LEAD[1]!])).toEqual(card);
	});

	test('视频号卡片的播放按钮和它上面的账号名', () => {
		const card = ['某某县融媒', '视频号 · 点击播放'];
		expect(cardIn([LEAD[0]!, ...card, LEAD[1]!])).toEqual(card);
	});

	test('“点击下方卡片”提示下的账号名和简介是卡片', () => {
		const card = ['↓ 点击下方卡片 一键关注', '某某县发布', '某某县人民政府新闻办公室官方账号'];
		expect(cardIn([LEAD[0]!, ...card, LEAD[1]!])).toEqual(card);
	});

	test('卡片下的段落不算卡片；正文里说到视频号的句子不是标签', () => {
		const own = '县融媒体中心开通视频号，播出防火宣传短片二十余条。';
		expect(cardIn([LEAD[0]!, '视频号', LEAD[1]!, own])).toEqual(['视频号']);
	});
});
