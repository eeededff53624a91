import { z } from 'astro/zod';
import { Count } from './config-numbers.ts';

const Words = z.array(z.string().min(1)).default([]);

/**
 * The notices a site prints under an article's text about the article itself: a correction (更正,
 * 编者注 that a detail was wrong and is now right) and a call for news tips (报料热线, 投稿信箱). They
 * are the page's record and the desk's, never the story's text.
 */
export const TailNoticesSchema = z.object({
	/** Longest notice line, in characters. */
	maxChars: Count,
	/** Labels that open a correction, keyed by a colon or in brackets: 更正, 勘误, 编者注. */
	correctionLabels: Words,
	/** Words by which a notice names the article or its outlet: 本文, 原稿, 文中, 本报, 本网, 一文. */
	selfReferences: Words,
	/** Words saying something was wrong and put right: 有误, 更正, 修改, 调整, 致歉, 应为. */
	correctionWords: Words,
	/**
	 * Words of a site's call for news tips: 报料, 爆料, 新闻线索. A column's call for contributions
	 * (`欢迎读者提供图片稿件。投稿邮箱：…`) is printed with its text in the paper and stays.
	 */
	tipWords: Words,
	/** Channels a call for tips gives: 热线, 电话, 邮箱, 信箱, 微信 (a long number is one too). */
	tipChannels: Words,
});
export type TailNotices = z.output<typeof TailNoticesSchema>;

/** A weather box under a post's text: a label over a row per day, its sky and temperatures. */
export const WeatherBoxSchema = z.object({
	/** Longest row of the box, in characters. */
	maxRow: Count,
	/** Longest label over the rows, in characters. */
	maxLabel: Count,
	/** Words one of which a label holds: 天气, 气象, 预报. */
	labelWords: Words,
	/** The sky's words one of which a row holds: 晴, 云, 阴, 雨, 雪, 雾. */
	skyWords: Words,
});
export type WeatherBox = z.output<typeof WeatherBoxSchema>;

/** A newspaper's 报尾 closing its page: the paper's own fields, several to a line. */
export const ColophonSchema = z.object({
	/** Longest colophon line, in characters. */
	maxLine: Count,
	/** Fewest of the paper's keys a line holds to be the colophon's. */
	minKeys: Count,
	/** The paper's field keys: 社址, 邮政编码, 定价, 印刷, 主管, 总编辑, …社出版. */
	keys: Words,
	/** Words a printer's name ends in: 印务, 印刷厂, 印业. */
	printers: Words,
	/** The verb closing a printer's line: 印刷, 承印. */
	printVerbs: Words,
	/** Keys only a paper prints of itself, one enough before its code: 邮发代号. */
	soleKeys: z.array(z.string().min(1)).default([]),
	/** Words of the head of a paper's subscription notice over its colophon lines: 征订, 订阅. */
	noticeHeads: z.array(z.string().min(1)).default([]),
	/** Longest such head, in characters. */
	maxNoticeHead: z.number().int().min(1).default(40),
});
export type Colophon = z.output<typeof ColophonSchema>;

/** A card about a contributed article's writer under its text: 作者简介, 关于作者. */
export const AuthorCardsSchema = z.object({
	/** Longest line of the card, in characters. */
	maxChars: Count,
	/** The card's labels, keyed by a colon or alone on the line over it: 作者简介, 关于作者, 作者单位. */
	labels: Words,
	/** Most lines of the writer's note under a label alone on its line. */
	linesAfter: Count,
	/** Words of a writer's note, one of which a line under a bare label holds: 供职, 会员, 从事, 毕业. */
	noteWords: Words,
});
export type AuthorCards = z.output<typeof AuthorCardsSchema>;
