import type { AccountRepostFormats } from './web-pages-n-account-repost.ts';
import type { AudioPlayerFormats } from './web-pages-n-audio-player.ts';
import type { CatalogLineFormats } from './web-pages-n-catalog-line.ts';
import type { ReviewBlockFormats } from './web-pages-n-review-block.ts';
import type { ColumnLabelFormats } from './web-pages-o-column-label.ts';
import type { CrumbDateFormats } from './web-pages-o-crumb-date.ts';
import type { FollowRunInFormats } from './web-pages-o-follow-run-in.ts';
import type { TagLineFormats } from './web-pages-o-tag-line.ts';

/** Split r's 语音播报 players. */
export const R_AUDIO_PLAYER: AudioPlayerFormats = {
	rate: 0.04,
	voices: ['晓晓', '云扬', '女声播报', '男声播报'],
	blocks: (p) => [`语音播报 ${p.duration}\n${p.voice}  倍速 1.0x`, `🔊 收听本文  ${p.duration}`],
};

/** Split r's 三审 blocks. */
export const R_REVIEW_BLOCK: ReviewBlockFormats = {
	rate: 0.04,
	blocks: ['初审：{name}\n复审：{name}\n终审：{name}', '一审：{name}　二审：{name}　三审：{name}'],
};

/** Split r's 信息公开目录 lines. */
export const R_CATALOG_LINE: CatalogLineFormats = {
	rate: 0.04,
	withMeta: 0.4,
	writtenDates: ['YYYY年M月D日', 'YYYY-MM-DD'],
	lines: (p) => [
		`索引号：${p.n}　发布机构：${p.source}　成文日期：${p.written}　发布日期：${p.date}`,
		`[${p.year}] ${p.n} | ${p.source} | 成文：${p.written} | 公开：${p.date}`,
	],
};

/** Split r's 公众号 reposts. */
export const R_ACCOUNT_REPOST: AccountRepostFormats = {
	rate: 0.04,
	accounts: ['{place}发布', '今日{place}', '{city}微政务'],
	heads: ['本文转自微信公众号“{account}”', '（转载自“{account}”公众号）'],
	tails: ['更多资讯请关注“{account}”微信公众号', '微信搜索“{account}”关注我们'],
};

/** Split r's column labels above the headline and 字号 lines. */
export const R_COLUMN_LABEL: ColumnLabelFormats = {
	rate: 0.05,
	columns: ['乡镇动态', '部门信息', '政务要闻', '民生实事'],
	labels: ['{column}', '【{column}】', '栏目：{column}'],
	sizers: ['字号：T T T', '【大 中 小】', ''],
};

/** Split r's breadcrumbs that end in the date and the outlet. */
export const R_CRUMB_DATE: CrumbDateFormats = {
	rate: 0.04,
	crumbs: ['首页 > 新闻动态 > {source} > {date}', '您的位置：首页 / 政务公开 / {date} {source}'],
};

/** Split r's 标签 blocks. */
export const R_TAG_LINE: TagLineFormats = {
	rate: 0.05,
	tags: ['乡村振兴', '营商环境', '民生', '就业', '安全生产', '生态环境', '基层治理', '便民服务'],
	glues: [' ', '、', ' | '],
	blocks: ['标签：{tags}', '【关键字】{tags}', '相关标签\n{tags}'],
};

/** Split r's follow prompts run into the last paragraph. */
export const R_FOLLOW_RUN_IN: FollowRunInFormats = {
	rate: 0.03,
	glues: ['', ' ', '　'],
	prompts: ['（更多资讯请关注{place}发布）', '欢迎关注“{place}发布”获取更多本地资讯。\n↓↓↓'],
};
