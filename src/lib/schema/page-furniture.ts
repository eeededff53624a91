import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { Count, Share } from './config-numbers.ts';
import { searchConfigPath } from '../config-path.ts';
import { dirname } from 'node:path';
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import { readPageModels, type PageModels } from './page-models.ts';
import { PlayerNoticesSchema } from './player-notices.ts';
import { ReplyCardsSchema } from './reply-cards.ts';
import {
	AuthorCardsSchema,
	ColophonSchema,
	TailNoticesSchema,
	WeatherBoxSchema,
} from './tail-notices.ts';

const PhraseListSchema = z.array(z.string().min(2)).default([]);

/** Weights of the logistic model that tells a new story's headline from a section heading. */
const StoryBoundarySchema = z.object({
	bias: z.number(),
	/** Share of the next paragraphs' bigrams already in the story. */
	continuity: z.number(),
	/** Share of the headline's bigrams already in the story. */
	headInStory: z.number(),
	/** Share of the headline's bigrams in the next paragraphs. */
	headInNext: z.number(),
	/** Number of headline lines. */
	lines: z.number(),
	/** Headline characters / 20. */
	length: z.number(),
	/** ln(1 + characters of the story so far) / 5. */
	storyLength: z.number(),
	/** Probability above which the headline opens a new story, on a page with two datelines or bylines. */
	threshold: z.number().min(0).max(1),
	/** The same on a page with fewer, which may be a single article with section headings. */
	singleStoryThreshold: z.number().min(0).max(1),
});
export type StoryBoundary = z.output<typeof StoryBoundarySchema>;

/** When a line that recurs across the files of one folder in a batch is the site's furniture. */
export const RepeatedLinesSchema = z.object({
	/** Fewest files of the folder the line must occur in. */
	minFiles: z.number().int().min(2),
	/** Smallest share of the folder's files the line must occur in. */
	minShare: z.number().gt(0).max(1),
	/** Longest line counted, in characters. */
	maxChars: z.number().int().min(2),
	/** A file that would lose more than this share of its characters is left whole (it is a copy). */
	maxDropShare: z.number().gt(0).max(1),
});
export type RepeatedLines = z.output<typeof RepeatedLinesSchema>;

/** When a file holds its page twice (saved again, or its mobile copy under it) and one copy goes. */
export const SavedTwiceSchema = z.object({
	/** Fewest letters and digits of a body-text line counted as a paragraph that may recur. */
	minChars: z.number().int().min(8),
	/** Smallest share of the first copy's paragraph characters the second copy must repeat. */
	minShare: z.number().gt(0).max(1),
	/** The second copy is kept instead when it holds this many times the first's paragraph characters. */
	longerCopy: z.number().min(1),
	/**
	 * Characters of a paragraph's start and of its end that name it (the whole of a shorter one):
	 * two paragraphs of one story may open alike (`会议认为，…`), not open and close alike.
	 */
	keyHead: z.number().int().min(4),
	keyTail: z.number().int().min(4),
	/** Fewest letters and digits of a line above the first copy's text (a site's name, a headline) that the second copy's head may repeat. */
	minHeadChars: z.number().int().min(1),
	/** Most lines printed right above such a repeated line, in its block, that open the second copy with it (a mobile copy's bar). */
	maxLinesAbove: z.number().int().min(0),
});
export type SavedTwice = z.output<typeof SavedTwiceSchema>;

/** When the short lines under furniture dropped right after a web article's text are its links. */
export const LinksAfterTextSchema = z.object({
	/** Longest line read as a link's title or an account's name rather than a line of the text. */
	maxChars: z.number().int().min(8),
	/** Fewest such lines, none closing a statement, that make a run of links. */
	minLines: z.number().int().min(1),
	/**
	 * Fewest lines dropped as furniture between the text and a short line under them that make the
	 * line the page's (a help widget's greeting), not the text's close.
	 */
	farFromText: z.number().int().min(1),
});
export type LinksAfterText = z.output<typeof LinksAfterTextSchema>;

