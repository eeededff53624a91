import type { ThemeEvidenceRecord } from '../schema/release.ts';

const number = (n: number, digits: number): string =>
	String(Math.round(n * 10 ** digits) / 10 ** digits);

/**
 * The "why this theme" line of the article page: the phrases the keyword rules found and their
 * score, or the classifier's probability where the rules found nothing. Plain text: the page
 * prints it escaped.
 */
export function themeEvidenceLine(e: ThemeEvidenceRecord): string {
	if (e.by === 'model') return `分类模型判断(概率 ${number(e.score, 2)}),正文未命中关键词`;
	const words = e.words.length > 0 ? `命中关键词:${e.words.join('、')}` : '关键词规则';
	const model = e.model === undefined ? '' : `,模型概率 ${number(e.model, 2)}`;
	return `${words}(规则得分 ${number(e.score, 1)}${model})`;
}
