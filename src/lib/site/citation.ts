import type { DatePrecision } from '../schema/taxonomy.ts';

/** What a GB/T 7714 reference needs from an article. */
export interface CitableArticle {
	title: string;
	reporters: string[];
	source: string;
	date: string | null;
	datePrecision: DatePrecision;
}

/**
 * A GB/T 7714—2015 reference for a newspaper article (文献类型标识 [N]):
 * `李若生. 打造一支高素质能干事勇担当的干部队伍[N]. 菏泽日报, 2023-11-30.`
 * More than three authors are cut to three followed by 等; a missing author is left out (the
 * standard starts with the title then); a missing source prints 出版者不详 and an unknown date 出版日期不详.
 */
export function toGbt7714(article: CitableArticle): string {
	const authors = article.reporters.filter((r) => r.trim() !== '');
	const authorPart =
		authors.length === 0
			? ''
			: `${authors.slice(0, 3).join(', ')}${authors.length > 3 ? ', 等' : ''}. `;
	const source = article.source.trim() || '出版者不详';
	const date = citationDate(article.date, article.datePrecision);
	return `${authorPart}${article.title.trim()}[N]. ${source}, ${date}.`;
}

function citationDate(date: string | null, precision: DatePrecision): string {
	if (!date || precision === 'unknown') return '出版日期不详';
	if (precision === 'year') return date.slice(0, 4);
	if (precision === 'month') return date.slice(0, 7);
	return date.slice(0, 10);
}
