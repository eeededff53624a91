import type { Diagnostic } from '../diagnostic.ts';
import { collectYearEvidence, ISSUE_OF_YEAR } from './dates.ts';
import { decodeSource } from './decode.ts';
import { nestingProblem } from './nesting.ts';
import { outletTitle, readOriginalTitle } from './original-title.ts';
import { titleFromPageName, titleNamedByBrowser, titleWithoutLabel } from './page-name-title.ts';
import { type Headline, kindOf, parseDateline, readItemMeta, titleFromLead } from './metadata.ts';
import { applyOutsideMeta, readOutsideMeta } from './outside-meta.ts';
import { hanCount } from './patterns.ts';
import { isBarePictureGiver } from './media-shapes.ts';
import { segmentPage } from './page-segments.ts';
import { chooseHeadline, type TitleTrace } from './title-choice.ts';
import { redateWebItems } from './web-date-choice.ts';
import { titleSpelledByName } from './name-spelled-title.ts';
import { titleNamedByField } from './title-field.ts';
import { rebodyWebItems } from './web-body-choice.ts';
import { resourceWebItems } from './web-source-choice.ts';
import { retitleWebItems } from './web-title-choice.ts';
import type { TitleModel } from '../schema/title-model.ts';
import type { ExtractOptions, PageSegment, RawArticle } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';

export type { ExtractOptions, RawArticle } from './types.ts';

const { minBodyHan: MIN_BODY_HAN } = readIngestArticles().splitting;

/** A contents list is titled by its masthead and issue (`新湘评论 2024年第2期`). */
function contentsHeadline(segment: PageSegment): Headline {
	const masthead = segment.head[0]?.text;
	const issue = ISSUE_OF_YEAR.exec(segment.body.map((b) => b.text).join(' '))?.[0];
	if (masthead === undefined) return issue === undefined ? {} : { title: issue };
	return { title: issue === undefined ? masthead : `${masthead} ${issue}` };
}

function toArticle(
	segment: PageSegment,
	path: string,
	meta: ReturnType<typeof readItemMeta>,
	titleModel: TitleModel | undefined,
	originals: readonly string[] = [],
	titleTrace?: TitleTrace,
): RawArticle {
	const headline =
		segment.kind === 'contents'
			? contentsHeadline(segment)
			: chooseHeadline(segment.head, segment.body, titleModel, titleTrace);
	// A line that only credits who gave the pictures stood by a picture: it kept the story whole
	// around the picture, and is no text of it.
	const paragraphs = segment.body.map((b) => b.text).filter((t) => !isBarePictureGiver(t));
	// A portal's shorter headline gives way to the outlet's title its 原标题 note names; a note left
	// standing as the headline (the page's own headline taken for furniture) gives its title.
	let title =
		headline.title === undefined
			? undefined
			: (readOriginalTitle(headline.title) ?? outletTitle(headline.title, originals));
	if (title === undefined) {
		const lead = paragraphs.find((p) => p.length > 0) ?? '';
		title = titleFromLead(parseDateline(lead)?.rest ?? lead);
	}
	const article: RawArticle = {
		title,
		titleGenerated: headline.title === undefined,
		paragraphs,
		date: meta.date,
		datePrecision: meta.datePrecision,
		source: meta.source,
		reporters: meta.reporters,
		kind: kindOf(segment, title),
		sourceFile: path,
		line: Math.min(...[...segment.head, ...segment.bylines, ...segment.body].map((b) => b.line)),
	};
	if (headline.kicker !== undefined) article.kicker = headline.kicker;
	if (headline.subtitle !== undefined) article.subtitle = headline.subtitle;
	if (meta.dateline !== undefined) article.dateline = meta.dateline;
	return article;
}

/**
 * Items of one newspaper page appear in the same issue: an item that printed no month/day of its own
 * (a feature without a dateline) takes the page's date, the day most of its datelined items carry,
 * unless its own year says otherwise.
 */