/**
 * A box of links to other articles set between two paragraphs (`延伸阅读` over a title or two): its
 * titles are short lines the paragraphs around them do not answer.
 */
export const LinkBoxesSchema = z.object({
	/** Longest line read as a link's title. */
	maxChars: Count,
	/**
	 * Longest title under a box's head that holds no sentence's mark (`，。；：`): a headline of many
	 * clauses set off by spaces, printed whole with its subtitle.
	 */
	maxHeadedTitle: Count.default(240),
	/** Most titles in one box. */
	maxLinks: Count,
	/**
	 * Highest share of a title's character bigrams found in the paragraphs right above and below it: a
	 * section's heading shares more with the text it heads.
	 */
	maxShare: Share,
});
export type LinkBoxes = z.output<typeof LinkBoxesSchema>;

/** What a prompt to follow an account, scan its code or download its app is made of. */
export const FollowPromptsSchema = z.object({
	/** Longest such prompt, and longest prompt run into a paragraph's end that is cut off it. */
	maxChars: z.number().int().min(8),
	/** A call to act: 关注, 扫码, 长按, 下载. */
	actWords: PhraseListSchema,
	/** Where the reader is sent: 微信, 公众号, 二维码, 客户端, 抖音; two or more alone make an account list. */
	platformWords: z.array(z.string().min(1)).default([]),
	/** What following gets the reader (获取更多资讯, 了解更多): with a call to act, a prompt wherever it sends. */
	offerWords: PhraseListSchema,
});
export type FollowPrompts = z.output<typeof FollowPromptsSchema>;

/** What a picture leaves in a page copied as text, and where its alt text repeats the headline. */
export const PictureEchoSchema = z.object({
	/** Words a picture's placeholder or marker is made of (`img`, `图片`): `[img: …]`, `（图）`, `图片：`. */
	pictureWords: z.array(z.string().min(1)).min(1),
	/** Lines of the text, from its first paragraph, where a bare repeat of a headline line is a picture's alt text. */
	linesIntoText: z.number().int().min(0),
	/** Fewest characters of a headline line whose repeat is read so. */
	minChars: z.number().int().min(2),
});
export type PictureEcho = z.output<typeof PictureEchoSchema>;

/**
 * A box between the headline block and the text that prints the text's opening again (a digest or
 * summary a site's CMS fills from the lead), whatever its label.
 */
export const LeadEchoSchema = z.object({
	/** Fewest characters, spaces aside, of the opening such a box repeats. */
	minChars: z.number().int().min(4),
	/** Longest label before it (`【…】`, `…：`, `…｜`), in Han characters. */
	maxLabel: z.number().int().min(1),
	/** Lines under the box read for the paragraph that opens with what it prints. */
	linesBelow: z.number().int().min(1),
});
export type LeadEcho = z.output<typeof LeadEchoSchema>;

/**
 * The fold a long article hides its rest under on the first screen (`展开全文`, `余下全文（40%）`),
 * left between the paragraphs when the opened page is saved: a button's words and marks only.
 */
export const FoldLinesSchema = z.object({
	/** Longest such line, its marks and the share it hid left out. */
	maxChars: Count,
	/** A tap before the button's verb: 点击, 轻触. */
	tapWords: PhraseListSchema,
	/** Verbs that open or read on: 展开, 阅读, 查看, 继续阅读. */
	openWords: PhraseListSchema,
	/** What is opened or left unread: 全文, 剩余, 正文, 未读; a verb and one of these, two of these, or one and a share make a fold. */
	restWords: PhraseListSchema,
});
export type FoldLines = z.output<typeof FoldLinesSchema>;

/**
 * A 公益广告 banner a site sets between a story's paragraphs: its label, a civic slogan of parallel
 * short parts (`讲文明　树新风`) and the office that signs it (`—— 某某县文明办宣`).
 */
