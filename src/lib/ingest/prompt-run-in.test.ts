import { describe, expect, test } from 'vitest';
import { furniture, itemsOf } from './web-test-page.ts';
import { cutRunInPrompt, isFollowPrompt } from './prompt-run-in.ts';

// A copy that lost the break before a follow or download box runs its prompt into the text's last
// paragraph: the paragraph stays whole, the prompt goes, whatever its wording.

const HEAD = [
	'某某县人民政府门户网站',
	'首页 | 新闻中心 | 政务公开 | 互动交流',
	'全县冬春水利建设全面铺开',
	'发布时间：2021-11-20 09:30　来源：某某县水利局',
	'某某县水利局讯 入冬以来，全县上下抢抓农时，集中力量推进冬春农田水利基本建设，一批塘坝、渠系工程相继开工。',
];
const FOOT = ['责任编辑：某某某', '主办单位：某某县人民政府办公室'];

describe('末段后面接着的关注、下载提示', () => {
	test.each([
		['', '微信搜索“某某融媒”关注我们，第一时间获取权威发布'],
		[' ', '想看更多本地新闻，请扫描二维码下载某某新闻客户端'],
		['　', '关注某某发布抖音号，看更多现场视频'],
	])('末段“。”之后（连接“%s”）的提示去掉，末段留下：%s', (glue, prompt) => {
		const last = '会议由副县长主持，各乡镇分管负责同志参加。';
		const [a] = itemsOf([...HEAD, `${last}${glue}${prompt}`, ...FOOT]);
		const text = a!.paragraphs.join('\n');
		expect(text).toContain(last);
		expect(text).not.toContain(prompt.slice(0, 6));
	});

	test('括号里请读者关注本站（官网、政府网，或说关注能获取更多资讯）的提示接在末段后，去掉', () => {
		const last = '会议由副县长主持，各乡镇分管负责同志参加。';
		for (const prompt of [
			'（关注某某县人民政府网，了解更多政务信息）',
			'（欢迎关注某某县官网）',
			'（关注某某县·政务公开，获取更多资讯）',
		]) {
			const [a] = itemsOf([...HEAD, `${last}　${prompt}`, ...FOOT]);
			expect(a!.paragraphs.join('\n')).not.toContain('关注');
			expect(a!.paragraphs.join('\n')).toContain(last);
		}
	});

	test('点名账号的欢迎关注、“更多资讯请关注某某”加平台名的提示接在短句后，去掉；欢迎关注的不是账号名时留下', () => {
		const last = '县领导参加上述活动。';
		for (const prompt of [
			'欢迎关注某某县人民政府网(官方)！',
			'欢迎关注某某市·某某县政府！',
			'更多资讯请关注“某某融媒”微信公众号。',
		]) {
			const [a] = itemsOf([...HEAD, `${last}　${prompt}`, ...FOOT]);
			expect(a!.paragraphs.at(-1), prompt).toBe(last);
		}
		const tail = `${last}欢迎关注本次展览！`;
		const [a] = itemsOf([...HEAD, tail, ...FOOT]);
		expect(a!.paragraphs.at(-1)).toBe(tail);
	});

	test('末段后只有“长按关注＋带引号的账号名”的提示也去掉', () => {
		const last = '会议由副县长主持，各乡镇分管负责同志参加。';
		for (const prompt of [
			'↓↓↓ 长按关注“某某县发布”',
			'点击关注「某某融媒」',
			'👇 扫码关注“某某县融媒体中心”',
		]) {
			const [a] = itemsOf([...HEAD, `${last}${prompt}`, ...FOOT]);
			expect(a!.paragraphs.join('\n'), prompt).not.toContain('关注');
			expect(a!.paragraphs.join('\n')).toContain(last);
		}
	});

	test('提示指向下方名片时，名片上的账号名也不进正文', () => {
		const last = '会议由副县长主持，各乡镇分管负责同志参加。';
		for (const prompt of ['▼ 点击下方名片关注我们', '👇 长按下方二维码关注']) {
			const [a] = itemsOf([...HEAD, `${last}${prompt}`, '某某县发布', ...FOOT]);
			expect(a!.paragraphs.at(-1), prompt).toBe(last);
		}
	});

	test('正文说“关注”某事的句子照留', () => {
		const line = '会议要求，各乡镇要持续关注“一老一小”群体，落实兜底保障措施。';
		const [a] = itemsOf([...HEAD, line, ...FOOT]);
		expect(a!.paragraphs.at(-1)).toBe(line);
	});

	test('长段之后的提示也去掉，长段一字不少', () => {
		const last =
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩，惠及群众三万余人，工程完工后将有效缓解季节性缺水问题，为来年粮食丰收打下坚实基础。';
		const [a] = itemsOf([...HEAD, `${last}更多动态请关注某某县政府网官方微博、微信`, ...FOOT]);
		const text = a!.paragraphs.join('\n');
		expect(text).toContain(last);
		expect(text).not.toContain('官方微博');
	});

	test('文末括注（作者身份）之后接着的提示也去掉，括注留下', () => {
		const note = '（作者系某某县水利局局长）';
		expect(cutRunInPrompt(`${note}　微信扫码关注某某水利公众号`, furniture)).toBe(note);
		const [a] = itemsOf([...HEAD, `${note}扫描二维码下载某某新闻APP`, ...FOOT]);
		expect(a!.paragraphs.join('\n')).toContain(note);
	});

	test('句中提到公众号、客户端的正文一字不动', () => {
		const line =
			'群众可通过某某县发布微信公众号查询办理进度。下一步，该县将把扫码办理推广到全部乡镇便民服务中心。';
		expect(cutRunInPrompt(line, furniture)).toBe(line);
		for (const text of [
			'疫情期间，县政务服务大厅各窗口暂停现场受理。此外，市民还可以用手机扫码下载某某通客户端，在线预约办理。',
			'本届农民丰收节活动吸引了全县上万名群众参与。不少网友在某某发布微信公众号留言为家乡点赞。',
		])
			expect(cutRunInPrompt(text, furniture)).toBe(text);
		const open = '会议强调，要用好政务新媒体。关注群众呼声，及时回应社会关切';
		expect(cutRunInPrompt(open, furniture)).toBe(open);
	});

	test('“点击关注某某融媒，获取最新动态。”接在末段句号后，是关注提示，去掉', () => {
		const last = '会议由副县长主持，各乡镇分管负责同志参加。';
		for (const prompt of [
			'点击关注某某融媒，获取最新动态。',
			'请点击关注“某某发布”，第一时间看权威消息',
		]) {
			const [a] = itemsOf([...HEAD, `${last}${prompt}`, ...FOOT]);
			expect(a!.paragraphs.join('\n')).toContain(last);
			expect(a!.paragraphs.join('\n')).not.toContain('点击关注');
		}
		const text = '会议强调，要点击关注群众反映的热点问题，逐一回应。';
		expect(cutRunInPrompt(`${last}${text}`, furniture)).toBe(`${last}${text}`);
	});

	test('末段是一句短句（不到十五个字）时，句号后连着的“动作＋平台”提示也去掉，短句留下', () => {
		const last = '副县长某某出席。';
		const prompt = '扫描二维码，下载某某新闻客户端';
		expect(cutRunInPrompt(`${last}${prompt}`, furniture)).toBe(last);
		const text = '副县长某某出席。扫码办理的群众明显增多';
		expect(cutRunInPrompt(text, furniture)).toBe(text);
	});

	test('平台名单（键后两个以上平台名，竖线或空格隔开）是账号矩阵，不是正文', () => {
		expect(isFollowPrompt('某某县融媒账号：微博 | 抖音 | 快手 | 视频号', furniture)).toBe(true);
		expect(isFollowPrompt('某某发布 微信 抖音 快手', furniture)).toBe(true);
		expect(isFollowPrompt('全县开通微信、抖音、快手等政务账号十二个。', furniture)).toBe(false);
	});
});
