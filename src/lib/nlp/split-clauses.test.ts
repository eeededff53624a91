import { expect, test } from 'vitest';
import { splitClauses } from './split-clauses.ts';

test('splits 截至目前…13期；发布信息36篇 at 。 and ；', () => {
	expect(
		splitClauses('截至目前,累计编发作风简报13期,发布信息36篇;举办了思想能力作风建设研讨班。'),
	).toEqual(['截至目前,累计编发作风简报13期,发布信息36篇', '举办了思想能力作风建设研讨班']);
});

test('splits 一是…二是… enumerations and drops the markers', () => {
	expect(
		splitClauses(
			'针对这些问题,开展“三大行动”深化作风建设。一是召开全区思想能力作风问题曝光大会。二是开展“赢在中层”干部论坛活动。',
		),
	).toEqual([
		'针对这些问题,开展“三大行动”深化作风建设',
		'召开全区思想能力作风问题曝光大会',
		'开展“赢在中层”干部论坛活动',
	]);
});

test('splits 二是 after a comma', () => {
	expect(splitClauses('一是精简会议,二是清理工作群')).toEqual(['精简会议', '清理工作群']);
});

test('never cuts inside “” or 《》', () => {
	expect(
		splitClauses(
			'制定出台了《关于开展“五比五看”;“十问十答”作风建设活动的实施意见》,成立领导小组。',
		),
	).toEqual(['制定出台了《关于开展“五比五看”;“十问十答”作风建设活动的实施意见》,成立领导小组']);
});

test('ends a sentence at 。” and keeps the quotation whole', () => {
	expect(
		splitClauses(
			'“有什么能帮上忙的?你尽管提出来,我们讨论一下。”2023年4月,廖国军来到公司走访调研。',
		),
	).toEqual(['“有什么能帮上忙的?你尽管提出来,我们讨论一下。”', '2023年4月,廖国军来到公司走访调研']);
});

test('keeps decimals such as 5.8万家次 whole', () => {
	expect(splitClauses('共走访企业5.8万家次,收集企业诉求5307件。')).toEqual([
		'共走访企业5.8万家次,收集企业诉求5307件',
	]);
});

test('drops a trailing run of commas, colons, enumeration commas and Unicode spaces', () => {
	expect(splitClauses('成立领导小组，、：\u3000\u00a0,\n')).toEqual(['成立领导小组']);
	expect(splitClauses('成立领导小组\ufeff；')).toEqual(['成立领导小组']);
	// An ellipsis or a closing bracket is no separator: kept.
	expect(splitClauses('成立领导小组…，')).toEqual(['成立领导小组…']);
	expect(splitClauses('（一）成立领导小组）')).toEqual(['成立领导小组）']);
});

test('cuts after every terminator, half or full width, outside brackets only', () => {
	expect(splitClauses('一是建台账;二是明责任！三是抓落实?【注：见附件。】完')).toEqual([
		'建台账',
		'明责任！',
		'抓落实?',
		'【注：见附件。】完',
	]);
});