export const PublicAdsSchema = z.object({
	/** The banner's label, alone or bracketed before the slogan: 公益广告. */
	labels: PhraseListSchema,
	/** Longest line of the banner, in characters. */
	maxLine: Count,
	/** Most parts of a slogan, set off by spaces or middle dots. */
	maxParts: z.number().int().min(2),
	/** Fewest Han characters of each part (the parts are parallel: all as long). */
	minPartHan: Count,
	/** Most Han characters of each part. */
	maxPartHan: Count,
	/** Fewest Han characters of each part of a slogan with neither label nor sign-off next to it. */
	minBarePartHan: Count,
	/**
	 * The civic causes public-service slogans campaign for (文明, 禁毒, 反诈, 节约, 环保, 交通安全):
	 * a slogan with neither label nor sign-off names one.
	 */
	causes: PhraseListSchema,
	/** Endings of a place's name (县, 镇, 街道): a slogan's part naming the site's place may be longer. */
	placeSuffixes: z.array(z.string().min(1)).default([]),
	/** Most Han characters of a slogan's part that names a place (`文明某某县`). */
	maxPlacePartHan: z.number().int().min(1).default(8),
	/** What the office that signs the banner on a dash did (`—— 某某县文明办宣`): 宣, 制作, 提醒. */
	signOffVerbs: z.array(z.string().min(1)).default([]),
	/**
	 * What a banner's label says it does after its cause (禁毒宣传, 反诈提醒): such a label on a colon
	 * before a slogan's parts is a banner's, as `labels` are.
	 */
	labelEndings: z.array(z.string().min(1)).default([]),
	/** Ornaments a banner's slogan is set between, one at each end (`★ 某某　某某 ★`). */
	ornaments: z.array(z.string().length(1)).default([]),
	/** Most lines between a paragraph and a slogan under it (a picture, a heading between). */
	linesUnderText: Count,
	/** Largest share of a slogan's bigrams found in the page's paragraphs (a section heading shares more). */
	maxTextShare: z.number().min(0).max(1),
});
export type PublicAds = z.output<typeof PublicAdsSchema>;

/** An e-paper's date picker saved as text: its month, steps, weekdays' heads and days. */
export const IssueCalendarSchema = z.object({
	/** Fewest rows of day numbers, each going on from the last, of a picker. */
	minRows: Count,
	/** The weekdays' heads, as a picker prints them (upper case for Latin ones): 日, 一, 周日, SUN. */
	weekdays: z.array(z.string().min(1)),
	/** The picker's steps and buttons: 上月, 下月, 今天. */
	steps: z.array(z.string().min(1)),
});
export type IssueCalendar = z.output<typeof IssueCalendarSchema>;

/**
 * A press conference's card between a portal's headline block and its text: the line naming the
 * meeting and its fields, each a key and its value (`主持人：…`, `发布时间　…`).
 */
export const BriefingHeadsSchema = z.object({
	/** Keys naming who hosted or spoke: 主持人, 发布人, 出席嘉宾. */
	roleKeys: PhraseListSchema,
	/** The card's other keys: 时间, 地点, 主题. */
	fieldKeys: PhraseListSchema,
	/** Keys of the page's own meta line (来源, 作者): a line holding one is never the card's. */
	pageKeys: z.array(z.string().min(1)).default([]),
	/** Words naming such a meeting: 新闻发布会, 通气会, 吹风会. */
	meetings: PhraseListSchema,
	/** Longest field line, in characters. */
	maxLine: Count,
	/** Longest line naming the meeting, in characters. */
	maxMeetingLine: Count,
});
export type BriefingHeads = z.output<typeof BriefingHeadsSchema>;

/**
 * A newspaper's 分类广告 corner: notices of companies and people (`注销公告`, `遗失声明`), each its
 * kind over a fixed formula (`声明作废`, `特此公告`) and signed by the company and the date.
 */