function datePageItems(articles: RawArticle[]): void {
	const days = new Map<string, number>();
	for (const a of articles)
		if (a.datePrecision === 'day' && a.date) days.set(a.date, (days.get(a.date) ?? 0) + 1);
	const [pageDate] = [...days].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? [];
	if (pageDate === undefined) return;
	for (const a of articles) {
		if (a.datePrecision === 'day' || a.datePrecision === 'month') continue;
		if (a.date !== null && a.date.slice(0, 4) !== pageDate.slice(0, 4)) continue;
		a.date = pageDate;
		a.datePrecision = 'day';
		a.dateFrom = 'text';
	}
}

/**
 * Stages 1–4 of ingest: decodes one input, turns it into text blocks, cleans them, splits the
 * page into its items and reads each item's metadata. A rejected file gives no articles and one
 * fatal diagnostic; a news item without a usable body is dropped with a warning.
 */
export function extractArticles(
	input: { path: string; bytes: Uint8Array },
	options: ExtractOptions = {},
): { articles: RawArticle[]; diagnostics: Diagnostic[] } {
	const { path } = input;
	const decoded = decodeSource(
		path,
		input.bytes,
		options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
	);
	if (!decoded.ok) return { articles: [], diagnostics: [decoded.diagnostic] };
	const tooDeep = nestingProblem(decoded.text, decoded.format);
	if (tooDeep !== null)
		return {
			articles: [],
			diagnostics: [{ file: path, reason: tooDeep, ruleId: 'too-deeply-nested', fatal: true }],
		};
	const { printed, lines, page, segments } = segmentPage(decoded.text, decoded.format, options);
	const evidence = collectYearEvidence(lines.map((l) => l.text).join('\n'));
	const outside = readOutsideMeta(path, decoded.format, decoded.text, options);
	const articles: RawArticle[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const segment of segments) {
		const meta = readItemMeta(segment, page, evidence, outside.context);
		const article = toArticle(
			segment,
			path,
			meta,
			options.furniture?.titleModel,
			page.originalTitles,
			options.titleTrace,
		);
		if (meta.dateFrom !== undefined) article.dateFrom = meta.dateFrom;
		applyOutsideMeta(article, outside);
		// Counted up to the least a news item needs: what it says of a shorter body is its whole count.
		const bodyHan =
			article.kind === 'news'
				? hanCount(
						article.paragraphs.map((p) => parseDateline(p)?.rest ?? p).join(''),
						MIN_BODY_HAN,
					)
				: MIN_BODY_HAN;
		if (bodyHan < MIN_BODY_HAN) {
			diagnostics.push({
				file: path,
				line: article.line,
				ruleId: 'empty-item',
				fatal: false,
				reason: `the item “${article.title}” has no usable body (${bodyHan} Chinese characters) and was skipped; check whether the page was cut off.`,
			});
			continue;
		}
		article.position = articles.length;
		articles.push(article);
	}
	// A page of one story is named after its headline: the name says where the page broke it.
	const only = articles.length === 1 ? articles[0]! : undefined;
	if (only !== undefined && !only.titleGenerated) {
		const lines = printed.map((l) => l.text.trim()).filter((t) => t !== '');
		const named =
			titleFromPageName(only.title, path, lines) ??
			titleNamedByBrowser(only.title, only.paragraphs[0], lines) ??
			titleWithoutLabel(only.title, path, lines) ??
			titleSpelledByName(only.title, path, lines, only.paragraphs[0]) ??
			titleNamedByField(only.title, lines);
		if (named !== undefined) only.title = named;
	}
	const webTitles = options.furniture?.webTitleModel;
	if (webTitles !== undefined) retitleWebItems(articles, printed, webTitles);
	const webBody = options.furniture?.webBodyModel;
	if (webBody !== undefined && page.webPage === true) rebodyWebItems(articles, printed, webBody);
	datePageItems(articles);
	const webDates = options.furniture?.webDateModel;
	if (webDates !== undefined) redateWebItems(articles, printed, webDates);
	const webSources = options.furniture?.webSourceModel;
	if (webSources !== undefined && page.webPage === true)
		resourceWebItems(articles, printed, webSources);
	if (articles.length === 0)
		diagnostics.push({
			file: path,
			ruleId: 'no-articles',
			fatal: true,
			reason: `the file has text but no article could be found in it; check that it is a news page.`,
		});
	return { articles, diagnostics };
}
