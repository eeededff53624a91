import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// A site's CMS may fill a box between the headline block and the text with the text's own opening
// (a digest, a summary, a lead-in), whatever it labels it: the text keeps that sentence, the box is
// furniture by what it repeats.

const HEAD = [
	'某某市人民政府网',
	'全市完成高标准农田建设二十八万亩',
	'发布时间：2023-11-02　来源：某某市农业农村局',
];
const TEXT = [
	'今年以来，全市坚持把高标准农田建设作为保障粮食安全的重要抓手，完成建设任务二十八万亩。',
	'市农业农村局会同财政、自然资源等部门，统筹整合涉农资金，推行“先建后补”，项目区亩均增产一百余斤。',
	'下一步，全市将健全建后管护机制，确保农田建得好、用得久。',
];
const FOOTER = '网站标识码：1234000003';

const bodyOf = (lines: string[]) => {
	const items = itemsOf([...HEAD, ...lines, FOOTER]);
	expect(items).toHaveLength(1);
	return items[0]!;
};

describe('重复正文开头的摘要框', () => {
	test.each([['本文速览：'], ['【一句话新闻】'], ['看点｜'], ['▍内容提要：'], ['■ 摘要｜']])(
		'标签“%s”后重复正文首句的框不进正文',
		(label) => {
			const a = bodyOf([`${label}${TEXT[0]!}`, ...TEXT]);
			expect(a.paragraphs).toEqual(TEXT);
			expect(a.title).toBe(HEAD[1]);
		},
	);

	test('截断后带省略号的框、和正文之间隔着图片说明，也不进正文', () => {
		const cut = `要点：${TEXT[0]!.slice(0, 24)}…`;
		const a = bodyOf([cut, '（图）', '▲农田灌溉设施。某某 摄', ...TEXT]);
		expect(a.paragraphs.join('\n')).not.toContain('要点');
	});

	test('框里重复的首句带电头，不另起一条', () => {
		const lead = `本报讯（记者 王某）${TEXT[0]!}`;
		const items = itemsOf([...HEAD, `内容速递：${lead.slice(0, 40)}……`, lead, ...TEXT.slice(1)]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs).toEqual([lead, ...TEXT.slice(1)]);
	});

	test('不重复正文的提要照留，与正文开头相同的标题仍是标题', () => {
		const own = '导览：建设任务超额完成，亩均增产明显，管护机制正在健全。';
		expect(bodyOf([own, ...TEXT]).paragraphs).toEqual([own, ...TEXT]);
		const title = '全市坚持把高标准农田建设作为保障粮食安全的重要抓手';
		const [a] = itemsOf([
			HEAD[0]!,
			title,
			HEAD[2]!,
			`${title}，今年完成建设任务二十八万亩。`,
			...TEXT.slice(1),
		]);
		expect(a?.title).toBe(title);
	});
	test('单独一行的框标签（【导读】）下重复首句的提要，连同标签一起去掉，首段照留', () => {
		for (const label of ['【导读】', '内容提要：', '〔核心提示〕']) {
			const lead = `${TEXT[0]!}项目区群众对此十分满意。`;
			const a = bodyOf([label, TEXT[0]!, lead, ...TEXT.slice(1)]);
			expect(a.paragraphs, label).toEqual([lead, ...TEXT.slice(1)]);
		}
	});
	test('截断后带“（全文）”“（详见正文）”之类指向正文的框，连同它上面的标签，不进正文', () => {
		const lead = `本报某某11月1日电 （记者张某）${TEXT[0]!}`;
		for (const pointer of ['…（全文）', '……（详见正文）', '…[阅读全文]']) {
			const a = bodyOf(['▍核心提示', `${lead.slice(0, 40)}${pointer}`, lead, ...TEXT.slice(1)]);
			expect(a.paragraphs, pointer).toEqual([lead, ...TEXT.slice(1)]);
		}
	});
});
