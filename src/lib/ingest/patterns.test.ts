import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BYLINE_LINE, endsSentence, hanAtLeast, hanCount } from './patterns.ts';

/** `endsSentence` as two patterns: closing marks and spaces stripped from the end, then the last character. */
function endsSentenceByPatterns(text: string): boolean {
	const stripped = text.replace(/[”’」』》)\uFF09】\]\s]+$/u, '');
	return /[。!?\uFF01\uFF1F…;\uFF1B.]$/u.test(stripped);
}

const sources = new URL('../../../content/sources/', import.meta.url);
const fixtures = new URL('./fixtures/', import.meta.url);
const pages = [
	...readdirSync(sources).map((f) => readFileSync(new URL(f, sources), 'utf8')),
	...readdirSync(fixtures, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.flatMap((d) =>
			readdirSync(new URL(`${d.name}/`, fixtures))
				.filter((f) => f.endsWith('.txt') || f.endsWith('.html') || f.endsWith('.md'))
				.map((f) => readFileSync(new URL(`${d.name}/${f}`, fixtures), 'utf8')),
		),
];

test('句末判断与“去掉句末引号括号空白后看末字”的写法一致（样例版面与测试版面的每一行）', () => {
	const lines = pages.flatMap((p) => p.split('\n'));
	let sentences = 0;
	for (const line of lines) {
		const expected = endsSentenceByPatterns(line);
		if (expected) sentences++;
		expect(endsSentence(line), line).toBe(expected);
	}
	expect(sentences).toBeGreaterThan(50);
	expect(lines.length - sentences).toBeGreaterThan(50);
});

test('引号、括号、全角空格、不换行空格之后的句号仍算句末；只有引号或空白不算', () => {
	for (const text of [
		'他说：“要抓好落实。”',
		'会议要求（详见附件）。）',
		'工作有序推进。\u3000\u00a0 ',
		'真的吗？』】]',
		'数据如下：3.',
		'…',
		'”）',
		'\u3000',
		'',
		'标题没有句号',
		'结尾是扩展区汉字𠀀',
		'半个代理项\ud800',
		'尾随换行。\n\r\u2028',
	])
		expect(endsSentence(text), JSON.stringify(text)).toBe(endsSentenceByPatterns(text));
});

test('“至少 n 个汉字”与数全再比的答案相同（样例与测试版面的每一行，含扩展区汉字 𠀀）', () => {
	const lines = [...pages.flatMap((p) => p.split('\n')), '𠀀', '𠀀字', 'ab𠀀', ''];
	const wrong: string[] = [];
	for (const line of lines)
		for (const n of [0, 1, 2, 4, 20])
			if (hanAtLeast(line, n) !== hanCount(line) >= n) wrong.push(`${n}: ${line}`);
	expect(wrong).toEqual([]);
	expect(hanAtLeast('𠀀字', 2)).toBe(true);
	expect(hanAtLeast('abc 123', 1)).toBe(false);
});

test('a byline names people after 记者; a headline about reporters (记者并…, 记者们…, 记者会…) is not one', () => {
	for (const byline of [
		'新华社记者白雪',
		'总台记者 于洋',
		'本报记者 向明',
		'本报记者 王 丹',
		'记者 张三 李四',
	])
		expect(BYLINE_LINE.test(byline), byline).toBe(true);
	for (const headline of [
		'国务院新闻办公室负责人会见中外记者并回答提问',
		'驻村记者们走进田间地头',
		'市政府召开记者会通报春运',
		'县融媒体中心记者站挂牌成立',
	])
		expect(BYLINE_LINE.test(headline), headline).toBe(false);
});

test('报名带间隔号（地方版、县级融媒的报纸）的记者署名是署名', () => {
	for (const byline of [
		'某某市晚报·某某哈萨克自治县版全媒体记者　王某某',
		'某某县融媒·周报记者 李某',
	])
		expect(BYLINE_LINE.test(byline), byline).toBe(true);
	expect(BYLINE_LINE.test('某某市晚报·某某县版记者节座谈会举行')).toBe(false);
});

test('“作者 | 某某”是署名；竖线后的“图｜某某”“文｜某某”是图片或文字的出处，不算作分开稿件的署名', () => {
	for (const byline of ['作者 | 王某某', '作者｜李某', '撰稿丨张某某'])
		expect(BYLINE_LINE.test(byline), byline).toBe(true);
	for (const credit of ['图｜王某某', '文 | 李某'])
		expect(BYLINE_LINE.test(credit), credit).toBe(false);
});
