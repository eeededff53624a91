import { expect, test } from 'vitest';
import { contentsTitles, withoutPageContents } from './page-contents.ts';

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const texts = (texts: string[]) => withoutPageContents(lines(texts)).map((l) => l.text);

test('去掉版面目录：几行标题在下文按同样次序又作标题出现', () => {
	expect(
		texts([
			'第A03版：要闻',
			'某某县新建改建农村公路120公里',
			'家门口的卫生室有了坐诊医生',
			'某某县新建改建农村公路120公里',
			'今年以来，某某县新建改建农村公路120公里。',
			'家门口的卫生室有了坐诊医生',
			'镇卫生院的医生每周在村卫生室坐诊三天。',
		]),
	).toEqual([
		'第A03版：要闻',
		'某某县新建改建农村公路120公里',
		'今年以来，某某县新建改建农村公路120公里。',
		'家门口的卫生室有了坐诊医生',
		'镇卫生院的医生每周在村卫生室坐诊三天。',
	]);
});

test('只重复一行的标题、次序对不上的几行都不算目录', () => {
	const once = ['好日子', '好日子', '正文第一段写了好日子。'];
	expect(texts(once)).toEqual(once);
	const crossed = ['甲地新闻', '乙地新闻', '乙地新闻', '乙地正文。', '甲地新闻', '甲地正文。'];
	expect(texts(crossed)).toEqual(crossed);
});

test('目录里的标题各在下文出现一次才算某篇的标题；下文多次出现的标签（【图集】）不算', () => {
	const page = lines([
		'第A15版：专版',
		'某某县新建改建农村公路120公里',
		'【图集】',
		'某某县新建改建农村公路120公里',
		'今年以来，某某县新建改建农村公路120公里。',
		'【图集】',
		'沿线村民卖果卖茶更方便了。',
		'【图集】',
		'新修的公路连通了果园、茶园和乡村旅游点。',
	]);
	expect([...contentsTitles(page)]).toEqual(['某某县新建改建农村公路120公里']);
});

test('正文之下的目录是文件自己的章节目录，不算版面上各篇的标题', () => {
	const page = lines([
		'某某县乡村振兴规划（2023—2027年）',
		'为全面推进乡村振兴，加快农业农村现代化，县政府制定本规划，现将全文刊发如下。',
		'第一章 发展基础',
		'第二章 总体要求',
		'第一章 发展基础',
		'近年来，全县农业农村发展取得显著成效，粮食生产连年丰收。',
		'第二章 总体要求',
		'到2027年，乡村振兴取得重要进展，农民收入持续较快增长。',
	]);
	expect([...contentsTitles(page)]).toEqual([]);
});
