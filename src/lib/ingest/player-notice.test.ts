import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { isPhraseFurniture } from './phrase-furniture.ts';

const furniture = readPageFurniture();

test('播放器的提示：一行短话说出媒体和播放它的东西（浏览器、播放器、客户端、APP），带拒绝或指引', () => {
	for (const line of [
		'（此处为音频，请在客户端收听）',
		'当前浏览器无法播放该视频，请更换浏览器',
		'【该视频暂不支持在网页端播放，请下载APP观看】',
		'本段音频请在手机端收听',
		'直播请在客户端观看',
		'您的设备不支持播放此音频',
		'[此处为视频]',
		'视频请前往客户端观看 >>',
		'[音频]请使用最新版APP收听',
		'该直播仅支持在客户端观看',
		'视频加载失败，请刷新后重试',
	])
		expect(isPhraseFurniture(line, furniture), line).toBe(true);
	for (const line of [
		'观众可通过央视新闻客户端观看直播。',
		'由于设备故障，直播中断，请观众谅解。',
		'该县依托融媒体中心客户端开设直播专栏，群众点击即可收看。',
		'短视频平台成为浏览器之外的新入口',
		'此处为音频的文字实录，略有删节。有关内容以播出为准，请广大读者理解，下面是全文，供大家学习参考。',
	])
		expect(isPhraseFurniture(line, furniture), line).toBe(false);
});

test('展开后的折叠按钮说“已展开”“收起”也是按钮', () => {
	for (const line of ['余下62%内容已展开', '全文已展开', '收起全文 ︿'])
		expect(isPhraseFurniture(line, furniture), line).toBe(true);
	for (const line of ['余下的工作已展开', '全文已收到'])
		expect(isPhraseFurniture(line, furniture), line).toBe(false);
});
