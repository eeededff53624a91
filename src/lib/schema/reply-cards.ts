import { z } from 'astro/zod';
import { Count } from './config-numbers.ts';

const Words = z.array(z.string().min(1)).default([]);

/**
 * A portal's 政民互动 card under a story: a resident's message (its title, its time, its number) and
 * an office's dated answer, keyed by the genre's words of a message and an answer.
 */
export const ReplyCardsSchema = z.object({
	/** Longest name of the office before its answer word, in characters. */
	maxUnit: Count,
	/** A resident's message: 留言, 来信, 信件, 咨询, 投诉. */
	messageWords: Words,
	/** An office's answer: 回复, 答复, 办理. */
	replyWords: Words,
	/** What a card's key names after its message or answer word: 标题, 时间, 内容, 单位, 结果. */
	fieldWords: Words,
	/** A letter's number key, after a message word or a box's bracketed name: 编号, 编码. */
	numberWords: Words,
});
export type ReplyCards = z.output<typeof ReplyCardsSchema>;
