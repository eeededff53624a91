import type { AccountRepostFormats } from './web-pages-n-account-repost.ts';
import type { AudioPlayerFormats } from './web-pages-n-audio-player.ts';
import type { CatalogLineFormats } from './web-pages-n-catalog-line.ts';
import type { ReviewBlockFormats } from './web-pages-n-review-block.ts';
import type { ColumnLabelFormats } from './web-pages-o-column-label.ts';
import type { CrumbDateFormats } from './web-pages-o-crumb-date.ts';
import type { FollowRunInFormats } from './web-pages-o-follow-run-in.ts';
import type { TagLineFormats } from './web-pages-o-tag-line.ts';

/** Split p's 听新闻 players. */
export const P_AUDIO_PLAYER: AudioPlayerFormats = {
	rate: 0.05,
	voices: ['智能女声', '标准男声', '温柔女声'],
	blocks: (p) => [
		`语音播报 ${p.duration}\n${p.voice}  1.0x`,
		`🔊 收听本文 | ${p.voice} | 时长${p.duration}`,
		`听全文 00:00 / ${p.duration}`,
	],
};

/** Split p's 三审三校 blocks. */
export const P_REVIEW_BLOCK: ReviewBlockFormats = {
	rate: 0.06,
	blocks: [
		'初审：{name}\n复审：{name}\n终审：{name}',
		'一审：{name}　二审：{name}　三审：{name}',
		'校对：{name} 审核：{name} 签发：{name}',
	],
};

/** Split p's 信息公开目录 lines. */
export const P_CATALOG_LINE: CatalogLineFormats = {
	rate: 0.05,
	withMeta: 0.4,
	writtenDates: ['YYYY-MM-DD', 'YYYY年MM月DD日'],
	lines: (p) => [
		`索引号：${p.n}/${p.year}　主题分类：其他　发布机构：${p.source}　成文日期：${p.written}　发布日期：${p.date}　主动公开`,
		`[${p.year}]-${p.n} | ${p.source} | 成文：${p.written} | 公开：${p.date} | 有效`,
	],
};

/** Split p's re-posted 公众号 articles. */
export const P_ACCOUNT_REPOST: AccountRepostFormats = {
	rate: 0.05,
	accounts: ['{place}发布厅', '{place}政务', '{city}微政务'],
	heads: ['点击蓝字关注“{account}”', '↑ 点上方“{account}”关注我们'],
	tails: ['长按识别二维码关注“{account}”', '更多资讯请关注{account}微信公众号\n（二维码）'],
};

/** Split p's column labels above the headline. */
export const P_COLUMN_LABEL: ColumnLabelFormats = {
	rate: 0.06,
	columns: ['乡镇动态', '部门动态', '政务要闻', '民生关注'],
	labels: ['【{column}】', '栏目：{column}', '{column}\n——记录{place}发展的每一步'],
	sizers: ['字号：大 中 小', '【大】【中】【小】', ''],
};

/** Split p's breadcrumbs that date the page. */
export const P_CRUMB_DATE: CrumbDateFormats = {
	rate: 0.05,
	crumbs: [
		'您现在的位置：首页 > 政务公开 > 工作动态　　发布时间：{date}　来源：{source}',
		'首页 > 新闻中心\n{date}　{source}',
	],
};

/** Split p's 关键词 blocks. */
export const P_TAG_LINE: TagLineFormats = {
	rate: 0.05,
	tags: ['乡村振兴', '营商环境', '民生实事', '安全生产', '基层治理', '生态环境', '就业创业'],
	glues: [' ', '、', ' | '],
	blocks: ['标签：{tags}', '关键词：{tags}\n【纠错】', '相关主题：{tags}'],
};

/** Split p's follow prompts run into the last paragraph. */
export const P_FOLLOW_RUN_IN: FollowRunInFormats = {
	rate: 0.04,
	glues: ['', ' '],
	prompts: ['欢迎关注“{place}发布”微信公众号', '更多资讯，请下载“{place}融媒”客户端\n扫码关注'],
};
