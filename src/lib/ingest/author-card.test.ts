import { expect, test } from 'vitest';
import { authorCardLines } from './author-card.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// Under a contributed article a site may print a card about its writer (作者简介, 关于作者): who
// wrote it and where the writer works. It is the site's note on the writer, not the story's text,
// and the unit it names is no outlet.

const HEAD = [
	'某某县人民政府门户网站',
	'首页 | 新闻中心 | 政务公开',
	'全县春季森林防火工作推进会召开',
	'发布时间：2024-05-08　来源：某某县融媒体中心',
];
const cards = furniture.authorCards;
const cardLines = (texts: string[]) =>
	[
		...authorCardLines(
			texts.map((text, line) => ({ text, line })),
			cards,
		),
	].map((i) => texts[i]);

test('正文后带键的作者简介不进正文，编辑署名照常处理', () => {
	for (const card of [
		'作者简介：王小明，某某县第一中学教师，业余从事文学创作。',
		'【作者简介】李华，女，某某县人，县作家协会会员，作品散见于各级报刊。',
		'作者单位：某某县人民医院',
	]) {
		const [a] = itemsOf([...HEAD, ...LEAD, card, '责任编辑：王芳']);
		expect(a!.paragraphs, card).toEqual(LEAD);
	}
});

test('单独一行“关于作者”和它下面的作者介绍不进正文', () => {
	const [a] = itemsOf([
		...HEAD,
		...LEAD,
		'关于作者',
		'赵大伟，供职于某某县自然资源局，某某县作家协会会员。',
		'（编辑：王芳　审核：李强）',
	]);
	expect(a!.paragraphs).toEqual(LEAD);
});

test('作者署名和说到作者的正文句子不是作者简介', () => {
	expect(
		cardLines([
			LEAD[0]!,
			'作者：王小明',
			'关于作者提出的建议，县林业局表示将认真研究，尽快答复。',
			'作者简介栏目介绍了本次征文获奖者的创作经历和获奖感言，欢迎读者阅读。',
		]),
	).toEqual([]);
});

test('正文中间的“关于作者”小标题不截掉后面的正文', () => {
	const [a] = itemsOf([...HEAD, LEAD[0]!, '关于作者', LEAD[1]!]);
	expect(a!.paragraphs).toEqual([LEAD[0], '关于作者', LEAD[1]]);
});
