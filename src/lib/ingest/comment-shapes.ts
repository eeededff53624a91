import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxCommentCount: MAX_COMMENT_COUNT,
	maxCommentState: MAX_COMMENT_STATE,
	maxAdviceLine: MAX_ADVICE_LINE,
} = readIngestLines().furnitureShapes;

// A comment box under a page's text: its prompt to write, its count, its empty state or label.

/**
 * A comment box's prompt or a reader's button: `写评论...`, `发表您的看法`, `说点什么吧`, `我要纠错`,
 * `留言`: a verb of writing and what the reader would write, or `我要` and a reader's action.
 */
const COMMENT_PROMPT =
	/^(?:(?:写|发表|发布|说说|留下|添加|写下)(?:您|你)?的?(?:评论|留言|看法|观点|想法)|说点什么|我要(?:评论|留言|纠错|投稿|提问|咨询|举报)|留言)[吧！!。.…\s]*$/;

/**
 * A comment box's count, with its prompt after it or not: `已有26人评论`, `共有12条评论，登录后参与讨论`.
 */
const COMMENT_COUNT = /^(?:已有|共有?|共计)\s*\d+\s*(?:条|人|位网友)(?:评论|留言|跟帖|参与)/;
/**
 * A comment box's empty state or its label: `暂无评论`, `还没有人留言，快来说两句吧！`, `精选留言`,
 * `全部评论（12）`.
 */
const COMMENT_STATE =
	/^(?:(?:暂无|还没有人?|尚无|目前没有|没有)(?:评论|留言)|(?:(?:精选|热门|全部|最新)(?:评论|留言)|(?:评论|留言)(?:精选|区|列表))\s*(?:[(（]\s*\d+\s*[)）])?$|(?:评论|留言)\s*[(（]\s*\d+\s*[)）]$)/;

/** A comment box's note that comments show once moderated: `您的留言将在审核后显示`. */
const MODERATION =
	/^(?:您|你)?的?(?:留言|评论)(?:将|需|须|会)?(?:在|经)?(?:审核|审核通过|管理员审核)后?(?:才)?(?:显示|公开|发布|可见)[。！!]?$/;

/** True for a comment box's line: its state or label, its count, its prompt to write. */
export function isCommentBox(text: string): boolean {
	if (text.length <= MAX_COMMENT_STATE && COMMENT_STATE.test(text)) return true;
	if (text.length <= MAX_COMMENT_COUNT && COMMENT_COUNT.test(text) && !/[。；]/.test(text))
		return true;
	if (text.length <= MAX_COMMENT_STATE * 2 && MODERATION.test(text)) return true;
	return text.length <= MAX_ADVICE_LINE && COMMENT_PROMPT.test(text);
}
