import { createRandom } from '../../src/lib/random.ts';
import type { SplitFurniture } from './web-pages-furniture.ts';
import { lunarDate } from './web-pages-chinese-dates.ts';
import { codeFormats } from './web-pages-formats.ts';
import { writeEpaper } from './web-pages-epaper.ts';
import { PageWriter } from './web-pages-page-writer.ts';
import { writeSingle } from './web-pages-single.ts';
import {
	bodyParagraphs,
	chance,
	drawFromPool,
	formatDate,
	pick,
	weekday,
	type PageContext,
} from './web-pages-template.ts';

export { bodyParagraphs };

/** A real article to wrap (read from the shared corpus at run time). */
export interface SourceArticle {
	id: string;
	title: string;
	/** 引题/主题/副题 as printed, in order; `[title]` when there is only the headline. */
	headlineLines: string[];
	/** ISO date. */
	date: string;
	source: string;
	text: string;
}

/** What a correct extraction of one wrapped article gives. */
export interface TrueArticle {
	id: string;
	title: string;
	/** 引题/主题/副题 of the article (the title among them). */
	headlines: string[];
	date: string;
	/** The outlet as the page prints it. */
	source: string;
	/** The article's paragraphs, one per line, without furniture. */
	body: string;
}

/** One line of furniture put on a page, with the family it came from. */
export interface FurnitureLine {
	family: string;
	line: string;
	/** Keeping it in the body is not counted against cleaning. */
	tolerated: boolean;
}

export const WEB_LAYOUTS = ['portal', 'wechat', 'reprint', 'epaper'] as const;
/** The kind of page: a government portal article, a WeChat reprint, a news-portal reprint, an e-paper page. */
export type WebLayout = (typeof WEB_LAYOUTS)[number];

/** A synthetic saved-as-text web page and its truth. */
export interface WebPage {
	key: string;
	/** The name a browser's "save as" might give it. */
	fileName: string;
	layout: WebLayout;
	text: string;
	articles: TrueArticle[];
	furniture: FurnitureLine[];
}

/** A file name like the one a browser offers when the page is saved. */
function fileNameFor(layout: WebLayout, first: SourceArticle, ctx: PageContext): string {
	const r = ctx.random;
	const n = String(Math.floor(r() * 9e6) + 1e6);
	const date = ctx.fixed['date'] ?? '';
	const safe = first.title.replace(/[\\/:*?"<>|\s]/gu, '_').slice(0, 60);
	const choices = codeFormats(ctx.furniture.split).fileNames(layout === 'epaper', {
		safe,
		n,
		digits: date.replace(/\D/gu, '').slice(0, 8),
		day: first.date.replace(/-/gu, ''),
		site: ctx.fixed['site'] ?? '',
		paper: ctx.fixed['paper'] ?? '',
	});
	return pick(choices, r);
}

/** Inputs of one page: its articles (1 for single pages, 1–4 of one date for e-paper). */
export interface PageRequest {
	key: string;
	layout: WebLayout;
	articles: SourceArticle[];
	seed: number;
	furniture: SplitFurniture;
	otherTitles: string[];
	otherDates: string[];
}

/** Builds one saved-as-text page; the same request gives the same page. */
export function generateWebPage(req: PageRequest): WebPage {
	const random = createRandom(req.seed);
	const first = req.articles[0]!;
	const ctx: PageContext = {
		furniture: req.furniture,
		random,
		fixed: {},
		otherTitles: req.otherTitles,
		otherDates: req.otherDates,
	};
	const f = ctx.fixed;
	f['place'] = pick(req.furniture.pools['place']!, random);
	f['city'] = pick(req.furniture.pools['city']!, random);
	f['site'] = drawFromPool('site', ctx);
	f['paper'] = drawFromPool('paper', ctx);
	f['year'] = String(Number(first.date.slice(0, 4)) + Math.floor(random() * 3));
	f['week'] = weekday(first.date);
	f['lunar'] = lunarDate(first.date);
	f['ptitle'] = first.title;
	const formats = req.furniture.pools['dateFormat']!;
	// An e-paper prints the day, never a clock time, and its masthead adds the weekday itself.
	const dayFormats = formats.filter((d) => !d.includes('HH') && !d.includes('W'));
	const format = pick(
		req.layout === 'epaper' && dayFormats.length > 0 ? dayFormats : formats,
		random,
	);
	f['date'] = formatDate(first.date, format, random);
	const source =
		req.layout === 'epaper'
			? f['paper']
			: req.layout === 'reprint' || chance(0.3, random)
				? first.source
				: drawFromPool('localSource', ctx);
	f['source'] = source;
	const w = new PageWriter(ctx);
	if (req.layout === 'epaper') writeEpaper(w, req.articles);
	else writeSingle(w, first, req.layout);
	const eol = chance(0.15, random) ? '\r\n' : '\n';
	return {
		key: req.key,
		fileName: fileNameFor(req.layout, first, ctx),
		layout: req.layout,
		text: w.lines.join(eol) + eol,
		articles: req.articles.map((a) => ({
			id: a.id,
			title: a.title,
			headlines: a.headlineLines,
			date: a.date,
			source,
			body: bodyParagraphs(a.text).join('\n'),
		})),
		furniture: w.furniture,
	};
}
