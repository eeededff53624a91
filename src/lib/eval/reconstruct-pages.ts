/** One newspaper article with its place in print, as the shared corpus stores it. */
export interface PrintedArticle {
	id: string;
	/** The headline proper (主题). */
	title: string;
	/** Headline block as printed: kicker + title, or title + subtitle. */
	headlineLines: string[];
	/** Issue date, ISO. */
	date: string;
	/** Page number in the issue. */
	page: number;
	/** Paragraphs separated by newlines. */
	text: string;
}

/** A page glued back together from its articles, with the truth about where each one is. */
export interface ReconstructedPage {
	/** `<date>-p<page>`. */
	key: string;
	date: string;
	/** The page as a text file would hold it: headline lines, then paragraphs, article after article. */
	text: string;
	/** The articles in print order. */
	articles: PrintedArticle[];
}

/** Paragraphs of an article as printed, indentation removed. */
export function paragraphsOf(article: PrintedArticle): string[] {
	return article.text
		.split('\n')
		.map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
		.filter((p) => p !== '');
}

/**
 * Groups articles by issue date and page, keeping their order within the page (the corpus id's
 * last number), and writes each page as text: the headline lines of an article, then its
 * paragraphs, then the next article.
 */
export function reconstructPages(articles: Iterable<PrintedArticle>): ReconstructedPage[] {
	const byPage = new Map<string, PrintedArticle[]>();
	for (const a of articles) {
		const key = `${a.date}-p${String(a.page).padStart(2, '0')}`;
		const list = byPage.get(key);
		if (list === undefined) byPage.set(key, [a]);
		else list.push(a);
	}
	const pages: ReconstructedPage[] = [];
	for (const [key, list] of byPage) {
		list.sort((x, y) => x.id.localeCompare(y.id, 'en', { numeric: true }));
		const text = list.map((a) => [...a.headlineLines, ...paragraphsOf(a)].join('\n')).join('\n\n');
		pages.push({ key, date: list[0]!.date, text: `${text}\n`, articles: list });
	}
	return pages.sort((x, y) => x.key.localeCompare(y.key));
}

/**
 * Line numbers (1-based, in `page.text`) where each article of a rebuilt page begins: the
 * first line of its headline block, or of its text when it printed no headline.
 */
export function articleStartLines(page: ReconstructedPage): Set<number> {
	const out = new Set<number>();
	let line = 1;
	page.articles.forEach((a, k) => {
		if (k > 0) line++;
		const rows = [...a.headlineLines, ...paragraphsOf(a)].join('\n').split('\n');
		const first = rows.findIndex((r) => r.trim() !== '');
		if (first >= 0) out.add(line + first);
		line += rows.length;
	});
	return out;
}

/** One article alone as a page, as a single saved article would be read. */
export function singleArticlePage(article: PrintedArticle): ReconstructedPage {
	const text = [...article.headlineLines, ...paragraphsOf(article)].join('\n');
	return { key: article.id, date: article.date, text: `${text}\n`, articles: [article] };
}