export const ClassifiedAdsSchema = z.object({
	/** Words the corner's label is made of, alone or set off by dots: 分类广告, 广告, 公告. */
	labelWords: PhraseListSchema,
	/** What a notice is about, opening its head: 遗失, 注销, 减资, 拍卖. */
	kinds: PhraseListSchema,
	/** The word closing a notice's head: 公告, 声明, 启事. */
	headWords: PhraseListSchema,
	/** A notice's fixed formulas, one of which its text holds: 声明作废, 申报债权, 特此公告. */
	formulas: PhraseListSchema,
	/** Words closing the name that signs a notice: 公司, 合作社, 清算组. */
	signers: z.array(z.string().min(1)).default([]),
	/** Longest notice head, in characters (twice it, the longest signature). */
	maxHead: Count,
	/** Longest line of a notice's text, in characters. */
	maxLine: Count,
});
export type ClassifiedAds = z.output<typeof ClassifiedAdsSchema>;

/**
 * The cards a WeChat post embeds between its paragraphs: a 视频号 video, a 小程序, an account to
 * follow, each a few short lines under its label or over its button.
 */
export const EmbedCardsSchema = z.object({
	/** What is embedded, as the card's label names it: 视频号, 小程序, 公众号. */
	kinds: PhraseListSchema,
	/** A followed account's button after its kind: 已关注, +关注. */
	buttons: z.array(z.string().min(1)).default([]),
	/** A prompt that points at the card under it: 下方卡片. */
	prompts: PhraseListSchema,
	/** Longest line of a card, in characters (a video's title with its length). */
	maxLine: Count,
	/** Most lines under a card's label or prompt (the account, the title). */
	linesAfter: Count,
});
export type EmbedCards = z.output<typeof EmbedCardsSchema>;

