import { formatCount } from './format.ts';

/**
 * How a theme's counts read: `3 篇文章 · 8 条举措`; measures found only in articles filed under
 * other themes say so (`8 条举措,见于其他主题的文章`) instead of the contradiction `0 篇文章 · 8 条举措`;
 * nothing at all reads `暂无文章和举措`.
 */
export function themeCountText(counts: { articles: number; measures: number } | undefined): string {
	const articles = counts?.articles ?? 0;
	const measures = counts?.measures ?? 0;
	if (articles === 0 && measures === 0) return '暂无文章和举措';
	if (articles === 0) return `${formatCount(measures)} 条举措,见于其他主题的文章`;
	return `${formatCount(articles)} 篇文章 · ${formatCount(measures)} 条举措`;
}
