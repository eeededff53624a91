import { expect, test } from 'vitest';
import { isTailNotice } from './tail-notices.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// Under an article's text a site may print notices about the article itself: a correction dated
// after the story (更正, 编者注, a bracketed note that the text was revised and why) and a call for
// news tips with its hotline or mailbox. They are the page's record, never the story's text.

const HEAD = [
	'某某县人民政府门户网站',
	'首页 | 新闻中心 | 政务公开',
	'全县春季森林防火工作推进会召开',
	'发布时间：2024-05-08　来源：某某县融媒体中心',
];
const notices = furniture.tailNotices;

test('正文后的更正说明、编者注和报料热线都是页面的附注', () => {
	for (const line of [
		'更正：本报5月9日刊发的《全县春季森林防火工作推进会召开》一文中，“某某乡”应为“某某镇”，特此更正。',
		'【勘误】原文第三段中的数据有误，已于2024年5月10日修正，特此致歉。',
		'编者注：因核实有误，本文所引用的统计数字已于5月11日作了修改。',
		'（此文已于2024年5月10日14时更新：根据有关方面意见，文中个别表述作了调整。）',
		// Under its label, a correction may name the article by its title in 《》.
		'【更正】《全县春季森林防火工作推进会召开》已于2024年5月10日修改。',
		'勘误：《某某县召开春耕生产部署会》中的日期有误，现已更正。',
		// The label may carry the day the correction was made, in brackets, before its colon.
		'勘误（2024年5月12日）：《某某县召开春耕生产部署会》一文日期有误，现予更正。',
		'更正启事（2024.05.12）：本文第二段数字有误，特此更正。',
		'新闻线索请拨打县融媒体中心24小时报料热线 0123-4567890',
		'〔我要爆料〕身边有新鲜事？欢迎发至本站邮箱 tips@example.cn，一经采用即付稿酬。',
	])
		expect(isTailNotice(line, notices), line).toBe(true);
});

test('正文里说到更正、修改、投稿的句子不是附注', () => {
	for (const line of [
		'本报讯 今年以来，某某县调整优化营商环境政策，修改完善了12项办事流程。',
		'会议要求各乡镇对排查中发现的错误数据及时更正，确保台账准确。',
		'（本报记者 张小明 通讯员 李大伟）',
		'征文活动自即日起开始投稿，截止日期为6月30日。',
		// A paper's column calls for contributions in its own text: the paper prints it with the story.
		'欢迎广大读者提供反映身边变化的图片稿件和线索。投稿邮箱：example@163.com。',
		'该条例于2021年3月1日修订，自公布之日起施行。',
	])
		expect(isTailNotice(line, notices), line).toBe(false);
});

test('正文后的更正和报料行不进正文，署名仍在', () => {
	const items = itemsOf([
		...HEAD,
		...LEAD,
		'（记者 张小明）',
		'欢迎提供新闻线索：某某县融媒体中心报料热线 1234567',
		'编者注：2024年5月10日，本文第一段所述会议时间有误，现予更正。',
		'责任编辑：王芳',
	]);
	expect(items).toHaveLength(1);
	expect(items[0]!.paragraphs).toEqual([...LEAD, '（记者 张小明）']);
});
