import type { ArticleKind, DatePrecision } from '../schema/taxonomy.ts';
import { isoDateByPrecision } from './format.ts';

/** What a GB/T 7714 reference needs from an article. */
export interface CitableArticle {
	title: string;
	reporters: string[];
	/** The outlet recorded by ingest (人民日报, 鲁网 …); empty when the text did not name one. */
	source: string;
	date: string | null;
	datePrecision: DatePrecision;
	kind: ArticleKind;
	/** Where the text can be read: the article's page on this site. */
	url: string;
}

/**
 * GB/T 7714—2015 document type: newspaper `N`, journal `J`, online resource `EB/OL`.
 * @see https://openstd.samr.gov.cn/bzgk/gb/newGbInfo?hcno=7FA63E9BBA56E60471AEDAEBDE44B14C
 */
export type CitationType = 'N' | 'J' | 'EB/OL';

// Outlets are told apart by the last word of their name, the way the genre names them:
// …报 is a newspaper, …杂志/…刊 a periodical, …网/客户端 a website.
const NEWSPAPER = /(?:报|报社)$/u;
const JOURNAL = /(?:杂志|期刊|月刊|半月刊|旬刊|季刊|双月刊|学报|刊)$/u;

/**
 * The document type of an article: a magazine's table of contents (`kind: contents`) or a source
 * named like a periodical is a journal `[J]`; a source named like a newspaper is `[N]`; anything
 * else (a website, a broadcast transcript, or an outlet the text did not name) is cited as the
 * online text it was read as, `[EB/OL]`, which needs no publisher.
 */
export function citationType(article: Pick<CitableArticle, 'source' | 'kind'>): CitationType {
	const source = article.source.trim();
	if (article.kind === 'contents' || JOURNAL.test(source)) return 'J';
	if (NEWSPAPER.test(source)) return 'N';
	return 'EB/OL';
}

/**
 * A GB/T 7714—2015 reference, in the form of its type:
 * - `[N]` `李若生. 打造一支高素质能干事勇担当的干部队伍[N]. 菏泽日报, 2023-11-30.`
 * - `[J]` `题名[J]. 刊名, 2023-05.` (volume and issue are not recorded, so they are left out)
 * - `[EB/OL]` `题名[EB/OL]. 鲁网, (2023-11-30)[2024-01-19]. https://…/articles/….` — the publisher
 *   is left out when unknown, as the form allows.
 * More than three authors are cut to three followed by 等; without authors the reference starts
 * with the title. Dates print only the precision the source gave; an unknown date reads
 * `[出版日期不详]` for N and J (the standard's bracketed note) and is left out for EB/OL.
 * `accessed` is the 引用日期 (ISO day) of an online resource.
 */
export function toGbt7714(article: CitableArticle, accessed: string): string {
	const authors = article.reporters.filter((r) => r.trim() !== '');
	const authorPart =
		authors.length === 0
			? ''
			: `${authors.slice(0, 3).join(', ')}${authors.length > 3 ? ', 等' : ''}. `;
	const type = citationType(article);
	const head = `${authorPart}${article.title.trim()}[${type}]. `;
	const date = isoDateByPrecision(article.date, article.datePrecision);
	const source = article.source.trim();
	if (type === 'EB/OL') {
		const publisher = source ? `${source}, ` : '';
		const published = date ? `(${date})` : '';
		return `${head}${publisher}${published}[${accessed.slice(0, 10)}]. ${article.url}.`;
	}
	// Only a table of contents can reach here without a source: the journal's name is required, so
	// its absence is said in the standard's bracketed form.
	return `${head}${source || '[刊名不详]'}, ${date || '[出版日期不详]'}.`;
}

/** What a reference needs from a stored article, with its page on this site (`origin` + path) as URL. */
export function toCitable(
	doc: Pick<
		CitableArticle,
		'title' | 'reporters' | 'source' | 'date' | 'datePrecision' | 'kind'
	> & {
		id: string;
	},
	origin: string,
): CitableArticle {
	return {
		title: doc.title,
		reporters: doc.reporters,
		source: doc.source,
		date: doc.date,
		datePrecision: doc.datePrecision,
		kind: doc.kind,
		url: `${origin}/articles/${doc.id}`,
	};
}
