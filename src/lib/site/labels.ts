import type { ArticleKind } from '../schema/taxonomy.ts';
import type { SimilarityMethod } from '../search/types.ts';

/** Chinese names of article kinds. */
export const KIND_LABELS: Record<ArticleKind, string> = {
	news: '新闻',
	photo: '图片新闻',
	notice: '公告通知',
	contents: '目录导读',
	other: '其他',
};

/** Chinese names of the two collections. */
export const COLLECTION_LABELS = { articles: '文章', measures: '举措' } as const;

/** How the site explains a similarity method to readers. */
export const METHOD_LABELS: Record<SimilarityMethod, string> = {
	embedding: '语义向量相似度(嵌入模型)',
	lexical: '词语重合度(TF-IDF 余弦,未配置嵌入模型)',
};

/** Chinese names of the sort orders. */
export const SORT_LABELS = {
	relevance: '相关度',
	'date-desc': '日期(新→旧)',
	'date-asc': '日期(旧→新)',
} as const;
