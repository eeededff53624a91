import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { assignHeadline } from './metadata.ts';
import { chooseHeadline } from './title-choice.ts';
import { titleCandidates, titleFeatures, TITLE_FEATURES } from './title-features.ts';
import type { SourceLine } from './types.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

const lines = (texts: string[], from = 1): SourceLine[] =>
	texts.map((text, i) => ({ text, line: from + i }));
const model = readPageFurniture().titleModel!;
const feature = (row: number[], name: (typeof TITLE_FEATURES)[number]) =>
	row[TITLE_FEATURES.indexOf(name)];

// Synthetic headline blocks in the genre of a national daily, read with the shipped model.
describe('标题模型', () => {
	test('引题加“某某出席”的副题：第一行是标题，出席名单是副题', () => {
		const head = lines(['全省科技大会在昆明召开', '张建国李明华王志强出席']);
		const body = lines(
			[
				'本报昆明3月2日电 （记者赵云）全省科技大会2日在昆明召开，会议总结去年科技工作，部署今年重点任务。',
			],
			3,
		);
		// The rules read two short lines as kicker + title; the model knows an attendance line.
		expect(assignHeadline(head).title).toBe('张建国李明华王志强出席');
		expect(chooseHeadline(head, body, model)).toEqual({
			title: '全省科技大会在昆明召开',
			subtitle: '张建国李明华王志强出席',
		});
	});

	test('正文从不提到的推广语不取代正文呼应的标题', () => {
		const head = lines(['关注客户端 精彩看不停', '华北多地将迎来降雪']);
		const body = lines(
			[
				'本报北京2月12日电 （记者孙晴）中央气象台预计，12日夜间至14日，华北多地将迎来降雪，局地有大雪。',
			],
			3,
		);
		expect(chooseHeadline(head, body, model).title).toBe('华北多地将迎来降雪');
	});

	test('以破折号结尾的一行是引题，从不作标题', () => {
		const head = lines(['县人民医院外科医生王红——', '守在病床前的二十四小时']);
		const body = lines(
			['凌晨两点，县人民医院外科病房的灯还亮着，王红刚做完一台急诊手术，又去查看病人。'],
			3,
		);
		const headline = chooseHeadline(head, body, model);
		expect(headline.title).toBe('守在病床前的二十四小时');
		expect(headline.kicker).toBe('县人民医院外科医生王红');
	});

	test('有标记层级的标题块（网页 h1）仍按规则读', () => {
		const head: SourceLine[] = [
			{ text: '我市召开优化营商环境推进会', line: 1, heading: 1 },
			{ text: '聚焦企业办事难点', line: 2, heading: 2 },
		];
		const body = lines(['3月5日，我市召开优化营商环境推进会，部署下一阶段重点工作。'], 3);
		expect(chooseHeadline(head, body, model)).toEqual(assignHeadline(head));
	});

	test('特征读出引题的收束、副题的破折号和与正文的重合', () => {
		const head = lines(['习近平在全国科技大会上强调', '加快建设科技强国', '——记者手记']);
		const body = lines(['全国科技大会在北京召开，会议强调加快建设科技强国。'], 4);
		const rows = titleCandidates(head, body, 1).map(titleFeatures);
		expect(rows.map((r) => feature(r, 'leadInVerb'))).toEqual([1, 0, 0]);
		expect(rows.map((r) => feature(r, 'leadingDash'))).toEqual([0, 0, 1]);
		expect(rows.map((r) => feature(r, 'ruleTitle'))).toEqual([0, 1, 0]);
		expect(feature(rows[1]!, 'bodyShare')).toBe(1);
		expect(feature(rows[2]!, 'bodyShare')).toBe(0);
		expect(rows.every((r) => r.length === TITLE_FEATURES.length)).toBe(true);
	});
});

describe('报头的碎片不是标题', () => {
	test('报名单独一行、连续出版物号、用短横线印的日期都在标题块里：标题仍是正文回应的那行', () => {
		const items = itemsOf([
			'某某县报',
			'某某县日报县区版 电子版 2024–01–15',
			'国内统一连续出版物号：CN11-0000',
			'',
			'某某县部署春季森林防火工作',
			...LEAD,
		]);
		expect(items.map((a) => a.title)).toEqual(['某某县部署春季森林防火工作']);
	});
});
