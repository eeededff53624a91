import { isBareCredit, isBoxLabel, lineRole, type LineRole } from './line-roles.ts';
import { endsSentence, hanAtLeast, hanCount, OUTLET_LEAD } from './patterns.ts';
import { captionRoles, isAgencyCredit } from './photo-captions.ts';
import type { SourceLine } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxSpeakerNameHan: MAX_SPEAKER_NAME_HAN,
	maxQuoteAttribution: MAX_QUOTE_ATTRIBUTION,
	minQuotedHan: MIN_QUOTED_HAN,
	minBroadcastHeadlineHan: MIN_BROADCAST_HEADLINE_HAN,
	maxDashTitle: MAX_DASH_TITLE,
} = readIngestLines().neighbours;

// What a newspaper line is, read with its neighbours: the context rules of the page grammar.

/**
 * True for a speaker's name with a role (`王 雷（电视剧《某某》主演）`): it heads one voice in an
 * interview, never a story. A name has two or three characters; a role ends in a person noun
 * (`…长`, `…员`, `…者`, `…官`, `乐团指挥`, `总撰稿`).
 */
export function speakerLine(text: string, tag: string): boolean {
	return (
		hanCount(text) - hanCount(tag) <= MAX_SPEAKER_NAME_HAN &&
		/(?:[长员家师生演人授记表席士任剧理手者官]|指挥|撰稿|[《》])$|《/.test(tag)
	);
}

/** A file picture's mark before its credit (`资料图 某某/摄`): it illustrates a text, no news photo. */
const FILE_PICTURE = /^[（(【[]?\s*资料(?:图片?|照片)/;

/**
 * True when a headline ending at `end` heads a news photo: one or two caption paragraphs, then
 * the photographer's or the agency's credit on a line of its own (`好大一场雪` / caption /
 * `张三摄（人民视觉）`, `新华社发`), and
 * no running text after it. A file picture's credit (`资料图 某某摄`) is a story's picture.
 */
export function headsPhoto(lines: SourceLine[], roles: string[], end: number): boolean {
	for (let j = end + 1; j <= end + 3 && j < lines.length; j++) {
		// The caption ends at the credit; running text after it makes the credit a story's photo.
		if (isBareCredit(lines[j]!.text) || isAgencyCredit(lines[j]!.text))
			return j > end + 1 && roles[j + 1] !== 'body' && !FILE_PICTURE.test(lines[j]!.text);
		if (roles[j] !== 'body') return false;
	}
	return false;
}

/**
 * True when the line at `i` credits the quotation above it (`——县第一中学语文教师 刘晓梅` under a
 * quoted paragraph): a dash line right after a finished paragraph of running text, with no byline
 * or dateline under it (which would make it the subtitle of a story whose main title is missing).
 */
function quoteAttribution(lines: SourceLine[], roles: LineRole[], i: number): boolean {
	const text = lines[i]!.text;
	if (roles[i] !== 'heading' || !text.startsWith('——') || text.length > MAX_QUOTE_ATTRIBUTION)
		return false;
	// A quoted headline (`“我们是一支不可战胜的力量！”` over `——…纪实`) is short; a quotation runs on.
	const above = lines[i - 1]!.text;
	if (roles[i - 1] !== 'body' || !endsSentence(above) || !hanAtLeast(above, MIN_QUOTED_HAN))
		return false;
	const next = roles[i + 1];
	return next !== 'byline' && next !== 'dateline';
}

const { maxBroadcastHeadline: MAX_BROADCAST_HEADLINE } = readIngestArticles().splitting;

/**
 * True when the line above `i` heads a broadcast's transcript: `i` is its lead
 * (`央视网消息（新闻联播）：`) and the line above, at the top of its item (first on the page or under
 * no running text), holds no full stop. Such a line is the item's headline whatever its length or
 * its closing mark (`【某某快评】…，再出发！`).
 */
function headsBroadcastLead(lines: SourceLine[], roles: LineRole[], i: number): boolean {
	const above = lines[i - 1]!.text;
	return (
		roles[i] === 'dateline' &&
		OUTLET_LEAD.test(lines[i]!.text) &&
		roles[i - 1] === 'body' &&
		!above.slice(0, -1).includes('。') &&
		!/[。，,；;：:]$/.test(above) &&
		hanAtLeast(above, MIN_BROADCAST_HEADLINE_HAN) &&
		above.length <= MAX_BROADCAST_HEADLINE &&
		(i === 1 || roles[i - 2] !== 'body' || lines[i - 1]!.afterFurniture === true)
	);
}

/**
 * Roles read from a line's neighbours: the line under a kicker ending in a dash is a title even
 * when it reads like a quotation (`“妈妈不哭，我在家好好学习！”（…）`); a box label under a headline
 * (`核心阅读`) begins the story's text.
 */
export function rolesInContext(lines: SourceLine[]): LineRole[] {
	const roles = lines.map(lineRole);
	for (let i = 1; i < lines.length; i++) {
		const text = lines[i]!.text;
		if (roles[i - 1] !== 'heading') continue;
		if (
			roles[i] === 'body' &&
			/——$/.test(lines[i - 1]!.text) &&
			text.length <= MAX_DASH_TITLE &&
			!endsSentence(text)
		)
			roles[i] = 'heading';
		else if (roles[i] === 'heading' && isBoxLabel(text)) roles[i] = 'body';
	}
	for (let i = 1; i < lines.length; i++) if (quoteAttribution(lines, roles, i)) roles[i] = 'body';
	for (let i = 1; i < lines.length; i++)
		if (headsBroadcastLead(lines, roles, i)) roles[i - 1] = 'heading';
	return captionRoles(lines, roles);
}
