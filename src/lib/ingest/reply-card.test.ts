import { expect, test } from 'vitest';
import { isReplyCardLine } from './reply-card.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// A portal prints a 政民互动 card under a story: a resident's message (its title, its time) and an
// office's dated answer. Its lines are keyed by the genre's message and reply words, or name the
// office that answers with the day it answered; they are the portal's, never the story's text.

const HEAD = [
	'某某县人民政府门户网站',
	'首页 | 新闻中心 | 政务公开 | 互动交流',
	'全县春季森林防火工作推进会召开',
	'发布时间：2024-05-08　来源：某某县融媒体中心',
];
const cards = furniture.replyCards;

test('互动卡片的行：留言和回复的键、注明日期的部门答复、信件编号', () => {
	for (const line of [
		'来信标题：小区门口路灯不亮，能否尽快维修？',
		'网友留言时间：2024-05-20 09:12',
		'【群众来信内容】村里的自来水经常停水，希望尽快解决。',
		'咨询时间：2024年05月20日',
		'答复部门：某某县住房和城乡建设局',
		'办理结果：已安排施工单位于本周内完成维修。',
		'某某县自然资源局回复（2024-06-02）：您好，您反映的问题我局已受理，正在核实。',
		'某某县水利局于2024年6月3日答复：感谢您的来信，相关工程已列入年度计划。',
		'【我要写信】来信编号：20240521-0032　小区门口路灯不亮（2024-05-21）',
		'[县长信箱] 编号 387261 关于农村客运班线的建议（2024/05/22）',
	])
		expect(isReplyCardLine(line, cards), line).toBe(true);
	for (const line of [
		'会议强调，各部门要认真办理群众来信，及时回复群众关切。',
		'县住建局负责人答复记者提问时表示，路灯维修工作将于本月完成。',
		'时间：2024年05月20日',
		'据了解，今年以来县长信箱共收到来信386件，办结率100%。',
	])
		expect(isReplyCardLine(line, cards), line).toBe(false);
});

test('正文后面的政民互动卡片不进正文，正文最后一段还在', () => {
	const items = itemsOf([
		...HEAD,
		...LEAD,
		'上一篇：全县春耕生产现场会召开',
		'下一篇：某某县开展安全生产大检查',
		'网民留言',
		'留言标题：进山道路防火检查站何时撤除？',
		'留言时间：2024-05-20 09:12',
		'回复单位：某某县林业和草原局',
		'回复内容：您好！防火期结束后检查站将按规定撤除，感谢您的关注。',
		'【政民互动】信件编号 204411　村里的护林员工资何时发放？（2024-05-22 10:30）',
		'某某县林业和草原局答复（2024-05-25）：您好！护林员工资已于本月发放到位。',
		'版权所有 © 某某县人民政府',
	]);
	expect(items).toHaveLength(1);
	expect(items[0]!.paragraphs).toEqual(LEAD);
});

test('方括号里只写“留言”“答复”的标签开头的行是卡片的行', () => {
	for (const line of [
		'【留言】小区门口的路灯坏了，什么时候能修好？',
		'[答复] 您好，已转交责任单位办理。',
	])
		expect(isReplyCardLine(line, cards), line).toBe(true);
	expect(isReplyCardLine('【来信选登】', cards)).toBe(false);
});

test('卡片里夹在两个字段之间的问句和答复的正文也是卡片的，不算正文的末段', () => {
	const items = itemsOf([
		...HEAD,
		...LEAD,
		'【相关阅读】',
		'全县春耕生产现场会召开',
		'【留言】进山道路的防火检查站什么时候撤除？',
		'留言时间：2024-05-20　编号：20240520',
		'【答复单位】某某县林业和草原局',
		'您好，防火期结束后检查站将按规定撤除，感谢您的关注。',
		'答复时间：2024-05-28',
	]);
	expect(items).toHaveLength(1);
	expect(items[0]!.paragraphs).toEqual(LEAD);
});