/** `search-config/page-furniture.json`: what ingest treats as page furniture rather than text. */
const PageFurnitureSchema = z.object({
	/** Lower-case file-name prefixes of saved pages and the outlet each names (`rmrb` → 人民日报). */
	outletAbbreviations: z
		.record(z.string().regex(/^[a-z]{2,12}$/, 'use 2–12 lower-case letters'), z.string().min(2))
		.default({}),
	/** A line starting with one of these (after spaces and brackets) is furniture: 分享到, 当前位置, 上一篇. */
	linePhrases: PhraseListSchema,
	/** A short line containing one of these anywhere is furniture: 转载请注明出处, 下载客户端. */
	anywherePhrases: PhraseListSchema,
	/** A line that is exactly one of these words is furniture: share targets (微信, QQ空间) and lone menu or tool words (搜索, 首页). */
	wholeLines: PhraseListSchema,
	/** An e-paper's buttons (版面导航, 放大, 缩小, 返回目录): a line of these only, besides 上一版/下一期, is furniture. */
	epaperToolWords: PhraseListSchema,
	/**
	 * Parts e-paper buttons are built from (本版, 标题, 下载, PDF, 往期, 报纸): a piece made of two or more
	 * of these (本版标题, 下载本版PDF, 往期报纸) is a button too, though no one part alone is.
	 */
	epaperToolParts: z.array(z.string().min(1)).default([]),
	/** Heads of related-article lists (相关新闻); the short lines after them go too. */
	relatedListHeads: PhraseListSchema,
	/**
	 * A government portal's top-level channels (政务公开, 政务服务, 互动交流): a line made only of two or
	 * more of these, between spaces, dots or bars, is the portal's menu; one alone above the headline
	 * labels its column.
	 */
	portalChannels: PhraseListSchema,
	/**
	 * Head nouns of a portal's column names (动态, 要闻, 关注): a label in brackets alone above the
	 * headline, two characters and one of these (`【部门动态】`), names the page's column.
	 */
	columnHeads: PhraseListSchema,
	/** When a headline inside a story opens a new one; without it only the grammar's cues split. */
	storyBoundary: StoryBoundarySchema.optional(),
	/** Lines repeated across a folder's files are furniture; without it none is dropped for that. */
	repeatedLines: RepeatedLinesSchema.optional(),
	/** A page saved twice into one file keeps one copy; without it both are read. */
	savedTwice: SavedTwiceSchema.optional(),
	/** Short lines under furniture dropped after a web article's text go with it; without it they stay. */
	linksAfterText: LinksAfterTextSchema.optional(),
	/** Boxes of links between two paragraphs go; without it only a list head's own rule reads them. */
	linkBoxes: LinkBoxesSchema.optional(),
	/** Follow and download prompts, also run into a paragraph's end; without it only the phrase lists read them. */
	followPrompts: FollowPromptsSchema.optional(),
	/** Pictures' alt texts and file names left in the text; without it they stay. */
	pictureEcho: PictureEchoSchema.optional(),
	/** Opened folds left between the paragraphs go; without it they stay. */
	foldLines: FoldLinesSchema.optional(),
	/** A player's notice where a saved page had audio or video goes; without it it stays. */
	playerNotices: PlayerNoticesSchema.optional(),
	/** Boxes that print the text's opening again above it go; without it they stay. */
	leadEcho: LeadEchoSchema.optional(),
	/** 公益广告 banners between the paragraphs go; without it they stay. */
	publicAds: PublicAdsSchema.optional(),
	/** A newspaper's classified notices go; without it they stay. */
	classifiedAds: ClassifiedAdsSchema.optional(),
	/** Cards a post embeds between its paragraphs go; without it they stay. */
	embedCards: EmbedCardsSchema.optional(),
	/** Corrections and calls for tips under a web article's text go; without it they stay. */
	tailNotices: TailNoticesSchema.optional(),
	/** A weather box under a post's text goes; without it its rows stay. */
	weatherBox: WeatherBoxSchema.optional(),
	/** An e-paper's date picker goes; without it its lines stay. */
	issueCalendar: IssueCalendarSchema.optional(),
	/** A press conference's card above a story goes; without it its lines stay. */
	briefingHeads: BriefingHeadsSchema.optional(),
	/** A newspaper's colophon (报尾) goes; without it its lines stay. */
	colophon: ColophonSchema.optional(),
	/** A 政民互动 card (a message and an office's answer) under a web article's text goes; without it it stays. */
	replyCards: ReplyCardsSchema.optional(),
	/** A card about the writer under a web article's text goes; without it it stays. */
	authorCards: AuthorCardsSchema.optional(),
});
/** The furniture file's settings, with the learned models read from beside it (`page-models.ts`). */
export type PageFurniture = z.output<typeof PageFurnitureSchema> & PageModels;

/** The configuration used when none is passed: nothing is furniture beyond the built-in grammar. */
export const NO_FURNITURE: PageFurniture = {
	outletAbbreviations: {},
	linePhrases: [],
	anywherePhrases: [],
	wholeLines: [],
	epaperToolWords: [],
	epaperToolParts: [],
	relatedListHeads: [],
	portalChannels: [],
	columnHeads: [],
};

let cached: { path: string; value: PageFurniture } | undefined;

/**
 * Reads and validates `search-config/page-furniture.json` (once per path), with the learned models
 * whose files are beside it (`readPageModels`) but those named in `without` (`'all'`: none). A
 * missing or invalid file throws a `SchemaValidationError` or an `Error` naming the file and the
 * reason.
 */
export function readPageFurniture(
	path = searchConfigPath('page-furniture.json'),
	without: readonly (keyof PageModels)[] | 'all' = [],
): PageFurniture {
	const whole = without !== 'all' && without.length === 0;
	if (whole && cached?.path === path) return cached.value;
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new Error(`cannot read ${path}: ${(error as Error).message}; restore it from git.`, {
			cause: error,
		});
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
	}
	const value: PageFurniture = parseWithFriendlyErrors(
		PageFurnitureSchema,
		data,
		`search-config → ${path}`,
	);
	if (without === 'all') return value;
	Object.assign(value, readPageModels(dirname(path), without));
	if (whole) cached = { path, value };
	return value;
}
