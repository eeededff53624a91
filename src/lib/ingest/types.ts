import type { ArticleKind, DatePrecision } from '../schema/taxonomy.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { PageFurniture } from '../schema/page-furniture.ts';
import type { MetaOrigin } from '../schema/release.ts';
import type { TitleTrace } from './title-choice.ts';

export type { ArticleKind, DatePrecision, Diagnostic, MetaOrigin };

/** Input formats the decoder recognises. */
export type SourceFormat = 'txt' | 'md' | 'html';

/** One block of text (a paragraph or a heading) with its place in the source. */
export interface SourceLine {
	/** The text, trimmed, without markup. */
	text: string;
	/** 1-based line in the decoded source where the block starts. */
	line: number;
	/** Heading level 1–6 when the markup said it is a heading (`#`, `<h2>`); absent otherwise. */
	heading?: number;
	/** True when page furniture (`本版责编:…`) was removed just before this block: an item boundary. */
	afterFurniture?: boolean;
}

/** One item of a page (a story, a photo caption, a contents list), before metadata. */
export interface PageSegment {
	/** Headline lines in print order (kicker, title, subtitle), column labels removed. */
	head: SourceLine[];
	/** Standalone byline lines (`本报记者 X`, `□记者 X`). */
	bylines: SourceLine[];
	/** Body paragraphs, dateline lead included. */
	body: SourceLine[];
	/** What the splitter recognised. */
	kind: 'news' | 'photo' | 'contents';
	/** True when the headline was printed after the body (and moved here). */
	titleAfterBody?: boolean;
}

/** Facts about the whole page that items inherit: its outlet and a printed date. */
export interface PageContext {
	/** Outlet named by page furniture (`来源:鲁网`, `德州新闻网版权与免责声明`), '' when none. */
	source: string;
	/** A full date printed as page furniture (`2022-05-10 12:36:57`), ISO `YYYY-MM-DD`. */
	date?: string;
	/**
	 * True when `date` is the page's own publication date, read from a web meta line (`发布时间：…`)
	 * or an e-paper masthead: it beats a dateline's month/day, which is often the day before.
	 */
	datePublished?: boolean;
	/** True when `source` was read from a source label (`来源：…`, `发布机构：…`) or a masthead. */
	sourceLabelled?: boolean;
	/** True when `date` is the date a revision key printed (`更新时间：…`), which any other meta date beats. */
	dateRevised?: boolean;
	/** True when `source` is the original a reprint names (`转载自：…`), over the site's own label. */
	sourceOriginal?: boolean;
	/** True when `source` was named under no key (a WeChat account, a name beside the date). */
	sourceUnkeyed?: boolean;
	/** True when `source` is a body's name printed beside the page's date under no key (`PageMeta.beside`). */
	sourceBeside?: boolean;
	/**
	 * True when `date` or `source` was read from an e-paper's header behind its buttons: the page's
	 * own fields, which say nothing of whether it is a web article page.
	 */
	fieldsFromPaperHeader?: boolean;
	/**
	 * The paper and issue day a print page's header gave (`2021.3.9 某某日报 第01版`), which a saved
	 * e-paper web page makes every story's own fields.
	 */
	printHeader?: { source?: string; date?: string };
	/** The first web meta line of the page: its kind and its line in the source. */
	firstMeta?: { kind: 'fields' | 'masthead'; line: number };
	/**
	 * True for a web article page: it prints its meta fields (`发布时间：… 来源：…`) once, above its
	 * text, and under no e-paper masthead, so everything on it is one article.
	 */
	singleStory?: boolean;
	/** True for a web page: it prints its own meta fields or its head holds web furniture. */
	webPage?: boolean;
	/** A year the page states for itself (magazine issue line `2024年第2期`). */
	issueYear?: number;
	/** Outlet titles the page's `原标题` notes name (a portal's reprint under a shorter headline). */
	originalTitles?: string[];
}

/** One article as extracted by ingest stages 1–4. */
export interface RawArticle {
	/** Headline (主题); generated from the lead when the page printed none. */
	title: string;
	/** True when `title` was generated from the lead sentence. */
	titleGenerated: boolean;
	/** The line above the headline (引题). */
	kicker?: string;
	/** The line below the headline (副题). */
	subtitle?: string;
	/** Clean body paragraphs in the original wording, without markup. */
	paragraphs: string[];
	/** ISO `YYYY-MM-DD`; month precision pads the day with 01, year precision gives `-01-01`. */
	date: string | null;
	/** How much of `date` the source printed or implied. */
	datePrecision: DatePrecision;
	/** Newspaper or site, e.g. 人民日报, 鲁网; '' when unknown (`本报` alone). */
	source: string;
	/** Reporters named in bylines. */
	reporters: string[];
	/** City of the dateline (`本报济南1月18日电` → 济南). */
	dateline?: string;
	/** What the item is. */
	kind: ArticleKind;
	/** Where `date` came from: the page's text, the HTML metadata, the file name or a CLI option. */
	dateFrom?: MetaOrigin;
	/** Where `source` came from, as for `dateFrom`. */
	sourceFrom?: MetaOrigin;
	/** Path of the input file. */
	sourceFile: string;
	/** 1-based line in the source where the item starts. */
	line: number;
	/** 0-based place of the item among the file's items; with the file it makes the id. */
	position?: number;
}

/** Options of `extractArticles`. */
export interface ExtractOptions {
	/** Year to use when the page itself gives none (e.g. from the CLI or a folder name). */
	contextYear?: number;
	/** Full date of the page (`YYYY-MM-DD`) when known from outside; its year is used as `contextYear`. */
	contextDate?: string;
	/** Outlet of every page of the batch when its text, metadata and file name name none (`--source`). */
	contextSource?: string;
	/** Largest accepted input in bytes; 20 MB by default. */
	maxBytes?: number;
	/** Page furniture and outlet abbreviations (`search-config/page-furniture.json`); none when absent. */
	furniture?: PageFurniture;
	/** Lines that recur across this file's folder in the batch (`collectRepeatedLines`): furniture. */
	repeatedLines?: ReadonlySet<string>;
	/** Called with every headline line the title model scores and its features (training, tests). */
	titleTrace?: TitleTrace;
}
