import { z } from 'astro/zod';
import { Count } from './config-numbers.ts';

// The sections of `search-config/ingest-lines.json` that say how long a line of each shape may be;
// `ingest-lines.ts` composes them.

/** How long a credit, byline or contents line may be when a line's role is read (`line-roles.ts`). */
export const LineRolesSchema = z.object({
	/** Longest line that ends on a page reference (`详见第5版`) read as a contents line, in characters. */
	maxContentsRef: Count,
	/**
	 * Fewest Han characters of the title after a page reference that opens a guide's line (`▶第6版　某某`):
	 * a page's own label after its number (`13版 要闻`) is shorter.
	 */
	minGuideTitleHan: Count,
	/** Longest photo credit standing alone on its line (`李四摄`), in characters. */
	maxBareCredit: Count,
	/** A credit with fewer Han characters than this besides it is bare (it belongs to the story). */
	maxCreditRestHan: Count,
	/** Longest line crediting the writer and photographer (`文/张三 图/李四`), in characters. */
	maxCreditLine: Count,
	/** Longest credit closing a cartoon (`王 五图 赵 六文`), in characters. */
	maxArtCredit: Count,
	/** Longest byline (`本报记者 张三`), in characters. */
	maxByline: Count,
	/** Longest line read as a caption closed by a photo credit, in characters. */
	maxCreditedCaption: Count,
	/** Longest tagged question (`问：…`) read as a heading, in characters. */
	maxTaggedQuestion: Count,
});

/** How long a page's copyright, header and meta lines may be when the page is cleaned (`clean.ts`). */
export const PageLinesSchema = z.object({
	/** Longest copyright line of a footer, in characters. */
	maxCopyrightLine: Count,
	/** Most Han characters of such a line. */
	maxCopyrightHan: Count,
	/** Longest line opened by a copyright formula (`版权所有：…`), in characters. */
	maxCopyrightHead: Count,
	/** Longest line read as an e-paper's page header, in characters. */
	maxPageHeader: Count,
	/** Longest line read as a meta line (`来源：… 发布时间：…`), in characters. */
	maxMetaLine: Count,
	/** Fewest Han characters of the paragraph under a reading box's label (`延伸阅读`) for it to be the story's sidebar. */
	minSidebarHan: Count,
});

/** What a headline-shaped line is, and when two lines are one broken paragraph (`clean.ts`). */
export const HeadingsSchema = z.object({
	/** Longest headline that may exclaim or ask inside (`首破万亿元！春节消费亮眼`), in characters. */
	maxExclaiming: Count,
	/** Longest line that is headline-shaped for its length alone, in characters. */
	maxShort: Count,
	/** Longest headline or dash subtitle (`——记…`), in characters. */
	maxLong: Count,
	/** Characters from a line's start where a colon makes it a field or a sentence, not a headline. */
	colonReach: Count,
	/** Most commas of a long headline. */
	maxCommas: z.number().int().min(0),
	/** Most commas of a long dash subtitle. */
	maxSubtitleCommas: z.number().int().min(0),
	/** Fewest characters of a line that a broken sentence's next line may be joined to. */
	minBrokenLine: Count,
	/** Longest pair of headline-shaped lines read as a kicker and its title, not one broken sentence. */
	maxKickerPair: Count,
	/**
	 * How many times longer than a headline-shaped line the line under it must be for the two to be
	 * a headline and its lead, not one paragraph's rows (a row is as wide as the rows under it).
	 */
	minLeadRatio: z.number().min(1),
	/** Longest last headline line dropped as a column label under a longer title (`权威发布`). */
	maxColumnLabel: Count,
	/** Longest line marked as a lower-level heading than the title that is dropped as a label. */
	maxSubheadLabel: Count,
	/** Fewest characters of a headline over a line with no cue of its own that make the two title and subtitle. */
	minFullHeadline: Count,
});

/** What a broadcast page prints between its title and its lead (`broadcast-page.ts`). */
export const BroadcastHeadSchema = z.object({
	/** Fewest Han characters of running text in a lead-in box. */
	minBoxTextHan: Count,
	/** Longest line read as a lead picture's caption, credit or counter, in characters. */
	maxPictureLine: Count,
	/** Longest gallery counter or pager (`1/3`, `上一张`), in characters. */
	maxPictureCount: Count,
	/** Longest word alone (`微信`, `分享`) read as a tool, not a headline, in characters. */
	maxToolWord: Count,
	/** Longest line of sharing words or a prompt read as a tool, in characters. */
	maxHeadPrompt: Count,
	/** Fewest Han characters of a sentence of the transcript, which ends the search for the page's tail. */
	minTranscriptHan: Count,
	/** Fewest Han characters a title keeps when a site's name is cut off its end. */
	minTitleBeforeSiteHan: Count,
});

/** What a site's header line is (`site-header.ts`). */
export const SiteHeaderSchema = z.object({
	/** Longest app name over its button in a mobile page's top bar, in characters. */
	maxAppName: Count,
	/** Longest site header line, in characters. */
	maxSiteHeader: Count,
	/** Most names a dressed site header holds (`某某县人民政府门户网站 | 首页`). */
	maxHeaderNames: Count,
});

/** Roles read from a line's neighbours (`line-context.ts`). */
export const NeighboursSchema = z.object({
	/** Most Han characters of a speaker's name before its role (`王 雷（…主演）`). */
	maxSpeakerNameHan: Count,
	/** Longest dash line (`——某某中学教师 刘某`) read as crediting the quotation above it, in characters. */
	maxQuoteAttribution: Count,
	/** Fewest Han characters of the quoted paragraph above such a credit. */
	minQuotedHan: Count,
	/** Fewest Han characters of a broadcast's headline over its lead. */
	minBroadcastHeadlineHan: Count,
	/** Longest line under a kicker ending in a dash that is read as the title, in characters. */
	maxDashTitle: Count,
});

/** What running text is. */
export const ProseSchema = z.object({
	/** Fewest Han characters of a sentence that is running text, not a page's furniture or a caption. */
	minRunningTextHan: Count,
});

/** The title made from a lead when a page prints none (`metadata.ts`). */
export const LeadTitleSchema = z.object({
	/** Characters of clauses gathered from the lead, and where a longer title is cut. */
	chars: Count,
	/** Longest title kept whole; a longer one is cut at `chars` with `…`. */
	maxChars: Count,
});

/** When an HTML page's browser title stands in for a headline it lacks (`html-to-text.ts`). */
export const HtmlTitleSchema = z.object({
	/** Fewest Han characters of the browser title. */
	minTitleHan: Count,
	/** Lines from the page's top searched for the title printed already. */
	topLines: Count,
	/** Fewest characters of a top line that the title holds, for the title to count as printed. */
	minEchoLine: Count,
});
