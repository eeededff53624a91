import { z } from 'astro/zod';
import { Count } from './config-numbers.ts';

const Words = z.array(z.string().min(1)).default([]);

/**
 * What a saved page leaves where it had audio or video that its copy cannot play: a short line
 * naming the medium and what plays it, with a refusal or an instruction (`当前浏览器无法播放该视频`,
 * `（此处为音频，请在客户端收听）`, `直播请在APP观看`). The words of the genre's players, not one site's
 * sentences.
 */
export const PlayerNoticesSchema = z.object({
	/** Longest such line, in characters, its brackets and marks left out. */
	maxChars: Count,
	/** The media a player plays: 视频, 音频, 语音, 直播, 节目. */
	mediaWords: Words,
	/** What plays them or where: 浏览器, 播放器, 客户端, APP, 手机端, 插件. */
	playerWords: Words,
	/** A refusal: 无法, 不能, 不支持, 失败. */
	refusalWords: Words,
	/** An instruction to the reader: 请, 点击, 前往, 下载, 更换, 升级. */
	askWords: Words,
	/**
	 * Words pointing at the place the medium had on the page: 此处, 这里, 以下; with a medium word
	 * alone on a bracketed line (`【此处为视频】`) they are a placeholder too.
	 */
	placeWords: Words,
});
export type PlayerNotices = z.output<typeof PlayerNoticesSchema>;
