import { z } from 'astro/zod';
import { Count, Share } from './config-numbers.ts';
import { searchConfigReader } from '../config-path.ts';
import {
	BroadcastHeadSchema,
	HeadingsSchema,
	HtmlTitleSchema,
	LeadTitleSchema,
	LineRolesSchema,
	NeighboursSchema,
	PageLinesSchema,
	ProseSchema,
	SiteHeaderSchema,
} from './ingest-line-shapes.ts';
import { FurnitureSchema, FurnitureShapesSchema } from './ingest-furniture-lines.ts';
import {
	BrokenHeadlineSchema,
	WebBodySchema,
	WebHeadSchema,
	WebMetaSchema,
	WebTailSchema,
} from './ingest-web-lines.ts';

/** When a line is a picture's caption or credit rather than the story's text. */
const CaptionsSchema = z.object({
	/** Longest caption line over a credit, in Han characters. */
	maxCaptionHan: Count,
	/** Most rows from a caption sentence to its credit below (one blank row between). */
	maxCaptionGap: Count,
	/** Most caption lines a credit closes (`上图：…` / `下图：…` / credit). */
	maxCaptionLines: Count,
	/** Most Han characters of a marked caption (`▲`, `图为`); a longer marked line is a bulleted point. */
	maxMarkedCaptionHan: Count,
	/** Most Han characters of text a photo story prints between its headline and a caption. */
	maxPhotoStoryText: Count,
	/** Most sentences of a caption sentence over a credit. */
	maxCaptionSentences: Count,
	/** Most Han characters of a caption that only describes its picture (`图为工作人员…`). */
	maxDescriptionHan: Count,
	/** Share of a caption's bigrams the story above it holds when the caption describes its picture. */
	describesStory: Share,
});

/** When short words on a line, or one a line, are a site's menu. */
const MenusSchema = z.object({
	/** Fewest items of a menu printed on one line between spaces, or one item a line. */
	minItems: Count,
	/** Longest menu item, in characters. */
	maxItem: Count,
	/** Fewest items of a menu that does not open on the home page (a headline has fewer phrases). */
	minBareItems: Count,
	/** Longest item of such a menu, in characters: a column's name. */
	maxBareItem: Count,
	/** Longest item of a menu of `minBareItems` or more from the home page on: a column named after its place. */
	maxPlaceItem: Count,
	/** Fewest Han characters of the sentence that opens the running text; menus are sought above it. */
	minLeadHan: Count,
});

/** How long the page's own tools may be: pagers, breadcrumbs, buttons, link lists, comments. */
const PageToolsSchema = z.object({
	/** Longest pager line (`上一页 1 2 3 下一页`), in characters. */
	maxPager: Count,
	/** Longest breadcrumb line read for its meta, in characters. */
	maxCrumbLine: Count,
	/** Longest e-paper button built from parts (`上一版`), in characters. */
	maxBuiltPiece: Count,
	/** Longest head over a list of media links (`相关视频`), in characters. */
	maxListHead: Count,
	/** Longest line read as the seam between two saved sheets of one page, in characters. */
	maxSeamLine: Count,
	/** Most Han characters a reader's comment takes: a paragraph of the story is longer. */
	maxCommentHan: Count,
	/** Most Han characters left on a seam's line once its web address is taken out. */
	maxSeamRestHan: Count,
	/** Longest e-paper tool bar (`上一版 下一版 缩小 放大`), in characters. */
	maxToolBar: Count,
	/** Longest line read as an e-paper's header (`某某日报 2021年3月9日 综合`), in characters. */
	maxEpaperHeader: Count,
});

/** When a page copied from a PDF or an e-paper keeps its printed line breaks. */
const HardWrapSchema = z.object({
	/** Fewest columns a wrap width can have (a Han character is two): a couplet is shorter. */
	minColumns: Count,
	/** Fewest rows of the wrap width, each followed by another row, that make a page hard-wrapped. */
	minWrappedRows: Count,
	/** Columns a wrapped row may fall short of the width: a wide character that no longer fitted. */
	shortBy: z.number().int().min(0),
	/** Columns a wrapped row may run past the width: closing punctuation kept at the row's end. */
	longBy: z.number().int().min(0),
	/** Fewest Han characters of a row of running text. */
	minRowHan: Count,
});

/** Where a page's headline, names, dates and notes may stand around its text. */
const MetaSchema = z.object({
	/** Lines from the headline within which a bare date line dates the page. */
	nearHeadline: Count,
	/** Lines after the last paragraph within which a side column's date line may stand. */
	sideColumnReach: Count,
	/** Longest line read as a paper's name alone, in characters. */
	maxPaperName: Count,
	/** Fewest characters of a headline a cut-off page name must spell before it ends. */
	minCutPrefix: Count,
	/** Lines at the top of a page read as its browser title. */
	titleLines: Count,
	/** Lines from the top of a trimmed web page within which its editor's note may stand. */
	noteWindow: Count,
	/** Lines under an e-paper's page label where its masthead may still stand. */
	mastheadBelowLabel: Count,
	/** Longest row of a table's keys joined to the row of values under it, in characters. */
	maxKeysRow: Count,
	/** Longest line read as a note naming the outlet's title (`原标题：…`), in characters. */
	maxOriginalTitleNote: Count,
	/** Fewest letters and digits of a headline matched against the outlet's title. */
	minOriginalTitleChars: Count,
	/** Longest line read as a note naming the text's source (`本文转载自…`), in characters. */
	maxSourceNote: Count,
	/** Fewest letters and digits a page name keeps once a column label is taken off its front. */
	minLabelRest: Count,
	/** Body paragraphs read, under the headline, for a masthead's publisher line (`主办：…报社`). */
	publisherLines: Count,
});

/** `search-config/ingest-lines.json`: the lengths, counts and shares that decide what a line is. */
export const IngestLinesSchema = z.object({
	$comment: z.string().optional(),
	captions: CaptionsSchema,
	menus: MenusSchema,
	pageTools: PageToolsSchema,
	hardWrap: HardWrapSchema,
	meta: MetaSchema,
	lineRoles: LineRolesSchema,
	pageLines: PageLinesSchema,
	headings: HeadingsSchema,
	broadcastHead: BroadcastHeadSchema,
	siteHeader: SiteHeaderSchema,
	neighbours: NeighboursSchema,
	prose: ProseSchema,
	leadTitle: LeadTitleSchema,
	htmlTitle: HtmlTitleSchema,
	webHead: WebHeadSchema,
	brokenHeadline: BrokenHeadlineSchema,
	webBody: WebBodySchema,
	webTail: WebTailSchema,
	webMeta: WebMetaSchema,
	furniture: FurnitureSchema,
	furnitureShapes: FurnitureShapesSchema,
});
export type IngestLines = z.output<typeof IngestLinesSchema>;

/**
 * The thresholds of `search-config/ingest-lines.json`, read once per process (each stage copies
 * its values into module constants when it loads).
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export const readIngestLines = searchConfigReader(IngestLinesSchema, 'ingest-lines.json');
